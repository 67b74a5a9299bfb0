package org.encompass.driver.storage.file.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/** Streams a file through SHA-256, one MiB at a time, with progress and cancellation. */
final class ImageDigest {
    private ImageDigest() {
    }

    static String sha256(Path file, IProgressMonitor monitor) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            SubMonitor progress = SubMonitor.convert(monitor, "Checksumming " + file.getFileName(),
                    BlockCopier.mebibytes(in.size()));
            ByteBuffer buffer = ByteBuffer.allocate(BlockCopier.BLOCK_SIZE);
            while (true) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                buffer.clear();
                boolean end = false;
                while (buffer.hasRemaining() && !end) {
                    end = in.read(buffer) < 0;
                }
                buffer.flip();
                if (!buffer.hasRemaining()) {
                    break;
                }
                digest.update(buffer);
                progress.worked(1);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
