package org.encompass.core.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs the real e2fsprogs/e2tools commands the tests build and inspect images with. */
final class Tools {

    private static final List<String> SEARCH_PATH = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    record Output(int exitCode, String stdout, String stderr) {
    }

    private Tools() {
    }

    /** Skips the calling test when a tool is genuinely missing (they are installed on the build machine). */
    static void assumeInstalled(String... tools) {
        for (String tool : tools) {
            Assumptions.assumeTrue(find(tool) != null, tool + " is not installed (Debian packages e2fsprogs, e2tools)");
        }
    }

    static String find(String tool) {
        String path = System.getenv("PATH");
        List<String> directories = new java.util.ArrayList<>(path == null ? List.of() : List.of(path.split(File.pathSeparator)));
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
    static Output run(String... command) throws IOException, InterruptedException {
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

    /** Runs a command that must succeed. */
    static Output check(String... command) throws IOException, InterruptedException {
        Output output = run(command);
        assertEquals(0, output.exitCode(), () -> String.join(" ", command) + " failed: " + output.stderr());
        return output;
    }

    /** Runs one debugfs request; fails on anything on stderr but the version banner. */
    static String debugfs(String device, boolean writable, String request) throws IOException, InterruptedException {
        Output output = writable ? check("debugfs", "-w", "-R", request, device) : check("debugfs", "-R", request, device);
        String errors = output.stderr().lines().filter(line -> !line.startsWith("debugfs 1.")).reduce("", String::concat);
        if (!errors.isBlank()) {
            fail("debugfs " + request + " failed: " + errors);
        }
        return output.stdout();
    }
}
