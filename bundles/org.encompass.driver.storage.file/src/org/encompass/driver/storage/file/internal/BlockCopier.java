package org.encompass.driver.storage.file.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.CopyProgress;

/**
 * Full copy: reads and writes every block, holes included, so the copy is fully allocated. Done in
 * Java rather than with cp because cp may hand the work to copy_file_range, which some file systems
 * (XFS, NFS) turn into shared extents or server-side copies.
 */
final class BlockCopier {
    static final int BLOCK_SIZE = 1 << 20;

    private BlockCopier() {
    }

    /**
     * Copies {@code source} into the new file {@code target}. Reports the bytes copied
     * and checks for cancellation after every block.
     *
     * @throws OperationCanceledException when the monitor is cancelled; {@code target} is then incomplete
     */
    static void copy(Path source, Path target, IProgressMonitor monitor) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            long size = in.size();
            CopyProgress progress = new CopyProgress(monitor, "Copying " + source.getFileName(), size);
            ByteBuffer buffer = ByteBuffer.allocateDirect(BLOCK_SIZE);
            long position = 0;
            while (position < size) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                buffer.clear();
                int read = in.read(buffer, position);
                if (read < 0) {
                    break; // the source shrank while we copied
                }
                buffer.flip();
                long at = position;
                while (buffer.hasRemaining()) {
                    at += out.write(buffer, at);
                }
                position += read;
                progress.update(position);
            }
        }
    }

    /** Work units for {@code bytes}: one per started MiB. */
    static int mebibytes(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, (bytes + BLOCK_SIZE - 1) / BLOCK_SIZE);
    }
}
