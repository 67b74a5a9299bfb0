package org.encompass.tests.support;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A plain Java class path for a child JVM, made from the locations of the bundles that hold the given
 * classes (a bundle's jar, or for a bundle built in the reactor its {@code target/classes}), and the
 * {@code java} this JVM runs on: for test programs that must run in another process (another network
 * namespace, say).
 */
public final class ChildClasspath {
    private ChildClasspath() {
    }

    public static String of(Class<?>... classes) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            Path location;
            try {
                location = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | NullPointerException e) {
                throw new IllegalStateException("no file location for " + c.getName(), e);
            }
            if (Files.isDirectory(location) && Files.isDirectory(location.resolve("target/classes"))) {
                location = location.resolve("target/classes");
            }
            entries.add(location.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The {@code java} launcher of this JVM. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
