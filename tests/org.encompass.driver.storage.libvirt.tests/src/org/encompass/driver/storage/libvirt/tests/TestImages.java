package org.encompass.driver.storage.libvirt.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Makes sparse image files with scattered random data, and checksums them. */
final class TestImages {
    static final long MiB = 1L << 20;

    private TestImages() {
    }

    /** A sparse file of {@code sizeMiB} with {@code dataMiB} MiB of random data spread evenly, a hole at the end. */
    static Path sparse(Path file, long sizeMiB, long dataMiB, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] block = new byte[(int) MiB];
        long stride = Math.max(1, (sizeMiB - 1) / dataMiB);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long i = 0; i < dataMiB; i++) {
                random.nextBytes(block);
                out.write(ByteBuffer.wrap(block), i * stride * MiB);
            }
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(sizeMiB * MiB);
        }
        return file;
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (var in = Files.newInputStream(file)) {
                byte[] buffer = new byte[(int) MiB];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
