package org.encompass.driver.storage.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.driver.storage.libvirt.internal.LibvirtPoolStorageDriver;
import org.encompass.tests.support.LoopXfs;
import org.encompass.tests.support.RawImages;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dir pool on a loop-mounted XFS made with {@code mkfs.xfs -m reflink=1}: there the pool's volume
 * copy is a reflink (shared extents, no data copied); a capture of a copy-on-write clone is still
 * flattened. Needs root, xfsprogs and the real daemon; skipped otherwise.
 */
class XfsReflinkPoolTest {
    private static LoopXfs xfs;
    private static Path mountPoint;

    private final LibvirtPoolStorageDriver driver = new LibvirtPoolStorageDriver();

    @TempDir
    Path temp;

    @BeforeAll
    static void mountXfs() throws Exception {
        TempDirPool.assumeDaemon();
        xfs = LoopXfs.mount("encompass-pool-xfs");
        mountPoint = xfs.mountPoint();
    }

    @AfterAll
    static void unmountXfs() throws Exception {
        if (xfs != null) {
            xfs.close();
        }
    }

    @Test
    void volumeCopyIsAReflinkAndCaptureStillFlattens() throws Exception {
        try (TempDirPool pool = TempDirPool.in(mountPoint)) {
            Path source = RawImages.sparseSpread(temp.resolve("master.img"), 64, 16, 5);
            ImageRef master = driver.importImage(pool.device(), source, ImageFormat.RAW, "web", null);
            Shell.run("sync");
            long usedBefore = usedBytes();
            ImageRef copy = driver.cloneImage(pool.device(), master, "web-01", CloneMethod.VOLUME_COPY, null);
            Shell.run("sync");
            long grown = usedBytes() - usedBefore;
            assertTrue(Shell.run("filefrag", "-v", copy.location()).contains("shared"), "extents are shared");
            assertTrue(grown < 4L << 20, "a reflinked copy of 16 MiB of data took " + grown + " bytes");
            assertEquals(RawImages.sha256(source), RawImages.sha256(Path.of(copy.location())));

            ImageRef cow = driver.cloneImage(pool.device(), master, "web-02", CloneMethod.COW, null);
            ImageRef captured = driver.captureImage(pool.device(), cow, "web-v2", null);
            assertFalse(Shell.qemuImgInfo(Path.of(captured.location())).contains("backing-filename"));
            Shell.run("qemu-img", "compare", "-f", "qcow2", "-F", "raw", captured.location(), source.toString());
        }
    }

    private static long usedBytes() throws Exception {
        String[] fields = Shell.run("df", "-B1", "--output=used", mountPoint.toString()).strip().split("\\s+");
        return Long.parseLong(fields[fields.length - 1]);
    }
}
