package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The real tools the end-to-end tests build and inspect images with, and the test bundle's resources. */
final class Tools {
    private static final List<String> SEARCH_PATH = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    record Output(int exitCode, String stdout, String stderr) {
    }

    private Tools() {
    }

    /** Skips the calling test when a tool is genuinely missing (Debian e2fsprogs, e2tools). */
    static void assumeInstalled(String... tools) {
        for (String tool : tools) {
            Assumptions.assumeTrue(find(tool) != null, tool + " is not installed (Debian packages e2fsprogs, e2tools)");
        }
    }

    static String find(String tool) {
        String path = System.getenv("PATH");
        List<String> directories = new ArrayList<>(path == null ? List.of() : List.of(path.split(File.pathSeparator)));
        directories.addAll(SEARCH_PATH);
        for (String directory : directories) {
            Path candidate = Path.of(directory, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    /** Runs a command that must succeed; returns what it printed. */
    static Output check(String... command) throws IOException, InterruptedException {
        String[] resolved = command.clone();
        String executable = find(command[0]);
        if (executable != null) {
            resolved[0] = executable;
        }
        Path out = Files.createTempFile("tool-", ".out");
        Path err = Files.createTempFile("tool-", ".err");
        try {
            Process process = new ProcessBuilder(resolved).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(new File("/dev/null")).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 60 s");
            }
            Output output = new Output(process.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                    Files.readString(err, StandardCharsets.ISO_8859_1));
            assertEquals(0, output.exitCode(), () -> String.join(" ", command) + " failed: " + output.stderr());
            return output;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** A raw whole-disk ext4 image of {@code tree}, {@code size} as mkfs.ext4 takes it (16M). */
    static Path ext4(Path tree, Path image, String size) throws IOException, InterruptedException {
        check("mkfs.ext4", "-q", "-F", "-d", tree.toString(), image.toString(), size);
        return image;
    }

    /** The bytes of {@code path} inside the ext4 image, read with e2cp (not with our own code). */
    static String readInImage(Path image, String path) throws IOException, InterruptedException {
        Path copy = Files.createTempFile("e2cp-", ".out");
        try {
            check("e2cp", image + ":" + path, copy.toString());
            return Files.readString(copy, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /**
     * Copies a file of this bundle's {@code resources/} folder to {@code target}: through the bundle
     * inside OSGi, else from the working directory (the bundle's folder when run by Maven).
     */
    static Path resource(String name, Path target) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(Tools.class);
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
