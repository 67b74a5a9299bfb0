package org.encompass.driver.storage.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.spi.CopyProgress;
import org.encompass.core.spi.DriverException;

/**
 * Sparse-aware copy with {@code cp --sparse=always --reflink=never}: cp finds holes with
 * SEEK_DATA/SEEK_HOLE and never reads them, and turns zero runs in data into holes too. Java 21 has
 * no SEEK_DATA, so a Java zero-skipping block loop must read every hole: on a 512 MiB file holding
 * 128 MiB of data it reached only 0.65-0.75x cp's speed with warm caches (0.84x including fsync).
 * {@code --reflink=never} keeps the copy independent: cp's default would share extents on XFS.
 * Progress is the copy's growing size (cp writes in order).
 */
final class SparseCopier {
    /** Generous: ten minutes plus 10 MiB/s, so only a hung copy (dead NFS server) hits it. */
    private static final Duration BASE_TIMEOUT = Duration.ofMinutes(10);
    private static final long SLOWEST_BYTES_PER_SECOND = 10L << 20;

    private SparseCopier() {
    }

    /** Copies {@code source} over the existing file {@code target}, keeping holes. */
    static void copy(Path source, Path target, IProgressMonitor monitor) throws DriverException, IOException {
        long size = Files.size(source);
        CopyProgress progress = new CopyProgress(monitor, "Copying " + source.getFileName(), size);
        new ExternalCommand(timeoutFor(size), "cp", "--sparse=always", "--reflink=never", "--",
                source.toString(), target.toString())
                .whileRunning(() -> progress.update(sizeOf(target)))
                .run(monitor);
        progress.done();
    }

    static Duration timeoutFor(long bytes) {
        return BASE_TIMEOUT.plusSeconds(bytes / SLOWEST_BYTES_PER_SECOND);
    }

    /** The copy's size so far: cp writes in order, so it tracks progress (0 while not there yet). */
    private static long sizeOf(Path target) {
        try {
            return Files.size(target);
        } catch (IOException e) {
            return 0;
        }
    }
}
