package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The files of this test bundle's {@code resources/} folder. */
final class TestResources {
    private TestResources() {
    }

    /**
     * Copies a file of this bundle's {@code resources/} folder to {@code target}: through the bundle
     * inside OSGi, else from the working directory (the bundle's folder when run by Maven).
     */
    static Path copy(String name, Path target) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(TestResources.class);
        if (bundle != null) {
            URL entry = bundle.getEntry("resources/" + name);
            if (entry == null) {
                fail("resources/" + name + " is missing from bundle " + bundle.getSymbolicName());
            }
            try (InputStream in = entry.openStream()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }
        Path file = Path.of("resources", name);
        if (!Files.exists(file)) {
            fail("cannot find resources/" + name + " outside OSGi (run from the test bundle's folder)");
        }
        return Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
