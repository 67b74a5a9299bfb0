package org.encompass.driver.storage.libvirt.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.DriverException;

/**
 * Runs one local program (cp, qemu-img) to completion with a time limit; killed when the monitor is
 * cancelled, so nothing keeps writing into a volume we are about to delete.
 */
final class LocalCommand {
    private static final long POLL_MILLIS = 200;

    private final List<String> command;
    private final Duration timeout;
    private Runnable whileRunning = () -> {
    };

    LocalCommand(Duration timeout, String... command) {
        this.command = List.of(command);
        this.timeout = timeout;
    }

    /** Called on the calling thread about five times a second while the program runs (progress). */
    LocalCommand whileRunning(Runnable tick) {
        this.whileRunning = tick;
        return this;
    }

    /** Runs the program; returns its standard output. Throws OperationCanceledException when cancelled. */
    String run(IProgressMonitor monitor) throws DriverException {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new DriverException("Cannot run " + command.get(0) + ": " + e.getMessage()
                    + (command.get(0).equals("qemu-img") ? " (install the Debian package qemu-utils)" : ""), e);
        }
        CompletableFuture<String> stdout = drain(process.getInputStream());
        CompletableFuture<String> stderr = drain(process.getErrorStream());
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                if (monitor != null && monitor.isCanceled()) {
                    kill(process);
                    throw new OperationCanceledException();
                }
                if (System.nanoTime() - deadline > 0) {
                    kill(process);
                    throw new DriverException(String.join(" ", command) + " did not finish within "
                            + timeout.toSeconds() + " s and was stopped.");
                }
                whileRunning.run();
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("interrupted");
        }
        if (process.exitValue() != 0) {
            throw new DriverException(String.join(" ", command) + " failed with exit code " + process.exitValue()
                    + ": " + stderr.join().strip());
        }
        return stdout.join();
    }

    private static CompletableFuture<String> drain(java.io.InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return ""; // the process was killed
            }
        }, runnable -> Thread.ofVirtual().start(runnable));
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS); // reaped before its output file is deleted
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
