package org.encompass.ui.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.DiscoverySchedule;
import org.encompass.core.Engine;
import org.encompass.core.FirstStart;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.EngineOptions;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.persistence.EncompassRepository;
import org.eclipse.jface.preference.IPreferenceStore;
import org.encompass.ui.internal.preferences.ConsolePreferences;

/**
 * The console's repository (embedded defaults: Derby under ~/.encompass), engine and a long-lived
 * read-only CDO view the views show; CDO updates that view when anyone commits.
 */
public final class ConsoleSession implements AutoCloseable {
    private final EncompassRepository repository;
    private final CDOSession session;
    private final Engine engine;
    private final CDOView view;

    private ConsoleSession(EncompassRepository repository, EngineOptions options) {
        this.repository = repository;
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

    public String describe() {
        return repository.describe();
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
        view.close();
        engine.close();
        session.close();
        repository.close();
    }
}
