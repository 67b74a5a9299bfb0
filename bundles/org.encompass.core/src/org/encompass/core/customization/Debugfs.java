package org.encompass.core.customization;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One e2fsprogs debugfs process serving every request on one file system while an image is open:
 * starting a debugfs per request batch cost more CPU than the batch itself when many clones are
 * customized. Each batch opens the file system (writable if asked), runs its requests and closes it
 * again, so a batch's changes are on the image when it returns, exactly as with a process per batch.
 *
 * <p>debugfs reads requests from its standard input ({@code -f -}) and echoes each one on standard
 * output before running it; {@code stdbuf -oL} makes that output line-buffered so it can be read as it
 * comes. A batch ends with an unknown command as a marker: its echo on stdout and its "Command not
 * found" on stderr show that everything before it was printed. debugfs reports failures only on
 * stderr, so every stderr line of a batch is returned as an error for the caller to judge.
 */
final class Debugfs implements AutoCloseable {

    /** What one batch printed. */
    record Result(List<String> output, List<String> errors) {

        /**
         * The lines each request printed, split at the echo ({@code debugfs: <request>}) debugfs prints
         * before running a request.
         */
        List<List<String>> sections(List<String> requests) {
            List<List<String>> sections = new ArrayList<>();
            List<String> current = null;
            int next = 0;
            for (String line : output) {
                if (next < requests.size() && line.equals(ECHO + requests.get(next))) {
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

    private static final String ECHO = "debugfs: ";
    private static final String MARKER = "encompass-batch-end-";
    private static final List<String> SEARCH_PATH = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");
    /** A line no stream ever prints: tells a waiting batch that the process is gone. */
    private static final String GONE = "\u0000gone";

    private final String device;
    private final Duration timeout;
    private final String description;
    private final List<String> command;
    private Process process;
    private Writer input;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> stderr = new LinkedBlockingQueue<>();
    private int batches;

    /**
     * {@code device} is a path libext2fs understands, optionally with {@code ?offset=N}; {@code description}
     * names the file system in messages.
     */
    Debugfs(String device, String description, Duration timeout) throws IOException {
        this.command = List.of(locate("stdbuf", List.of()).toString(), "-oL",
                locate("debugfs", SEARCH_PATH).toString(), "-f", "-");
        this.device = device;
        this.description = description;
        this.timeout = timeout;
    }

    /** Runs {@code requests} on the file system, opened writable if asked and closed again afterwards. */
    Result run(boolean writable, List<String> requests) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        start();
        String marker = MARKER + (++batches);
        List<String> batch = new ArrayList<>();
        batch.add((writable ? "open -w " : "open ") + device);
        batch.addAll(requests);
        batch.add("close");
        batch.add(marker);
        try {
            input.write(String.join("\n", batch) + "\n");
            input.flush();
        } catch (IOException e) {
            throw gone(requests); // a broken pipe: it died before or while it read them
        }
        List<String> output = new ArrayList<>();
        boolean inBatch = false;
        for (String line = take(stdout, deadline, requests); !line.equals(ECHO + marker); line = take(stdout, deadline, requests)) {
            if (line.equals(ECHO + batch.get(0))) {
                inBatch = true;
            } else if (line.equals(ECHO + "close")) {
                inBatch = false;
            } else if (inBatch) {
                output.add(line);
            }
        }
        List<String> errors = new ArrayList<>();
        for (String line = take(stderr, deadline, requests); !line.endsWith("Command not found " + marker);
                line = take(stderr, deadline, requests)) {
            if (!line.isBlank() && !line.matches("debugfs \\d+\\.\\d+.*\\(.*\\)")) {
                errors.add(line.strip());
            }
        }
        return new Result(output, errors);
    }

    /** Ends the session; every batch already closed (and so wrote) its file system. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        try {
            input.close(); // end of input: debugfs quits
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private void start() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        if (process != null) {
            throw new IOException("debugfs on the " + description + " exited (status " + process.exitValue() + ")");
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("DEBUGFS_PAGER", "__none__");
        builder.environment().put("LC_ALL", "C");
        process = builder.start();
        input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        pump(process.getInputStream(), stdout, "stdout");
        pump(process.getErrorStream(), stderr, "stderr");
    }

    private void pump(InputStream stream, BlockingQueue<String> lines, String name) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process is gone; GONE below tells the waiting batch
            }
            lines.add(GONE);
        }, "debugfs " + name + " " + description);
        reader.setDaemon(true);
        reader.start();
    }

    private String take(BlockingQueue<String> lines, long deadline, List<String> requests) throws IOException {
        try {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                process.destroyForcibly();
                throw new IOException("debugfs did not finish within " + timeout.toMillis() + " ms on the " + description
                        + " and was stopped (requests: " + String.join("; ", requests) + ")");
            }
            if (line.equals(GONE)) {
                throw gone(requests);
            }
            return line;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while debugfs was working on the " + description + ": "
                    + String.join("; ", requests));
        }
    }

    /** What an operator reads when debugfs died under a batch, however that showed first (end of output, a broken pipe). */
    private IOException gone(List<String> requests) {
        String what;
        try {
            what = process.waitFor(5, TimeUnit.SECONDS) ? "exited (status " + process.exitValue() + ")"
                    : "stopped answering (still running)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            what = "stopped answering (interrupted while waiting for it)";
        }
        List<String> said = new ArrayList<>();
        stderr.drainTo(said);
        said.remove(GONE);
        return new IOException("debugfs on the " + description + " " + what + " while working on: "
                + String.join("; ", requests) + (said.isEmpty() ? "" : "; it said: " + String.join("; ", said)));
    }

    /** debugfs lives in sbin, which is often not on a non-root user's PATH. */
    private static Path locate(String program, List<String> extraDirectories) throws IOException {
        List<String> directories = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            directories.addAll(List.of(path.split(File.pathSeparator)));
        }
        directories.addAll(extraDirectories);
        for (String directory : directories) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IOException(program + " was not found (searched PATH" + (extraDirectories.isEmpty() ? "" : " and "
                + String.join(", ", extraDirectories)) + "); install the Debian package "
                + (program.equals("debugfs") ? "e2fsprogs" : "coreutils"));
    }
}
