package org.encompass.ui.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleWorkbenchAdvisor;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * The console's real workbench (advisor, perspective, plugin.xml contributions) on {@link UiThread},
 * started once per test run by the first test class that needs it, and left running for the others
 * until the run ends (test classes {@code @ExtendWith(TestWorkbench.class)}):
 * the navigators are Common Navigator viewers, which evaluate their extensions' expressions in the
 * workbench's context, so even a navigator tree in a test's own shell needs a workbench; and a
 * workbench cannot be started twice in one JVM.
 */
final class TestWorkbench implements BeforeAllCallback {
    private static IWorkbench workbench;
    private static Path home;

    /**
     * Opens the console, as the product does, on a fresh repository (first-run defaults) in {@link #home()}
     * with credentials in a secure storage there; returns when its window is up.
     */
    static synchronized IWorkbench start() throws Exception {
        return start(() -> {
        });
    }

    /**
     * As {@link #start()}; {@code beforeConsole} runs once the console's home is set and before its session opens (a
     * benchmark's connect-at-start preferences and stored password).
     */
    static synchronized IWorkbench start(Runnable beforeConsole) throws Exception {
        if (workbench != null) {
            return workbench;
        }
        home = new File(Platform.getInstanceLocation().getURL().getFile()).toPath().resolve("encompass-console");
        deleteTree(home);
        System.setProperty(RepositoryOptions.DATA_PROPERTY, home.resolve("data").toString());
        System.setProperty(CredentialStore.DIRECTORY_PROPERTY, home.resolve("secure").toString());
        // The product's config.ini starts these; the test runtime does not.
        for (String id : new String[] { "org.eclipse.equinox.event", "org.apache.aries.spifly.dynamic.bundle" }) {
            start(Platform.getBundle(id));
        }
        beforeConsole.run();
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
        workbench = PlatformUI.getWorkbench();
        return workbench;
    }

    /** Where the console's repository ({@code data}) and secure storage ({@code secure}) live during the run. */
    static Path home() {
        return home;
    }

    /** Test classes that use the workbench extend with this: it closes the workbench once the whole run is over. */
    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(TestWorkbench.class, key -> new Closer());
    }

    private static final class Closer implements AutoCloseable {
        @Override
        public void close() {
            if (PlatformUI.isWorkbenchRunning()) {
                UiThread.run(() -> PlatformUI.getWorkbench().close());
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void start(Bundle bundle) throws BundleException {
        if (bundle != null && bundle.getState() != Bundle.ACTIVE) {
            bundle.start();
        }
    }
}
