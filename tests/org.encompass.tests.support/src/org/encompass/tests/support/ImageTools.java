package org.encompass.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs the real e2fsprogs/e2tools commands the tests build and inspect ext4 images with. */
public final class ImageTools {
    private static final List<String> SEARCH_PATH = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    public record Output(int exitCode, String stdout, String stderr) {
    }

    private ImageTools() {
    }

    /** Skips the calling test when a tool is genuinely missing (Debian e2fsprogs, e2tools; installed on the build machine). */
    public static void assumeInstalled(String... tools) {
        for (String tool : tools) {
            Assumptions.assumeTrue(find(tool) != null, tool + " is not installed (Debian packages e2fsprogs, e2tools)");
        }
    }

    public static String find(String tool) {
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

    /** Runs a command and returns what it printed, whatever its exit code. */
    public static Output run(String... command) throws IOException, InterruptedException {
        String[] resolved = command.clone();
        String executable = find(command[0]);
        if (executable != null) {
            resolved[0] = executable;
        }
        Path out = Files.createTempFile("tool-", ".out");
        Path err = Files.createTempFile("tool-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(resolved).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(new File("/dev/null"));
            builder.environment().put("DEBUGFS_PAGER", "__none__");
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within 60 s");
            }
            return new Output(process.exitValue(), Files.readString(out, StandardCharsets.ISO_8859_1),
                    Files.readString(err, StandardCharsets.ISO_8859_1));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs a command that must succeed; returns what it printed. */
    public static Output check(String... command) throws IOException, InterruptedException {
        Output output = run(command);
        assertEquals(0, output.exitCode(), () -> String.join(" ", command) + " failed: " + output.stderr());
        return output;
    }

    /** Runs one debugfs request; fails on anything on stderr but the version banner. */
    public static String debugfs(String device, boolean writable, String request) throws IOException, InterruptedException {
        Output output = writable ? check("debugfs", "-w", "-R", request, device) : check("debugfs", "-R", request, device);
        String errors = output.stderr().lines().filter(line -> !line.startsWith("debugfs 1.")).reduce("", String::concat);
        if (!errors.isBlank()) {
            fail("debugfs " + request + " failed: " + errors);
        }
        return output.stdout();
    }

    /** A raw whole-disk ext4 image of {@code tree}, {@code size} as mkfs.ext4 takes it (16M). */
    public static Path ext4(Path tree, Path image, String size) throws IOException, InterruptedException {
        check("mkfs.ext4", "-q", "-F", "-d", tree.toString(), image.toString(), size);
        return image;
    }

    /** The bytes of {@code path} inside the ext4 image, read with e2cp (not with our own code). */
    public static String readInImage(Path image, String path) throws IOException, InterruptedException {
        Path copy = Files.createTempFile("e2cp-", ".out");
        try {
            check("e2cp", image + ":" + path, copy.toString());
            return Files.readString(copy, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
