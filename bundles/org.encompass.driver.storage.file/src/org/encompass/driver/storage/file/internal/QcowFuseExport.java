package org.encompass.driver.storage.file.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.RawImage;

/**
 * A qcow2 image (a copy-on-write clone) exported as a raw file through qemu-storage-daemon's FUSE
 * export (Debian qemu-utils), so file-system tools can customize it; writes land in the overlay,
 * never in its backing master. Closing stops the daemon, which flushes the image first.
 */
final class QcowFuseExport implements RawImage {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path image;
    private final Path mountpoint;
    private final Process daemon;
    private final Path log;

    private QcowFuseExport(Path image, Path mountpoint, Process daemon, Path log) {
        this.image = image;
        this.mountpoint = mountpoint;
        this.daemon = daemon;
        this.log = log;
    }

    static QcowFuseExport open(Path image) throws DriverException {
        Path mountpoint;
        Path log;
        try {
            mountpoint = Files.createTempFile("encompass-export-", ".raw");
            log = Files.createTempFile("encompass-export-", ".log");
        } catch (IOException e) {
            throw new DriverException("cannot prepare an export of " + image + ": " + e.getMessage(), e);
        }
        Process daemon;
        try {
            daemon = new ProcessBuilder("qemu-storage-daemon",
                    "--blockdev", "driver=file,node-name=file,filename=" + escape(image),
                    "--blockdev", "driver=qcow2,node-name=qcow2,file=file",
                    "--export", "type=fuse,id=raw,node-name=qcow2,writable=on,mountpoint=" + escape(mountpoint))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            delete(mountpoint, log);
            throw new DriverException("cannot start qemu-storage-daemon (Debian package qemu-utils) to export " + image
                    + ": " + e.getMessage(), e);
        }
        QcowFuseExport export = new QcowFuseExport(image, mountpoint, daemon, log);
        export.awaitMounted();
        return export;
    }

    /** The export is ready when the kernel lists it as a FUSE mount. */
    private void awaitMounted() throws DriverException {
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < end) {
            if (!daemon.isAlive()) {
                String output = output();
                delete(mountpoint, log);
                throw new DriverException("qemu-storage-daemon could not export " + image + " (exit "
                        + daemon.exitValue() + "): " + output);
            }
            if (mounted()) {
                return;
            }
            sleep(20);
        }
        stopQuietly();
        throw new DriverException("qemu-storage-daemon did not export " + image + " within " + START_TIMEOUT.toSeconds()
                + " s: " + output());
    }

    private boolean mounted() {
        try {
            String target = " " + mountpoint.toRealPath() + " ";
            return Files.readAllLines(Path.of("/proc/self/mounts")).stream()
                    .anyMatch(line -> line.contains(target) && line.contains("fuse"));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Path file() {
        return mountpoint;
    }

    @Override
    public void close() throws DriverException {
        daemon.destroy(); // SIGTERM: the daemon flushes the image and unmounts
        try {
            if (!daemon.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                daemon.destroyForcibly();
                throw new DriverException("qemu-storage-daemon exporting " + image + " did not stop within "
                        + STOP_TIMEOUT.toSeconds() + " s; the image may miss the last writes: " + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            daemon.destroyForcibly();
            throw new DriverException("interrupted while stopping the export of " + image, e);
        } finally {
            delete(mountpoint, log);
        }
    }

    private void stopQuietly() {
        daemon.destroyForcibly();
        try {
            daemon.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delete(mountpoint, log);
    }

    private String output() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "no output" : text;
        } catch (IOException e) {
            return "no output";
        }
    }

    /** qemu's option syntax doubles a comma inside a value. */
    private static String escape(Path path) {
        return path.toAbsolutePath().toString().replace(",", ",,");
    }

    private static void delete(Path... paths) {
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
