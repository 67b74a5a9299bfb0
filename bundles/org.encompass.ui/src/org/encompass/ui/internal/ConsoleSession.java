package org.encompass.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RepositoryOptions;
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

    private ConsoleSession(EncompassRepository repository) {
        this.repository = repository;
        this.session = repository.openSession();
        this.engine = new Engine(session, EngineOptions.defaults()).init("default");
        List<Long> interrupted = engine.recoverInterrupted();
        if (!interrupted.isEmpty()) {
            ILog.of(ConsoleSession.class).warn(interrupted.size() + " operation(s) were interrupted: " + interrupted);
        }
        FirstRun.seed(engine, repository.dataDirectory(), defaultTestNode());
        this.view = session.openView();
    }

    static ConsoleSession open() {
        return new ConsoleSession(EncompassRepository.open(RepositoryOptions.fromEnvironment()));
    }

    public Engine engine() {
        return engine;
    }

    public CDOView view() {
        return view;
    }

    public String describe() {
        return repository.describe();
    }

    /**
     * The libvirt test-driver node shipped with the libvirt driver bundle, if installed: the console's
     * default host on a machine without a hypervisor. Found as a bundle resource, not by importing the driver.
     */
    private static Path defaultTestNode() {
        Bundle bundle = Platform.getBundle("org.encompass.driver.libvirt");
        if (bundle == null) {
            return null;
        }
        URL entry = bundle.getEntry("node/encompass-test-node.xml");
        try {
            return entry == null ? null : Path.of(FileLocator.toFileURL(entry).getPath());
        } catch (IOException e) {
            return null;
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
