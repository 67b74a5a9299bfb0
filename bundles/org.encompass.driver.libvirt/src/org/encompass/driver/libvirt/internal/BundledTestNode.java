package org.encompass.driver.libvirt.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The libvirt test-driver node shipped in this bundle ({@code node/encompass-test-node.xml}: eight
 * shut-off x86_64 machines vm-01..vm-08), for a console that has no real host yet. libvirt needs it
 * as a file, and the bundle may be a jar, so it is copied out first.
 */
public final class BundledTestNode {
    static final String RESOURCE = "node/encompass-test-node.xml";

    private BundledTestNode() {
    }

    /**
     * Copies the node file into {@code directory} and returns the URI that opens it. Each connection
     * to that URI starts from the file's state: changes are lost when the connection closes.
     */
    public static String uriIn(Path directory) throws IOException {
        Path file = directory.toAbsolutePath().resolve("encompass-test-node.xml");
        try (InputStream in = open()) {
            Files.createDirectories(directory);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return "test://" + file;
    }

    /** From the bundle's root (node/ is not on the class path when the bundle runs from a workspace). */
    private static InputStream open() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(BundledTestNode.class);
        URL entry = bundle == null ? BundledTestNode.class.getClassLoader().getResource(RESOURCE)
                : bundle.getEntry(RESOURCE);
        if (entry == null) {
            throw new IOException(RESOURCE + " is missing from the libvirt driver bundle");
        }
        return entry.openStream();
    }
}
