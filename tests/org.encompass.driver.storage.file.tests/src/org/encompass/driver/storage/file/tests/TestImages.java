package org.encompass.driver.storage.file.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/** Makes image files for the tests: sparse with scattered data, or fully written. */
final class TestImages {
    static final long MiB = 1L << 20;

    private TestImages() {
    }

    /**
     * A sparse file of {@code sizeMiB} with one MiB of random data every {@code strideMiB} MiB, and a
     * hole at the end (so keeping the length without data is checked too).
     */
    static Path sparse(Path file, int sizeMiB, int strideMiB, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] block = new byte[(int) MiB];
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int at = 0; at < sizeMiB - strideMiB; at += strideMiB) {
                random.nextBytes(block);
                out.write(ByteBuffer.wrap(block), at * MiB);
            }
        }
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(sizeMiB * MiB);
        }
        return file;
    }

    /** A file of {@code sizeMiB} with no zero block (every block is written by any copy). */
    static Path filled(Path file, int sizeMiB, byte value) throws IOException {
        byte[] block = new byte[(int) MiB];
        java.util.Arrays.fill(block, value);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 0; i < sizeMiB; i++) {
                out.write(ByteBuffer.wrap(block));
            }
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
