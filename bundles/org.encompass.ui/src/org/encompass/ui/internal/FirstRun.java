package org.encompass.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;

/**
 * On a fresh repository, registers the embedded defaults so the console has something to manage: a
 * local directory as file storage and libvirt's test driver as host.
 */
final class FirstRun {
    private FirstRun() {
    }

    /** Where the test-driver node file is put for the default host; null when there is none. */
    @FunctionalInterface
    interface TestNode {
        Path copyInto(Path dataDirectory) throws IOException;
    }

    static void seed(Engine engine, Path dataDirectory, TestNode testNodes) {
        boolean empty = engine.model().read(site -> site.getStorageDevices().isEmpty() && site.getHosts().isEmpty());
        if (!empty) {
            return;
        }
        try {
            Path storage = Files.createDirectories(dataDirectory.resolve("storage"));
            engine.addStorage("local", "file", storage.toString(), null, null);
            Path testNode = testNodes.copyInto(dataDirectory);
            if (testNode != null) {
                engine.addHost("test", "libvirt", "test://" + testNode.toAbsolutePath(), null);
            }
        } catch (IOException | EncompassException e) {
            ILog.of(FirstRun.class).error(org.eclipse.osgi.util.NLS.bind(Messages.firstRunFailed, e.getMessage()), e);
        }
    }
}
