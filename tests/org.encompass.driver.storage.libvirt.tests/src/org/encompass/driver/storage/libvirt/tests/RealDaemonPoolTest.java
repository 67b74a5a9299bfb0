package org.encompass.driver.storage.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.driver.storage.libvirt.internal.LibvirtPoolStorageDriver;
import org.encompass.driver.storage.libvirt.internal.PoolConnections;
import org.encompass.driver.storage.libvirt.internal.VolumeStreams;
import org.encompass.tests.support.RawImages;
import org.encompass.tests.support.RecordingMonitor;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver on the real libvirt daemon (qemu:///system) with a dir pool of the test's own: real
 * files, so sparseness (allocated blocks), bytes (sha256) and backing files (qemu-img) are checked.
 * Skipped when no daemon runs.
 */
class RealDaemonPoolTest {
    private static final long SIZE_MiB = 96;
    private static final long DATA_MiB = 12;

    private final LibvirtPoolStorageDriver driver = new LibvirtPoolStorageDriver();

    @TempDir
    Path temp;

    private Path source() throws Exception {
        Path file = temp.resolve("master.img");
        return Files.exists(file) ? file : RawImages.sparseSpread(file, SIZE_MiB, DATA_MiB, 7);
    }

    /** Beside the pool's directory, never inside it (libvirt would list it as a volume, an orphan). */
    @Test
    void aDirPoolKeepsContentsBesideItsDirectory() throws Exception {
        try (TempDirPool pool = TempDirPool.create()) {
            Path contents = driver.contentDirectory(pool.device());
            assertEquals(pool.directory.resolveSibling(pool.directory.getFileName() + ".encompass-contents"), contents);
            Files.createDirectories(contents);
            try {
                Files.writeString(contents.resolve("0".repeat(64)), "x");
                assertEquals(List.of(), driver.listImages(pool.device()), "no content is taken for an image");
            } finally {
                Files.deleteIfExists(contents.resolve("0".repeat(64)));
                Files.deleteIfExists(contents);
            }
        }
    }

    @Test
    void importAndVolumeCopyStaySparseAndKeepEveryByte() throws Exception {
        try (TempDirPool pool = TempDirPool.create()) {
            Path source = source();
            ImageRef master = driver.importImage(pool.device(), source, ImageFormat.RAW, "web", new RecordingMonitor());
            Path masterFile = pool.directory.resolve("web.img");
            assertEquals(masterFile.toString(), master.location());
            assertEquals(RawImages.sha256(source), driver.sha256(pool.device(), master, null));
            assertSparse(masterFile);

            RecordingMonitor monitor = new RecordingMonitor();
            ImageRef copy = driver.cloneImage(pool.device(), master, "web-01", CloneMethod.VOLUME_COPY, monitor);
            Path copyFile = Path.of(copy.location());
            assertEquals(pool.directory.resolve("web-01.img"), copyFile);
            assertEquals(SIZE_MiB << 20, Files.size(copyFile));
            assertSparse(copyFile);
            assertEquals(RawImages.sha256(source), RawImages.sha256(copyFile));
            assertEquals(RawImages.sha256(source), driver.sha256(pool.device(), copy, null));
            assertEquals(copyFile, driver.localRawFile(pool.device(), copy));
            assertEquals(SIZE_MiB << 20, driver.virtualSize(pool.device(), copy));
            String last = monitor.subTasks().get(monitor.subTasks().size() - 1);
            assertTrue(last.startsWith("web-01.img: ") && last.contains(" of "), monitor.subTasks()::toString);

            // the same bytes through a libvirt stream (what a remote daemon's volumes are read with)
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            VolumeStreams.download(PoolConnections.shared().connect(TempDirPool.URI),
                    PoolConnections.shared().connect(TempDirPool.URI).storageVolLookupByPath(copy.location()),
                    digest::update, null);
            assertEquals(RawImages.sha256(source), HexFormat.of().formatHex(digest.digest()));
        }
    }

    @Test
    void aQcow2MasterIsImportedAsItIsCopiedAndBacksOverlays() throws Exception {
        try (TempDirPool pool = TempDirPool.create()) {
            Path qcow2 = temp.resolve("master.qcow2");
            Shell.run("qemu-img", "convert", "-f", "raw", "-O", "qcow2", source().toString(), qcow2.toString());
            ImageRef master = driver.importImage(pool.device(), qcow2, ImageFormat.QCOW2, "db", null);
            assertEquals(pool.directory.resolve("db.qcow2").toString(), master.location());
            assertEquals(RawImages.sha256(qcow2), driver.sha256(pool.device(), master, null), "imported byte for byte");
            assertEquals(SIZE_MiB << 20, driver.virtualSize(pool.device(), master));

            ImageRef copy = driver.cloneImage(pool.device(), master, "db-01", CloneMethod.VOLUME_COPY, null);
            assertEquals(ImageFormat.QCOW2, copy.format());
            Shell.run("qemu-img", "compare", "-f", "qcow2", "-F", "raw", copy.location(), source().toString());
            assertTrue(Shell.allocatedBytes(Path.of(copy.location())) < (DATA_MiB + 8) << 20, "the copy stays small");

            ImageRef cow = driver.cloneImage(pool.device(), master, "db-02", CloneMethod.COW, null);
            String info = Shell.qemuImgInfo(Path.of(cow.location()));
            assertTrue(info.contains("\"backing-filename-format\": \"qcow2\""), info);
            Shell.run("qemu-img", "compare", "-f", "qcow2", "-F", "raw", cow.location(), source().toString());
        }
    }

    @Test
    void aStreamUploadFillsAVolumeWithTheFilesBytes() throws Exception {
        try (TempDirPool pool = TempDirPool.create()) {
            Path source = RawImages.sparseSpread(temp.resolve("small.img"), 8, 2, 11);
            var connection = PoolConnections.shared().connect(TempDirPool.URI);
            var volume = connection.storagePoolLookupByName(pool.name).storageVolCreateXML(
                    "<volume><name>up.img</name><capacity>" + Files.size(source) + "</capacity></volume>", 0);
            RecordingMonitor monitor = new RecordingMonitor();
            VolumeStreams.upload(connection, volume, source,
                    new org.encompass.core.spi.CopyProgress(monitor, "up.img", Files.size(source)), monitor);
            assertEquals(RawImages.sha256(source), RawImages.sha256(Path.of(volume.getPath())));
            assertTrue(monitor.subTasks().stream().anyMatch(t -> t.startsWith("up.img: 8.0 MiB of 8.0 MiB")),
                    monitor.subTasks()::toString);
        }
    }

    @Test
    void parallelVolumeCopiesOfOneMasterAreAllComplete() throws Exception {
        try (TempDirPool pool = TempDirPool.create()) {
            Path source = source();
            ImageRef master = driver.importImage(pool.device(), source, ImageFormat.RAW, "web", null);
            List<java.util.concurrent.Future<ImageRef>> clones = new java.util.ArrayList<>();
            try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
                for (int i = 1; i <= 4; i++) {
                    String name = "web-0" + i;
                    CloneMethod method = i % 2 == 0 ? CloneMethod.COW : CloneMethod.VOLUME_COPY;
                    clones.add(threads.submit(() -> driver.cloneImage(pool.device(), master, name, method, null)));
                }
            }
            String expected = RawImages.sha256(source);
            for (var clone : clones) {
                ImageRef image = clone.get();
                if (image.format() == ImageFormat.RAW) {
                    assertEquals(expected, RawImages.sha256(Path.of(image.location())), image.location());
                } else {
                    Shell.run("qemu-img", "compare", "-f", "qcow2", "-F", "raw", image.location(), source.toString());
                }
            }
            assertEquals(5, driver.listImages(pool.device()).size());
        }
    }

    private static void assertSparse(Path file) throws Exception {
        long allocated = Shell.allocatedBytes(file);
        assertTrue(allocated <= (DATA_MiB + 4) << 20 && allocated >= DATA_MiB << 20,
                file + " has " + allocated + " bytes allocated for " + DATA_MiB + " MiB of data in " + SIZE_MiB + " MiB");
    }

    @Test
    void copyOnWriteVolumeIsBackedByTheMasterWhichCannotBeDeletedUnderIt() throws Exception {
        try (TempDirPool pool = TempDirPool.create()) {
            Path source = source();
            ImageRef master = driver.importImage(pool.device(), source, ImageFormat.RAW, "web", null);
            ImageRef cow = driver.cloneImage(pool.device(), master, "web-01", CloneMethod.COW, null);
            ImageRef cow2 = driver.cloneImage(pool.device(), master, "web-02", CloneMethod.COW, null);
            Path overlay = Path.of(cow.location());
            assertEquals(pool.directory.resolve("web-01.qcow2"), overlay);
            String info = Shell.qemuImgInfo(overlay);
            assertTrue(info.contains("\"format\": \"qcow2\"") && info.contains("\"backing-filename\": \""
                    + master.location() + "\"") && info.contains("\"backing-filename-format\": \"raw\""), info);
            assertEquals(master.location(), cow.backing());
            assertTrue(Shell.allocatedBytes(overlay) < 1 << 20, "a fresh overlay holds no data");
            Shell.run("qemu-img", "compare", "-f", "qcow2", "-F", "raw", overlay.toString(), source.toString());
            assertEquals(null, driver.localRawFile(pool.device(), cow), "a qcow2 volume is no raw file");

            String refused = assertThrows(DriverException.class, () -> driver.deleteImage(pool.device(), master))
                    .getMessage();
            assertTrue(refused.contains("still depend on it: ") && refused.contains("web-01.qcow2")
                    && refused.contains("web-02.qcow2"), refused);
            assertThrows(DriverException.class, () -> driver.deleteImageNamed(pool.device(), "web"));
            assertTrue(Files.exists(Path.of(master.location())));

            ImageRef captured = driver.captureImage(pool.device(), cow, "web-v2", null);
            String capturedInfo = Shell.qemuImgInfo(Path.of(captured.location()));
            assertFalse(capturedInfo.contains("backing-filename"), capturedInfo);
            Shell.run("qemu-img", "compare", "-f", "qcow2", "-F", "raw", captured.location(), source.toString());

            driver.deleteImage(pool.device(), cow);
            driver.deleteImage(pool.device(), cow2);
            driver.deleteImage(pool.device(), master);
            assertFalse(Files.exists(Path.of(master.location())));
            driver.deleteImage(pool.device(), captured);
        }
    }

    @Test
    void aCancelledCopyLeavesNoVolumeAndNoFile() throws Exception {
        try (TempDirPool pool = TempDirPool.create()) {
            ImageRef master = driver.importImage(pool.device(), source(), ImageFormat.RAW, "web", null);
            for (CloneMethod method : List.of(CloneMethod.VOLUME_COPY, CloneMethod.COW)) {
                assertThrows(OperationCanceledException.class,
                        () -> driver.cloneImage(pool.device(), master, "web-01", method, new RecordingMonitor(2)));
                assertEquals(List.of(master.location()),
                        driver.listImages(pool.device()).stream().map(ImageRef::location).toList(), method.name());
                try (var files = Files.list(pool.directory)) {
                    assertEquals(List.of(Path.of(master.location())), files.toList(), method.name());
                }
            }
            assertThrows(OperationCanceledException.class, () -> driver.importImage(pool.device(), source(),
                    ImageFormat.RAW, "other", new RecordingMonitor(2)));
            assertEquals(1, driver.listImages(pool.device()).size());
        }
    }

    @Test
    void wrongUriUnknownAndInactivePoolsAreExplained() throws Exception {
        try (TempDirPool pool = TempDirPool.create()) {
            String unknown = assertThrows(DriverException.class,
                    () -> driver.validate(new org.encompass.core.spi.StorageDeviceSpec("p", "libvirt-pool",
                            TempDirPool.URI + "#no-such-pool"))).getMessage();
            assertTrue(unknown.contains("no storage pool no-such-pool on qemu:///system") && unknown.contains(pool.name),
                    unknown);
            String wrongUri = assertThrows(DriverException.class,
                    () -> driver.validate(new org.encompass.core.spi.StorageDeviceSpec("p", "libvirt-pool",
                            "qemu:///nosuchinstance#" + pool.name))).getMessage();
            assertTrue(wrongUri.startsWith("Cannot connect to qemu:///nosuchinstance"), wrongUri);
            pool.stop();
            String inactive = assertThrows(DriverException.class, () -> driver.validate(pool.device())).getMessage();
            assertTrue(inactive.contains("is not active"), inactive);
        }
    }
}
