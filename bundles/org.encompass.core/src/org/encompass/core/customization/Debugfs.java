package org.encompass.core.customization;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs e2fsprogs' debugfs on one file system with a batch of requests. debugfs exits 0 even when a
 * request fails and reports failures only on stderr, so every stderr line except its version banner is
 * returned as an error for the caller to judge.
 */
final class Debugfs {

    /** What one run printed. */
    record Result(List<String> output, List<String> errors) {

        /**
         * The lines each request printed, split at the echo ({@code debugfs: <request>}) debugfs prints
         * before running a request from a command file.
         */
        List<List<String>> sections(List<String> requests) {
            List<List<String>> sections = new ArrayList<>();
            List<String> current = null;
            int next = 0;
            for (String line : output) {
                if (next < requests.size() && line.equals("debugfs: " + requests.get(next))) {
                    current = new ArrayList<>();
                    sections.add(current);
                    next++;
                } else if (current != null) {
                    current.add(line);
                }
            }
            while (sections.size() < requests.size()) {
                sections.add(List.of());
            }
            return sections;
        }
    }

    private static final List<String> SEARCH_PATH = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    private final Path executable;
    private final String device;
    private final Path workDir;
    private final Duration timeout;
    private final String description;

    /**
     * {@code device} is a path libext2fs understands, optionally with {@code ?offset=N}; {@code description}
     * names the file system in messages.
     */
    Debugfs(String device, String description, Path workDir, Duration timeout) throws IOException {
        this.executable = locate();
        this.device = device;
        this.description = description;
        this.workDir = workDir;
        this.timeout = timeout;
    }

    /** Runs {@code requests} in one debugfs session, writable if asked. */
    Result run(boolean writable, List<String> requests) throws IOException {
        Path commands = workDir.resolve("commands");
        Path stdout = workDir.resolve("stdout");
        Path stderr = workDir.resolve("stderr");
        Files.writeString(commands, String.join("\n", requests) + "\n", StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        if (writable) {
            command.add("-w");
        }
        command.addAll(List.of("-f", commands.toString(), device));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(new File("/dev/null"))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().put("DEBUGFS_PAGER", "__none__");
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor();
                throw new IOException("debugfs did not finish within " + timeout.toMillis() + " ms on the " + description
                        + " and was stopped"
                        + " (requests: " + String.join("; ", requests) + ")");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while debugfs was working on the " + description + ": "
                    + String.join("; ", requests));
        }
        List<String> errors = new ArrayList<>();
        for (String line : lines(stderr)) {
            if (!line.isBlank() && !line.matches("debugfs \\d+\\.\\d+.*\\(.*\\)")) {
                errors.add(line.strip());
            }
        }
        if (process.exitValue() != 0) {
            errors.add("debugfs exited with status " + process.exitValue());
        }
        return new Result(lines(stdout), errors);
    }

    private static List<String> lines(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }

    /** debugfs lives in sbin, which is often not on a non-root user's PATH. */
    private static Path locate() throws IOException {
        List<String> directories = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            directories.addAll(List.of(path.split(File.pathSeparator)));
        }
        directories.addAll(SEARCH_PATH);
        for (String directory : directories) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, "debugfs");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IOException("debugfs was not found (searched PATH and " + String.join(", ", SEARCH_PATH)
                + "); install the Debian package e2fsprogs");
    }
}
