package org.encompass.driver.storage.file.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.driver.storage.file.internal.FileStorageDriver;
import org.encompass.tests.support.LoopXfs;
import org.encompass.tests.support.RawImages;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reflink clones on a real XFS file system made with {@code mkfs.xfs -m reflink=1} on a loop device
 * (needs root and the Debian package xfsprogs). Skipped only when not root or the mount fails.
 */
class ReflinkOnXfsTest {
    private static final long MiB = RawImages.MiB;

    private static LoopXfs xfs;
    private static Path mountPoint;

    private final FileStorageDriver driver = new FileStorageDriver();

    @BeforeAll
    static void mountXfs() throws Exception {
        xfs = LoopXfs.mount("encompass-xfs");
        mountPoint = xfs.mountPoint();
    }

    @AfterAll
    static void unmountXfs() throws Exception {
        if (xfs != null) {
            xfs.close();
        }
    }

    private StorageDeviceSpec device(String name) throws IOException {
        Path dir = Files.createDirectories(mountPoint.resolve(name));
        return new StorageDeviceSpec(name, "file", dir.toString());
    }

    @Test
    void xfsWithReflinkOffersEveryMethod() throws Exception {
        assertEquals(EnumSet.of(CloneMethod.SPARSE, CloneMethod.FULL, CloneMethod.COW, CloneMethod.REFLINK),
                driver.supportedMethods(device("methods")));
    }

    @Test
    void reflinkCloneSharesBlocksAndCopiesNoData() throws Exception {
        StorageDeviceSpec device = device("reflink");
        Path masterFile = RawImages.filled(Path.of(device.location()).resolve("master.img"), 64, (byte) 3);
        ImageRef master = new ImageRef(masterFile.toString(), ImageFormat.RAW);
        long usedBefore = usedBytes();

        ImageRef clone = driver.cloneImage(device, master, "fast", CloneMethod.REFLINK, null);

        assertEquals(new ImageRef(Path.of(device.location()).resolve("fast.img").toString(), ImageFormat.RAW), clone);
        assertEquals(RawImages.sha256(masterFile), RawImages.sha256(Path.of(clone.location())));
        assertTrue(Shell.run("filefrag", "-v", clone.location()).contains("shared"), "extents are shared");
        long grown = usedBytes() - usedBefore;
        assertTrue(grown < 4 * MiB, "a 64 MiB reflink clone took " + grown + " bytes");
    }

    @Test
    void sparseAndFullClonesAreIndependentCopiesEvenOnXfs() throws Exception {
        StorageDeviceSpec device = device("copies");
        Path masterFile = RawImages.sparseEvery(Path.of(device.location()).resolve("master.img"), 64, 8, 1);
        ImageRef master = new ImageRef(masterFile.toString(), ImageFormat.RAW);
        for (CloneMethod method : new CloneMethod[] { CloneMethod.SPARSE, CloneMethod.FULL }) {
            ImageRef clone = driver.cloneImage(device, master, method.name().toLowerCase(), method, null);
            assertEquals(RawImages.sha256(masterFile), RawImages.sha256(Path.of(clone.location())));
            assertFalse(Shell.run("filefrag", "-v", clone.location()).contains("shared"),
                    method + " must not share extents with the master");
        }
    }

    @Test
    void reflinkOfAQcow2KeepsFormatAndBacking() throws Exception {
        StorageDeviceSpec device = device("overlay");
        Path masterFile = RawImages.sparseEvery(Path.of(device.location()).resolve("master.img"), 16, 4, 2);
        ImageRef overlay = driver.cloneImage(device, new ImageRef(masterFile.toString(), ImageFormat.RAW), "ov",
                CloneMethod.COW, null);
        ImageRef copy = driver.cloneImage(device, overlay, "ov-copy", CloneMethod.REFLINK, null);
        assertEquals(ImageFormat.QCOW2, copy.format());
        assertEquals(masterFile.toString(), copy.backing());
        assertTrue(copy.location().endsWith("/ov-copy.qcow2"), copy.location());
    }

    @Test
    void aReflinkAcrossFileSystemsFailsWithCpsReasonAndLeavesNothing() throws Exception {
        StorageDeviceSpec device = device("failure");
        Path elsewhere = Files.createTempFile("encompass-ext4-master-", ".img"); // /tmp: another file system
        try {
            RawImages.filled(elsewhere.resolveSibling(elsewhere.getFileName() + ".data"), 1, (byte) 1);
            Files.move(elsewhere.resolveSibling(elsewhere.getFileName() + ".data"), elsewhere,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ImageRef foreign = new ImageRef(elsewhere.toString(), ImageFormat.RAW);
            DriverException e = assertThrows(DriverException.class,
                    () -> driver.cloneImage(device, foreign, "never", CloneMethod.REFLINK, null));
            assertTrue(e.getMessage().contains("cp --reflink=always") && e.getMessage().contains("failed"),
                    e.getMessage());
            try (var files = Files.list(Path.of(device.location()))) {
                assertEquals(0, files.count(), "no staging file left");
            }
        } finally {
            Files.deleteIfExists(elsewhere);
        }
    }

    private static long usedBytes() throws Exception {
        Shell.run("sync");
        String[] lines = Shell.run("df", "-B1", "--output=used", mountPoint.toString()).strip().split("\n");
        return Long.parseLong(lines[lines.length - 1].strip());
    }
}
