package org.encompass.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.DiscoverySchedule;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.persistence.EncompassRepository;
import org.eclipse.jface.preference.IPreferenceStore;
import org.encompass.ui.internal.preferences.ConsolePreferences;
import org.osgi.framework.Bundle;

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
        this.engine = new Engine(session, options).init("default")
                .useCredentials(CredentialStore.standard(System::getenv));
        List<Long> interrupted = engine.recoverInterrupted();
        if (!interrupted.isEmpty()) {
            ILog.of(ConsoleSession.class).warn(interrupted.size() + " operation(s) were interrupted: " + interrupted);
        }
        FirstRun.seed(engine, repository.dataDirectory(), ConsoleSession::defaultTestNode);
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

    /**
     * Copies the libvirt test-driver node shipped with the libvirt driver bundle (if installed) into
     * the data directory, so the console's default host has a stable URI on a machine without a
     * hypervisor. Found as a bundle resource, not by importing the driver.
     */
    private static Path defaultTestNode(Path dataDirectory) throws IOException {
        Bundle bundle = Platform.getBundle("org.encompass.driver.libvirt");
        URL entry = bundle == null ? null : bundle.getEntry("node/encompass-test-node.xml");
        if (entry == null) {
            return null;
        }
        Path target = dataDirectory.resolve("libvirt-test-node.xml");
        try (InputStream in = entry.openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    @Override
    public void close() {
        view.close();
        engine.close();
        session.close();
        repository.close();
    }
}
