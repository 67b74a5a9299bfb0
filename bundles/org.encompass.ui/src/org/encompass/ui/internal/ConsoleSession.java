package org.encompass.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.ConflictResolution;
import org.encompass.core.DiscoveryReport;
import org.encompass.core.DiscoverySchedule;
import org.encompass.core.Engine;
import org.encompass.core.FirstStart;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.EngineOptions;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RemoteRepositoryClient;
import org.encompass.persistence.SessionProvider;
import org.encompass.persistence.TlsSettings;
import org.encompass.server.ServerClient;
import org.encompass.server.RequestResults;
import org.encompass.server.ServerOperations;
import org.encompass.core.DeployRequest;
import org.encompass.core.ImportRequest;
import org.encompass.core.exchange.ArchiveSummary;
import org.encompass.core.DeployResult;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.ModelPackage;
import org.eclipse.core.runtime.IProgressMonitor;
import java.util.Map;
import org.eclipse.jface.preference.IPreferenceStore;
import org.encompass.ui.internal.preferences.ConsolePreferences;

/**
 * The console's repository (embedded defaults: Derby under ~/.encompass), engine and a long-lived
 * read-only CDO view the views show; CDO updates that view when anyone commits. Connected to a repository
 * server ({@link #connect}), the session is the server's, lifecycle operations are the server's to run (through
 * {@link ServerClient}, as for the command line's {@code --server}) and this console neither recovers, seeds nor
 * watches anything: the server does.
 */
public final class ConsoleSession implements ConsoleOperations, AutoCloseable {
    private final SessionProvider repository;
    private final CDOSession session;
    private final Engine engine;
    private final CDOView view;
    private final ServerClient server;
    /** The composite operations as requests to the server, or null for the embedded repository. */
    private final ServerOperations remote;
    private final String user;

    private ConsoleSession(EncompassRepository repository, EngineOptions options) {
        this.repository = repository;
        this.server = null;
        this.remote = null;
        this.user = null;
        this.session = repository.openSession();
        this.engine = new Engine(session, options);
        engine.init("default").useCredentials(CredentialStore.standard(System::getenv));
        List<Long> interrupted = engine.recoverInterrupted();
        if (!interrupted.isEmpty()) {
            ILog.of(ConsoleSession.class).warn(interrupted.size() + " operation(s) were interrupted: " + interrupted);
        }
        seedDefaults(engine, repository.dataDirectory());
        // Live power from the hosts' events, and discovery now and every few minutes (a system Job).
        engine.watchPower();
        engine.scheduleDiscovery(DiscoverySchedule.configuredInterval());
        this.view = openConsoleView(session);
    }

    private ConsoleSession(RemoteRepositoryClient client, EngineOptions options) {
        this.repository = client;
        this.user = client.user();
        CDOSession opened = null;
        Engine started = null;
        try {
            opened = client.openSession();
            started = new Engine(opened, options.withUser(user));
            started.init("default").useCredentials(CredentialStore.standard(System::getenv));
            this.server = new ServerClient(opened);
            this.remote = new ServerOperations(server);
        } catch (RuntimeException e) {
            if (started != null) {
                started.close();
            }
            if (opened != null) {
                opened.close();
            }
            client.close();
            throw e;
        }
        this.session = opened;
        this.engine = started;
        this.view = openConsoleView(session);
    }

    /**
     * A session on the repository server at {@code address} ({@code HOST:PORT}) as {@code user}, over TLS when a
     * trust store is configured ({@link TlsSettings#client()}).
     *
     * @throws RuntimeException with a one-line reason (nothing answers, access denied, untrusted certificate)
     */
    public static ConsoleSession connect(String address, String user, char[] password) {
        ModelPackage.eINSTANCE.getNsURI();
        RemoteRepositoryClient client = RemoteRepositoryClient.connect(address, user, password, TlsSettings.client());
        return new ConsoleSession(client, ConsolePreferences.engineOptions(ConsolePlugin.getDefault().getPreferenceStore()));
    }

    /**
     * Runs a lifecycle operation the way a journal retry does: on the server when connected to one (the server
     * runs it under this console's user), else with this console's engine.
     */
    @Override
    public void run(Operation operation, String clone, Map<String, String> arguments, IProgressMonitor monitor) {
        if (server != null) {
            server.run(operation.label(), clone, arguments, monitor);
        } else {
            engine.run(operation, clone, arguments, monitor);
        }
    }

    /** Clones {@code master} (on its device), on the server when connected to one, as the CLI's {@code clone} does. */
    public String cloneMaster(String master, org.encompass.core.spi.CloneMethod method, IProgressMonitor monitor) {
        if (server != null) {
            return server.run(Operation.CLONE.label(), master, method == null ? Map.of() : Map.of("method", method.name()), monitor);
        }
        return engine.cloneMaster(master, method, monitor);
    }

    /** Deploys as {@code Engine.deploy} does, on the server when connected to one (as the CLI's {@code deploy}). */
    @Override
    public DeployResult deploy(DeployRequest request, IProgressMonitor monitor) {
        return remote != null ? remote.deploy(request, monitor) : engine.deploy(request, monitor);
    }

    /** Discovery now (Discover Now), on the server when connected to one (as the CLI's {@code discover}). */
    public DiscoveryReport discover(IProgressMonitor monitor) {
        return server != null ? RequestResults.discoveryReport(server.run(Operation.DISCOVER.label(), "", Map.of(), monitor))
                : engine.discover(monitor);
    }

    /** Settles conflict {@code id}, on the server when connected to one. */
    public void resolveConflict(long id, ConflictResolution resolution, IProgressMonitor monitor) {
        if (server != null) {
            server.run(Operation.RESOLVE_CONFLICT.label(), Long.toString(id), Map.of("resolution", resolution.label()), monitor);
        } else {
            engine.resolveConflict(id, resolution, monitor);
        }
    }

    /** Adds a host, storage device or chassis ({@code Engine.addHost} ...), on the server when connected to one. */
    @Override
    public void addInventory(Operation operation, String name, String kind, String location, IProgressMonitor monitor) {
        if (server != null) {
            Map<String, String> arguments = new java.util.LinkedHashMap<>();
            arguments.put("kind", kind);
            arguments.put(switch (operation) {
                case ADD_HOST -> "uri";
                case ADD_STORAGE -> "location";
                default -> "address";
            }, location);
            server.run(operation.label(), name, arguments, monitor);
        } else {
            addInventory(engine, operation, name, kind, location, monitor);
        }
    }

    static void addInventory(Engine engine, Operation operation, String name, String kind, String location, IProgressMonitor monitor) {
        switch (operation) {
            case ADD_HOST -> engine.addHost(name, kind, location, monitor);
            case ADD_STORAGE -> engine.addStorage(name, kind, location, null, monitor);
            case ADD_CHASSIS -> engine.addChassis(name, kind, location, monitor);
            default -> throw new IllegalArgumentException(operation.label());
        }
    }

    /**
     * Imports a master as {@code Engine.importMaster} does; connected to a server, the server imports it and the
     * image is a file on the server's host (the server refuses one it cannot read). The master's name.
     */
    public String importMaster(ImportRequest request, IProgressMonitor monitor) {
        return remote != null ? remote.importMaster(request, monitor) : engine.importMaster(request, monitor);
    }

    /** Imports a site archive as {@code Engine.importArchive} does; connected to a server, a file on its host. */
    public ArchiveSummary importArchive(Path archive, String storage, boolean skipExisting, IProgressMonitor monitor) {
        return remote != null ? remote.importArchive(archive, storage, skipExisting, monitor)
                : engine.importArchive(archive, storage, skipExisting, monitor);
    }

    /** Reassigns as {@code Engine.reassign} does, on the server when connected to one; the clone the machine runs. */
    public String reassign(String machine, String to, boolean destroyOld, Map<String, String> variables, IProgressMonitor monitor) {
        return remote != null ? remote.reassign(machine, to, destroyOld, variables, monitor)
                : engine.reassign(machine, to, destroyOld, variables, monitor);
    }

    /** The service update steps (the CLI's {@code update ...}), on the server when connected to one. */
    public String updateStart(String master, String machine, Map<String, String> variables, IProgressMonitor monitor) {
        return remote != null ? remote.updateStart(master, machine, variables, monitor)
                : engine.updateStart(master, machine, variables, monitor);
    }

    public String updateCapture(String update, String newMaster, IProgressMonitor monitor) {
        return remote != null ? remote.updateCapture(update, newMaster, monitor) : engine.updateCapture(update, newMaster, monitor);
    }

    public void updateRollout(String update, int batch, List<String> machines, boolean resume, IProgressMonitor monitor) {
        if (remote != null) {
            remote.updateRollout(update, batch, machines, resume, monitor);
        } else {
            engine.updateRollout(update, batch, machines, resume, monitor);
        }
    }

    public void updateRollback(String update, List<String> machines, IProgressMonitor monitor) {
        if (remote != null) {
            remote.updateRollback(update, machines, monitor);
        } else {
            engine.updateRollback(update, machines, monitor);
        }
    }

    public int updateFinish(String update, IProgressMonitor monitor) {
        return remote != null ? remote.updateFinish(update, monitor) : engine.updateFinish(update, monitor);
    }

    /** The server's address when connected to one, else null (the embedded repository). */
    @Override
    public String serverAddress() {
        return repository instanceof RemoteRepositoryClient client ? client.address() : null;
    }

    /** The user this console connected as, or null for the embedded repository. */
    public String user() {
        return user;
    }

    /** The CDO session: a server's closes when the connection is lost. */
    public CDOSession cdoSession() {
        return session;
    }

    /**
     * The read-only view the console's trees show: revisions are fetched a thousand at a time when a
     * tree first needs them (a folder opened), so a big site loads in a few requests, and only what is seen.
     */
    public static CDOView openConsoleView(CDOSession session) {
        CDOView view = session.openView();
        view.options().setRevisionPrefetchingPolicy(CDOUtil.createRevisionPrefetchingPolicy(1000));
        return view;
    }

    static ConsoleSession open() {
        IPreferenceStore preferences = ConsolePlugin.getDefault().getPreferenceStore();
        return new ConsoleSession(EncompassRepository.open(ConsolePreferences.repositoryOptions(preferences)),
                ConsolePreferences.engineOptions(preferences));
    }

    public Engine engine() {
        return engine;
    }

    public CDOView view() {
        return view;
    }

    /** The site as the console's view shows it, or null before the repository has one. */
    public org.encompass.model.Site site() {
        return new RepositoryContent.Root(view).site();
    }

    /** "repository DIR", or "alice@HOST:PORT" for a server. */
    public String describe() {
        return server != null ? user + "@" + serverAddress() : repository.describe();
    }

    /** A new repository starts with the defaults: local storage, the test host and the demo master. */
    private static void seedDefaults(Engine engine, Path dataDirectory) {
        java.util.Set<FirstStart.Default> wanted;
        try {
            wanted = FirstStart.parse(System.getProperty("encompass.defaults", System.getenv(FirstStart.DEFAULTS_VARIABLE)));
        } catch (IllegalArgumentException e) {
            ILog.of(ConsoleSession.class).warn(NLS.bind(Messages.firstRunFailed, e.getMessage()));
            wanted = FirstStart.parse(null);
        }
        for (String problem : FirstStart.seed(engine, dataDirectory, wanted).problems()) {
            ILog.of(ConsoleSession.class).warn(NLS.bind(Messages.firstRunFailed, problem));
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        // A server's session may be closed already (the connection was lost): closing again is harmless.
        if (!view.isClosed()) {
            view.close();
        }
        engine.close();
        if (!session.isClosed()) {
            session.close();
        }
        repository.close();
    }
}
