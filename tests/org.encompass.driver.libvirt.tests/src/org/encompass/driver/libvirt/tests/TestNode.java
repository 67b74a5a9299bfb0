package org.encompass.driver.libvirt.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The test bundle's {@code resources/node.xml} as a file libvirt's test driver can open. Every
 * {@code test:///<file>} connection starts from the file, so each test gets a fresh host.
 */
final class TestNode {
    private static final String RESOURCE = "resources/node.xml";

    private TestNode() {
    }

    /** Copies the node description into {@code directory} and returns its {@code test://} URI. */
    static String uriIn(Path directory) throws IOException {
        Path file = directory.toAbsolutePath().resolve("node.xml");
        try (InputStream in = open()) {
            Files.copy(in, file);
        }
        return "test://" + file;
    }

    /** From the bundle's root in OSGi (resources/ is not on the class path there), else the class path. */
    private static InputStream open() throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(TestNode.class);
        URL entry = bundle == null ? TestNode.class.getClassLoader().getResource(RESOURCE) : bundle.getEntry(RESOURCE);
        if (entry == null) {
            throw new IOException(RESOURCE + " is missing from the test bundle");
        }
        return entry.openStream();
    }
}
