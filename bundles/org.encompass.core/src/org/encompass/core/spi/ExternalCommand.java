package org.encompass.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Runs one external program (cp, qemu-img) for a driver, with a time limit. Its standard error goes into the
 * exception message when it fails; it is killed when the monitor is cancelled or the time runs out,
 * so no copy keeps writing after we gave up on it.
 */
public final class ExternalCommand {
    private static final int OUTPUT_LIMIT = 64 * 1024;
    private static final long POLL_MILLIS = 100;

    private final List<String> command;
    private final Duration timeout;
    private Consumer<String> outputSegments = segment -> {
    };
    private Runnable whileRunning = () -> {
    };

    public ExternalCommand(Duration timeout, String... command) {
        this.command = List.of(command);
        this.timeout = timeout;
    }

    /** Receives standard output piece by piece, split at line feeds and carriage returns (progress lines). */
    public ExternalCommand onOutput(Consumer<String> listener) {
        this.outputSegments = listener;
        return this;
    }

    /** Called on the calling thread about every 100 ms while the program runs (progress reporting). */
    public ExternalCommand whileRunning(Runnable tick) {
        this.whileRunning = tick;
        return this;
    }

    /**
     * Runs the program to completion and returns its standard output.
     *
     * @param monitor checked for cancellation while the program runs; may be {@code null}
     * @throws OperationCanceledException when cancelled (the program has been killed)
     */
    public String run(IProgressMonitor monitor) throws DriverException {
        Outcome outcome = runToExit(monitor);
        if (outcome.exitCode() != 0) {
            throw new DriverException(describe() + " failed with exit code " + outcome.exitCode() + "."
                    + detail(outcome.errors()));
        }
        return outcome.output();
    }

    /** How a program ended: its exit code, standard output and standard error. */
    public record Outcome(int exitCode, String output, String errors) {
    }

    /**
     * Runs the program to completion like {@link #run}, but returns its exit code instead of failing on a
     * nonzero one (for programs whose exit codes tell causes apart, such as tgtadm's 107, "tgtd not running").
     */
    public Outcome runToExit(IProgressMonitor monitor) throws DriverException {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
        } catch (IOException e) {
            throw new DriverException("Cannot run " + command.get(0) + ": " + e.getMessage()
                    + (command.get(0).equals("qemu-img") ? " (install the Debian package qemu-utils)" : ""), e);
        }
        OutputCollector stdout = OutputCollector.start(process.getInputStream(), outputSegments);
        OutputCollector stderr = OutputCollector.start(process.getErrorStream(), segment -> {
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (monitor != null && monitor.isCanceled()) {
                    kill(process);
                    throw new OperationCanceledException();
                }
                if (System.nanoTime() - deadline > 0) {
                    kill(process);
                    throw new DriverException(describe() + " did not finish within " + timeout.toSeconds()
                            + " s and was stopped." + detail(stderr.text()));
                }
                whileRunning.run();
            }
            stdout.join();
            stderr.join();
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("interrupted");
        }
        return new Outcome(process.exitValue(), stdout.text(), stderr.text());
    }

    private String describe() {
        return String.join(" ", command);
    }

    private static String detail(String stderr) {
        String trimmed = stderr.strip();
        return trimmed.isEmpty() ? "" : " " + trimmed;
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            // reaped before we delete its output file, so nothing writes to it afterwards
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }

    /** Drains one output stream of the process on its own thread so the process never blocks on a full pipe. */
    private static final class OutputCollector {
        private final StringBuilder text = new StringBuilder();
        private final Thread thread;

        private OutputCollector(InputStream stream, Consumer<String> segments) {
            thread = Thread.ofVirtual().unstarted(() -> drain(stream, segments));
        }

        static OutputCollector start(InputStream stream, Consumer<String> segments) {
            OutputCollector collector = new OutputCollector(stream, segments);
            collector.thread.start();
            return collector;
        }

        private void drain(InputStream stream, Consumer<String> segments) {
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                StringBuilder segment = new StringBuilder();
                int c;
                while ((c = reader.read()) >= 0) {
                    if (c == '\n' || c == '\r') {
                        segments.accept(segment.toString());
                        segment.setLength(0);
                    } else {
                        segment.append((char) c);
                    }
                    synchronized (text) {
                        if (text.length() < OUTPUT_LIMIT) {
                            text.append((char) c);
                        }
                    }
                }
                if (!segment.isEmpty()) {
                    segments.accept(segment.toString());
                }
            } catch (IOException e) {
                // the process was killed; what we have is all there is
            }
        }

        void join() throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        }

        String text() {
            synchronized (text) {
                return text.toString();
            }
        }
    }
}
