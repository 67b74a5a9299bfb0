package org.encompass.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.model.ModelPackage;
import org.encompass.model.Site;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RemoteRepositoryClient;
import org.encompass.persistence.PostgresStore;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.persistence.SessionProvider;
import org.encompass.server.ServerClient;
import org.encompass.server.StoreChoice;

/**
 * The repository of one CLI run, its session and the engine on it: opened together, closed together,
 * newest first. Net4j's threads are not daemons, so everything is closed even when a step fails.
 */
public final class RepositorySession implements AutoCloseable {
    private final SessionProvider provider;
    private final CDOSession session;
    private final Engine engine;
    private final Path dataDirectory;
    private final String siteBefore;
    private final List<Long> interrupted;
    private ServerClient server;

    private RepositorySession(SessionProvider provider, CDOSession session, Engine engine, Path dataDirectory,
            String siteBefore, List<Long> interrupted) {
        this.provider = provider;
        this.session = session;
        this.engine = engine;
        this.dataDirectory = dataDirectory;
        this.siteBefore = siteBefore;
        this.interrupted = List.copyOf(interrupted);
    }

    /**
     * Opens the data directory (or connects to a console's repository), creates the site if the
     * repository is new, and, when this process owns the repository, marks operations that a
     * previous owner left running as interrupted.
     *
     * @param dataDirectory {@code --data}, or {@code null} for the default place
     * @param connect       {@code --connect HOST:PORT}, or {@code null} to open the directory
     * @param siteName      the site to create if the repository has none
     * @param environment   where {@code ENCOMPASS_DATA} is looked up
     */
    /**
     * CDO logs (for example "repaired crash of repository") to standard output by default; the
     * command line keeps standard output for results (--json must stay parseable), so its log goes to
     * standard error.
     */
    private static void logToStandardError() {
        org.eclipse.net4j.util.om.OMPlatform.INSTANCE.removeLogHandler(org.eclipse.net4j.util.om.log.PrintLogHandler.CONSOLE);
        org.eclipse.net4j.util.om.OMPlatform.INSTANCE.addLogHandler(STDERR_LOG);
    }

    private static final org.eclipse.net4j.util.om.log.PrintLogHandler STDERR_LOG =
            new org.eclipse.net4j.util.om.log.PrintLogHandler(System.err, System.err);

    public static RepositorySession open(String dataDirectory, String connect, String siteName,
            Map<String, String> environment) {
        return open(dataDirectory, connect, null, siteName, environment);
    }

    /** As above; with {@code server} (--server, --user) a session on a repository server, which runs operations. */
    public static RepositorySession open(String dataDirectory, String connect, ServerLogin server, String siteName,
            Map<String, String> environment) {
        logToStandardError();
        // Outside OSGi nothing registers the generated package before CDO asks for it by its URI.
        ModelPackage.eINSTANCE.getNsURI();
        boolean local = connect == null && server == null;
        Path data = local ? dataDirectory(dataDirectory, environment) : null;
        SessionProvider provider = server != null ? server.connect(environment)
                : local ? EncompassRepository.open(new RepositoryOptions(data, RepositoryOptions.TCP_OFF,
                        RepositoryOptions.HOLDER_COMMAND_LINE).withPostgres(postgresStore(environment)))
                : RemoteRepositoryClient.connect(connect);
        CDOSession session = null;
        Engine engine = null;
        try {
            session = provider.openSession();
            EngineOptions options = EngineOptions.fromEnvironment();
            engine = new Engine(session, server == null ? options : options.withUser(server.user()));
            engine.useCredentials(org.encompass.core.credentials.CredentialStore.standard(environment::get));
            String before = engine.read(Site::getName);
            engine.init(siteName);
            List<Long> interrupted = local ? engine.recoverInterrupted() : List.of();
            RepositorySession opened = new RepositorySession(provider, session, engine, data, before, interrupted);
            if (server != null) {
                opened.server = new ServerClient(session);
            }
            return opened;
        } catch (RuntimeException | Error e) {
            closeAll(engine, session, provider).forEach(e::addSuppressed);
            throw e;
        }
    }

    /** {@code --data}, else {@code encompass.data}, else {@code ENCOMPASS_DATA}, else {@code ~/.encompass}. */
    /** The PostgreSQL database the environment chooses, as the server chooses it ({@link StoreChoice}). */
    static PostgresStore postgresStore(Map<String, String> environment) {
        return StoreChoice.postgres(environment);
    }

    static Path dataDirectory(String option, Map<String, String> environment) {
        Path explicit = null;
        if (option != null) {
            if (option.isBlank()) {
                throw new UsageException(NLS.bind(Messages.emptyValue, "--data") + Messages.seeGeneralHelp);
            }
            try {
                explicit = Path.of(option);
            } catch (java.nio.file.InvalidPathException e) {
                throw new UsageException(NLS.bind(Messages.badPath, "--data", option) + Messages.seeGeneralHelp);
            }
        }
        return RepositoryOptions.resolveDataDirectory(explicit, System::getProperty, environment::get);
    }

    /** The repository server that runs this run's operations ({@code --server}), or null. */
    public ServerClient server() {
        return server;
    }

    public Engine engine() {
        return engine;
    }

    /** Whether this process opened the repository itself (not through {@code --connect}). */
    public boolean local() {
        return dataDirectory != null;
    }

    /** The data directory this process opened; {@code null} through {@code --connect}. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The site's name before this run, {@code null} when the repository was new. */
    public String siteBefore() {
        return siteBefore;
    }

    /** Ids of the operations this run found cut short by an earlier crash. */
    public List<Long> interrupted() {
        return interrupted;
    }

    public String describe() {
        return provider.describe();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        List<Exception> failures = closeAll(engine, session, provider);
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0) instanceof RuntimeException r ? r
                    : new IllegalStateException(failures.get(0).getMessage(), failures.get(0));
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    private static List<Exception> closeAll(Engine engine, CDOSession session, SessionProvider provider) {
        List<Exception> failures = new ArrayList<>();
        if (engine != null) {
            closeStep(engine::close, failures);
        }
        if (session != null) {
            closeStep(session::close, failures);
        }
        closeStep(provider::close, failures);
        return failures;
    }

    private static void closeStep(Runnable step, List<Exception> failures) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }
}
