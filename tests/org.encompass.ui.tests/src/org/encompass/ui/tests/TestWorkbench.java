package org.encompass.ui.tests;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleWorkbenchAdvisor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/** The console's real workbench (advisor, perspective, plugin.xml contributions) on {@link UiThread}. */
final class TestWorkbench {
    private TestWorkbench() {
    }

    /** Opens the console on a fresh repository in {@code data}, as the product does; returns when its window is up. */
    static IWorkbench start(Path data) throws Exception {
        System.setProperty(RepositoryOptions.DATA_PROPERTY, data.toString());
        // The product's config.ini starts these; the test runtime does not.
        for (String id : new String[] { "org.eclipse.equinox.event", "org.apache.aries.spifly.dynamic.bundle" }) {
            start(Platform.getBundle(id));
        }
        ConsolePlugin.getDefault().session(); // what ConsoleApplication does before the workbench
        CountDownLatch started = new CountDownLatch(1);
        UiThread.display().asyncExec(() -> PlatformUI.createAndRunWorkbench(UiThread.display(), new ConsoleWorkbenchAdvisor() {
            @Override
            public void postStartup() {
                super.postStartup();
                started.countDown();
            }
        }));
        if (!started.await(120, TimeUnit.SECONDS)) {
            throw new AssertionError("the console's workbench did not start within 120 s");
        }
        return PlatformUI.getWorkbench();
    }

    static void stop() {
        if (PlatformUI.isWorkbenchRunning()) {
            UiThread.run(() -> PlatformUI.getWorkbench().close());
        }
    }

    private static void start(Bundle bundle) throws BundleException {
        if (bundle != null && bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
    }
}
