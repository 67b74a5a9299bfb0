package org.encompass.tests.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

/** Makes raw image files for the storage tests (sparse with scattered random data, or fully written) and checksums them. */
public final class RawImages {
    public static final long MiB = 1L << 20;

    private RawImages() {
    }

    /**
     * A sparse file of {@code sizeMiB} with one MiB of random data every {@code strideMiB} MiB, and a
     * hole at the end (so keeping the length without data is checked too).
     */
    public static Path sparseEvery(Path file, int sizeMiB, int strideMiB, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] block = new byte[(int) MiB];
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int at = 0; at < sizeMiB - strideMiB; at += strideMiB) {
                random.nextBytes(block);
                out.write(ByteBuffer.wrap(block), at * MiB);
            }
        }
        return withLength(file, sizeMiB);
    }

    /** A sparse file of {@code sizeMiB} with {@code dataMiB} MiB of random data spread evenly, a hole at the end. */
    public static Path sparseSpread(Path file, long sizeMiB, long dataMiB, long seed) throws IOException {
        Random random = new Random(seed);
        byte[] block = new byte[(int) MiB];
        long stride = Math.max(1, (sizeMiB - 1) / dataMiB);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long i = 0; i < dataMiB; i++) {
                random.nextBytes(block);
                out.write(ByteBuffer.wrap(block), i * stride * MiB);
            }
        }
        return withLength(file, sizeMiB);
    }

    private static Path withLength(Path file, long sizeMiB) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(sizeMiB * MiB);
        }
        return file;
    }

    /** A file of {@code sizeMiB} with no zero block (every block is written by any copy). */
    public static Path filled(Path file, int sizeMiB, byte value) throws IOException {
        byte[] block = new byte[(int) MiB];
        Arrays.fill(block, value);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (int i = 0; i < sizeMiB; i++) {
                out.write(ByteBuffer.wrap(block));
            }
        }
        return file;
    }

    public static String sha256(Path file) throws IOException {
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
