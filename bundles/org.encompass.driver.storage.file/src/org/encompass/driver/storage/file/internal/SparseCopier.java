package org.encompass.driver.storage.file.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.spi.CopyProgress;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ExternalCommand;

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

    /**
     * Copies {@code source} into the new file {@code target}, keeping holes. {@code flushWhileCopying}:
     * for a copy that is made durable right after, write back during the copy so that fsync has little left.
     */
    static void copy(Path source, Path target, boolean flushWhileCopying, IProgressMonitor monitor)
            throws DriverException, IOException {
        long size = Files.size(source);
        CopyProgress progress = new CopyProgress(monitor, "Copying " + source.getFileName(), size);
        EarlyWriteback writeback = flushWhileCopying ? new EarlyWriteback(target) : null;
        new ExternalCommand(timeoutFor(size), "cp", "--sparse=always", "--reflink=never", "--",
                source.toString(), target.toString())
                .whileRunning(() -> {
                    long now = sizeOf(target);
                    progress.update(now);
                    if (writeback != null) {
                        writeback.after(now);
                    }
                })
                .run(monitor);
        progress.done();
    }

    static Duration timeoutFor(long bytes) {
        return BASE_TIMEOUT.plusSeconds(bytes / SLOWEST_BYTES_PER_SECOND);
    }

    /**
     * Flushes what cp has written so far while cp goes on writing, so the fsync that makes the finished
     * clone durable (StagedImage.publish) has little left to do: writing back overlaps copying instead of
     * following it. Measured on a 3 GiB master with 1 GiB of data: cp alone 0.37 s, then fsync 0.72 s.
     */
    private static final class EarlyWriteback {
        private static final long STEP = 128L << 20;
        private final Path target;
        private long flushedUpTo;

        EarlyWriteback(Path target) {
            this.target = target;
        }

        void after(long written) {
            if (written - flushedUpTo < STEP) {
                return;
            }
            try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                channel.force(false);
                flushedUpTo = written;
            } catch (IOException e) {
                // the final fsync will report a real problem
            }
        }
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
