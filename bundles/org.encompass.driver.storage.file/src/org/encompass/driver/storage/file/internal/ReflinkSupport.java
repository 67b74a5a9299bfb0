package org.encompass.driver.storage.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ExternalCommand;

/**
 * Finds out whether a directory's file system can reflink (XFS with reflink=1, btrfs) by trying it on
 * a small probe file, and makes reflink copies with {@code cp --reflink=always}. The answer is kept
 * per directory for the life of the driver.
 */
final class ReflinkSupport {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);
    /** Sharing extents is metadata work, but a heavily fragmented image has many of them. */
    private static final Duration CLONE_TIMEOUT = Duration.ofMinutes(30);

    private final ConcurrentMap<Path, Boolean> byDirectory = new ConcurrentHashMap<>();

    boolean supported(Path directory) {
        return byDirectory.computeIfAbsent(directory.toAbsolutePath().normalize(), ReflinkSupport::probe);
    }

    static void reflink(Path source, Path target, IProgressMonitor monitor) throws DriverException {
        reflink(source, target, CLONE_TIMEOUT, monitor);
    }

    private static void reflink(Path source, Path target, Duration timeout, IProgressMonitor monitor)
            throws DriverException {
        new ExternalCommand(timeout, "cp", "--reflink=always", "--", source.toString(), target.toString())
                .run(monitor);
    }

    private static boolean probe(Path directory) {
        String id = UUID.randomUUID().toString();
        Path original = directory.resolve(".encompass-reflink-probe-" + id);
        Path clone = directory.resolve(".encompass-reflink-probe-" + id + ".clone");
        try {
            byte[] data = new byte[64 * 1024];
            Arrays.fill(data, (byte) 0x5a); // real data, so there is an extent to share
            Files.write(original, data);
            reflink(original, clone, PROBE_TIMEOUT, null);
            return true;
        } catch (IOException | DriverException e) {
            return false;
        } finally {
            deleteQuietly(clone);
            deleteQuietly(original);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover hidden probe file is harmless
        }
    }
}
