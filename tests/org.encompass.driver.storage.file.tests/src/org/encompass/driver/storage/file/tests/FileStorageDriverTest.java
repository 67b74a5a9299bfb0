package org.encompass.driver.storage.file.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.driver.storage.file.internal.FileStorageDriver;
import org.encompass.tests.support.RawImages;
import org.encompass.tests.support.RecordingMonitor;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file storage driver against a real directory on the machine's file system (ext4 here, so no
 * reflinks) with the real cp and qemu-img.
 */
class FileStorageDriverTest {
    private static final long MiB = RawImages.MiB;

    @TempDir
    Path work;

    private Path deviceDir;
    private StorageDeviceSpec device;
    private final FileStorageDriver driver = new FileStorageDriver();
    private ImageRef master;

    @BeforeEach
    void setUp() throws IOException {
        deviceDir = Files.createDirectory(work.resolve("nas"));
        device = new StorageDeviceSpec("nas1", "file", deviceDir.toString());
        master = new ImageRef(RawImages.sparseEvery(deviceDir.resolve("master.img"), 64, 8, 42).toString(),
                ImageFormat.RAW);
    }

    @Test
    void validateAcceptsAWritableDirectory() throws DriverException {
        driver.validate(device);
        assertEquals(List.of("master.img"), fileNames(deviceDir), "the write probe left nothing behind");
    }

    @Test
    void validateExplainsAMissingDirectory() {
        DriverException e = assertThrows(DriverException.class,
                () -> driver.validate(new StorageDeviceSpec("gone", "file", work.resolve("gone").toString())));
        assertTrue(e.getMessage().contains("'gone'") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void validateRefusesAFileAndARelativePath() throws IOException {
        Path file = Files.writeString(work.resolve("plain-file"), "x");
        DriverException notDir = assertThrows(DriverException.class,
                () -> driver.validate(new StorageDeviceSpec("f", "file", file.toString())));
        assertTrue(notDir.getMessage().contains("is not a directory"), notDir.getMessage());
        DriverException relative = assertThrows(DriverException.class,
                () -> driver.validate(new StorageDeviceSpec("r", "file", "relative/dir")));
        assertTrue(relative.getMessage().contains("absolute"), relative.getMessage());
    }

    @Test
    void validateAcceptsAFileUri() throws DriverException {
        driver.validate(new StorageDeviceSpec("uri", "file", deviceDir.toUri().toString()));
    }

    @Test
    void ext4OffersEverythingButReflink() throws DriverException {
        assertEquals(Set.of(CloneMethod.SPARSE, CloneMethod.FULL, CloneMethod.COW), driver.supportedMethods(device));
        assertEquals(List.of("master.img"), fileNames(deviceDir), "the reflink probe left nothing behind");
    }

    @Test
    void sparseCloneKeepsHolesAndBytes() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        ImageRef clone = driver.cloneImage(device, master, "web-01", CloneMethod.SPARSE, monitor);

        Path file = deviceDir.resolve("web-01.img");
        assertEquals(new ImageRef(file.toString(), ImageFormat.RAW), clone);
        assertEquals(64 * MiB, Files.size(file), "the trailing hole is kept as length");
        assertEquals(RawImages.sha256(Path.of(master.location())), RawImages.sha256(file));
        long allocated = Shell.allocatedBytes(file);
        assertTrue(allocated <= 8 * MiB + MiB, "7 MiB of data stays about 7 MiB allocated, was " + allocated);
        assertTrue(monitor.totalWork() > 0 && monitor.worked() >= monitor.totalWork() * 0.99,
                "progress reached the end: " + monitor.worked() + " of " + monitor.totalWork());
    }

    @Test
    void fullCloneWritesEveryBlock() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        ImageRef clone = driver.cloneImage(device, master, "web-02", CloneMethod.FULL, monitor);

        Path file = Path.of(clone.location());
        assertEquals(deviceDir.resolve("web-02.img"), file);
        assertEquals(RawImages.sha256(Path.of(master.location())), RawImages.sha256(file));
        assertTrue(Shell.allocatedBytes(file) >= 64 * MiB, "every block allocated");
        assertTrue(monitor.worked() >= monitor.totalWork() * 0.99, monitor.worked() + " of " + monitor.totalWork());
    }

    @Test
    void fullCopiesAreWrittenBehindAndFlushedOnRequest() throws Exception {
        assertTrue(driver.writesBehind(CloneMethod.SPARSE));
        assertTrue(driver.writesBehind(CloneMethod.FULL));
        assertFalse(driver.writesBehind(CloneMethod.COW), "an overlay is not byte-identical to its master");
        assertFalse(driver.writesBehind(CloneMethod.REFLINK));
        ImageRef planned = driver.plannedClone(device, master, "behind", CloneMethod.SPARSE);
        assertFalse(Files.exists(Path.of(planned.location())), "planning writes nothing");
        ImageRef clone = driver.cloneImage(device, master, "behind", CloneMethod.SPARSE, null);
        assertEquals(planned, clone, "the copy lands where it was planned (the engine registered it there)");
        assertEquals(driver.plannedClone(device, master, "behind-full", CloneMethod.FULL),
                driver.cloneImage(device, master, "behind-full", CloneMethod.FULL, null));
        assertNull(driver.plannedClone(device, master, "overlay", CloneMethod.COW), "only write-behind copies are planned");
        DriverException taken = assertThrows(DriverException.class,
                () -> driver.plannedClone(device, master, "behind", CloneMethod.SPARSE));
        assertTrue(taken.getMessage().contains("already exists"), taken.getMessage());
        driver.flush(device, clone);
        assertEquals(driver.sha256(device, master, null), driver.sha256(device, clone, null), "the flushed copy is the master's bytes");
        Files.delete(Path.of(clone.location()));
        DriverException gone = assertThrows(DriverException.class, () -> driver.flush(device, clone));
        assertTrue(gone.getMessage().contains(clone.location()), gone.getMessage());
    }

    @Test
    void aCopyIsPublishedOnlyWhenItsPublicationAllowsItAndLeavesNothingWhenRefused() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean askedBeforePublishing = new java.util.concurrent.atomic.AtomicBoolean();
        ImageRef clone = driver.cloneImage(device, master, "web-01", CloneMethod.COW, () -> {
            askedBeforePublishing.set(!Files.exists(deviceDir.resolve("web-01.qcow2")));
        }, null);
        assertTrue(askedBeforePublishing.get(), "the publication was asked while nothing carried the name");
        assertEquals(deviceDir.resolve("web-01.qcow2").toString(), clone.location());

        DriverException refused = assertThrows(DriverException.class, () -> driver.cloneImage(device, master, "web-02",
                CloneMethod.SPARSE, () -> {
                    throw new DriverException("its start could not be journaled");
                }, null));
        assertEquals("its start could not be journaled", refused.getMessage());
        assertEquals(List.of("master.img", "web-01.qcow2"), fileNames(deviceDir), "no image, no staging file");
    }

    @Test
    void cowCloneIsAQcow2OverlayOnTheMaster() throws Exception {
        ImageRef clone = driver.cloneImage(device, master, "web-03", CloneMethod.COW, null);

        Path file = deviceDir.resolve("web-03.qcow2");
        assertEquals(new ImageRef(file.toString(), ImageFormat.QCOW2, master.location()), clone);
        String info = Shell.qemuImgInfo(file);
        assertTrue(info.contains("\"format\": \"qcow2\""), info);
        assertTrue(info.contains("\"backing-filename\": \"" + master.location() + "\""), info);
        assertTrue(info.contains("\"backing-filename-format\": \"raw\""), info);
        assertEquals(64 * MiB, driver.virtualSize(device, clone));
        assertTrue(Files.size(file) < MiB, "an overlay holds no data yet");
    }

    @Test
    void laterOverlaysOfAMasterAreWhatQemuImgWritesAndFollowAChangedMaster() throws Exception {
        driver.cloneImage(device, master, "first", CloneMethod.COW, null); // qemu-img creates this one
        ImageRef second = driver.cloneImage(device, master, "second", CloneMethod.COW, null);

        Path reference = work.resolve("reference.qcow2");
        Shell.run("qemu-img", "create", "-q", "-f", "qcow2", "-b", master.location(), "-F", "raw", reference.toString());
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(Path.of(second.location())),
                "a copied empty overlay is byte for byte what qemu-img writes");
        Shell.run("qemu-img", "check", "-q", second.location());

        try (var file = new java.io.RandomAccessFile(master.location(), "rw")) {
            file.setLength(128 * MiB); // a changed master: its overlays must say the new size
        }
        ImageRef third = driver.cloneImage(device, master, "third", CloneMethod.COW, null);
        assertEquals(128 * MiB, driver.virtualSize(device, third));
        assertEquals(64 * MiB, driver.virtualSize(device, second));
    }

    @Test
    void reflinkOnExt4IsRefusedWithAlternatives() {
        DriverException e = assertThrows(DriverException.class,
                () -> driver.cloneImage(device, master, "web-04", CloneMethod.REFLINK, null));
        assertTrue(e.getMessage().contains("does not support reflinks"), e.getMessage());
        assertTrue(e.getMessage().contains("SPARSE, FULL or COW"), e.getMessage());
        assertEquals(List.of("master.img"), fileNames(deviceDir));
    }

    @Test
    void volumeCopyIsRefused() {
        DriverException e = assertThrows(DriverException.class,
                () -> driver.cloneImage(device, master, "web-05", CloneMethod.VOLUME_COPY, null));
        assertTrue(e.getMessage().contains("volume copy"), e.getMessage());
    }

    @Test
    void badNamesAreRefusedAndNothingIsWritten() {
        for (String bad : new String[] { "", "a/b", "..", "../escape", "a..b", "with space", ".hidden", "x\\y",
                "ümlaut" }) {
            DriverException e = assertThrows(DriverException.class,
                    () -> driver.cloneImage(device, master, bad, CloneMethod.SPARSE, null), "name '" + bad + "'");
            assertTrue(e.getMessage().toLowerCase().contains("name"), e.getMessage());
        }
        assertEquals(List.of("master.img"), fileNames(deviceDir));
        assertFalse(Files.exists(work.resolve("escape.img")));
    }

    @Test
    void anExistingImageIsNeverOverwritten() throws Exception {
        Path taken = Files.writeString(deviceDir.resolve("taken.qcow2"), "precious");
        for (CloneMethod method : List.of(CloneMethod.SPARSE, CloneMethod.FULL, CloneMethod.COW)) {
            DriverException e = assertThrows(DriverException.class,
                    () -> driver.cloneImage(device, master, "taken", method, null));
            assertTrue(e.getMessage().contains("already exists"), e.getMessage());
        }
        assertEquals("precious", Files.readString(taken));
    }

    @Test
    void cancellingAFullCopyLeavesNothing() throws Exception {
        RecordingMonitor cancelSoon = new RecordingMonitor(5);
        assertThrows(OperationCanceledException.class,
                () -> driver.cloneImage(device, master, "cancelled", CloneMethod.FULL, cancelSoon));
        assertEquals(List.of("master.img"), fileNames(deviceDir));
    }

    @Test
    void cancellingASparseCopyKillsCpAndLeavesNothing() throws Exception {
        // 1 GiB of non-zero data: cp needs well over the 100 ms before the first cancellation check.
        ImageRef big = new ImageRef(RawImages.filled(deviceDir.resolve("big.img"), 1024, (byte) 7).toString(),
                ImageFormat.RAW);
        RecordingMonitor cancelAtFirstPoll = new RecordingMonitor(2);
        long start = System.nanoTime();
        assertThrows(OperationCanceledException.class,
                () -> driver.cloneImage(device, big, "cancelled", CloneMethod.SPARSE, cancelAtFirstPoll));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "cancelled promptly");
        assertEquals(List.of("big.img", "master.img"), fileNames(deviceDir));
    }

    @Test
    void aFailingToolReportsItsErrorAndLeavesNothing() {
        // The master is raw, but the ref claims qcow2: qemu-img refuses to use it as a qcow2 backing file.
        ImageRef lying = new ImageRef(master.location(), ImageFormat.QCOW2);
        DriverException e = assertThrows(DriverException.class,
                () -> driver.cloneImage(device, lying, "broken", CloneMethod.COW, null));
        assertTrue(e.getMessage().contains("qemu-img"), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("qcow2"), "stderr is in the message: " + e.getMessage());
        assertEquals(List.of("master.img"), fileNames(deviceDir));
    }

    @Test
    void aMissingSourceIsNamed() {
        ImageRef missing = new ImageRef(deviceDir.resolve("nope.img").toString(), ImageFormat.RAW);
        DriverException e = assertThrows(DriverException.class,
                () -> driver.cloneImage(device, missing, "x", CloneMethod.SPARSE, null));
        assertTrue(e.getMessage().contains("nope.img") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void importCopiesSparseAndChecksTheFormat() throws Exception {
        Path outside = RawImages.sparseEvery(work.resolve("download.img"), 32, 4, 7);
        ImageRef imported = driver.importImage(device, outside, ImageFormat.RAW, "ubuntu", new RecordingMonitor());

        Path file = deviceDir.resolve("ubuntu.img");
        assertEquals(new ImageRef(file.toString(), ImageFormat.RAW), imported);
        assertEquals(RawImages.sha256(outside), RawImages.sha256(file));
        assertTrue(Shell.allocatedBytes(file) <= 9 * MiB, "stayed sparse");

        DriverException e = assertThrows(DriverException.class,
                () -> driver.importImage(device, outside, ImageFormat.QCOW2, "liar", null));
        assertTrue(e.getMessage().contains("is a raw image, not qcow2"), e.getMessage());
        assertFalse(Files.exists(deviceDir.resolve("liar.qcow2")));
    }

    @Test
    void importRefusesAnOverlay() throws Exception {
        Path overlay = work.resolve("overlay.qcow2");
        Shell.run("qemu-img", "create", "-q", "-f", "qcow2", "-b", master.location(), "-F", "raw",
                overlay.toString());
        DriverException e = assertThrows(DriverException.class,
                () -> driver.importImage(device, overlay, ImageFormat.QCOW2, "overlay", null));
        assertTrue(e.getMessage().contains("backing file"), e.getMessage());
        assertFalse(Files.exists(deviceDir.resolve("overlay.qcow2")));
    }

    @Test
    void captureFlattensAnOverlayIntoAStandaloneMaster() throws Exception {
        ImageRef clone = driver.cloneImage(device, master, "maint", CloneMethod.COW, null);
        // the operator changes the clone: 1 MiB of 0x77 at 3 MiB, where the master has a hole
        Shell.run("qemu-io", "-f", "qcow2", "-c", "write -P 0x77 3M 1M", clone.location());

        RecordingMonitor monitor = new RecordingMonitor();
        ImageRef captured = driver.captureImage(device, clone, "golden-2", monitor);

        Path file = deviceDir.resolve("golden-2.qcow2");
        assertEquals(new ImageRef(file.toString(), ImageFormat.QCOW2), captured);
        String info = Shell.qemuImgInfo(file);
        assertFalse(info.contains("backing-filename"), "stands alone: " + info);
        Shell.run("qemu-img", "compare", "-f", "qcow2", "-F", "qcow2", clone.location(), file.toString());
        assertNotEquals(0, Shell.status("qemu-img", "compare", "-q", "-f", "qcow2", "-F", "raw", file.toString(),
                master.location()), "the capture holds the change, not just the master");
        assertTrue(monitor.worked() >= monitor.totalWork() * 0.99, monitor.worked() + " of " + monitor.totalWork());
    }

    @Test
    void captureOfARawCloneIsASparseCopy() throws Exception {
        ImageRef clone = driver.cloneImage(device, master, "raw-clone", CloneMethod.SPARSE, null);
        ImageRef captured = driver.captureImage(device, clone, "raw-master", null);
        Path file = deviceDir.resolve("raw-master.img");
        assertEquals(new ImageRef(file.toString(), ImageFormat.RAW), captured);
        assertEquals(RawImages.sha256(Path.of(master.location())), RawImages.sha256(file));
        assertTrue(Shell.allocatedBytes(file) <= 9 * MiB);
    }

    @Test
    void deleteIsIdempotentAndStaysOnTheDevice() throws Exception {
        ImageRef clone = driver.cloneImage(device, master, "doomed", CloneMethod.COW, null);
        driver.deleteImage(device, clone);
        assertFalse(Files.exists(Path.of(clone.location())));
        driver.deleteImage(device, clone);

        Path elsewhere = Files.writeString(work.resolve("elsewhere.img"), "keep");
        DriverException e = assertThrows(DriverException.class,
                () -> driver.deleteImage(device, new ImageRef(elsewhere.toString(), ImageFormat.RAW)));
        assertTrue(e.getMessage().contains("not on this device"), e.getMessage());
        ImageRef sneaky = new ImageRef(deviceDir.resolve("../elsewhere.img").toString(), ImageFormat.RAW);
        assertThrows(DriverException.class, () -> driver.deleteImage(device, sneaky));
        assertTrue(Files.exists(elsewhere));
    }

    @Test
    void deleteImageNamedRemovesEveryFormatAndLeftoverStagingFiles() throws Exception {
        Files.writeString(deviceDir.resolve("half.img"), "x");
        Files.writeString(deviceDir.resolve("half.qcow2"), "x");
        Files.writeString(deviceDir.resolve(".half.img.0b9c.partial"), "x");
        Files.writeString(deviceDir.resolve("half-other.img"), "keep");
        driver.deleteImageNamed(device, "half");
        driver.deleteImageNamed(device, "half");
        assertEquals(List.of("half-other.img", "master.img"), fileNames(deviceDir));
        assertThrows(DriverException.class, () -> driver.deleteImageNamed(device, "../master"));
    }

    @Test
    void listImagesShowsImagesAndStagingFilesAndReclaimDeletesOnlyThose() throws Exception {
        Files.writeString(deviceDir.resolve(".left.img.0b9c.partial"), "x");
        Files.writeString(deviceDir.resolve("notes.txt"), "not an image");
        Files.createDirectories(deviceDir.resolve("sub.img"));
        List<String> listed = driver.listImages(device).stream().map(ImageRef::location).toList();
        assertEquals(List.of(deviceDir.resolve(".left.img.0b9c.partial").toString(),
                deviceDir.resolve("master.img").toString()), listed);
        driver.reclaim(device, new ImageRef(deviceDir.resolve(".left.img.0b9c.partial").toString(), ImageFormat.RAW));
        assertFalse(Files.exists(deviceDir.resolve(".left.img.0b9c.partial")));
        assertThrows(DriverException.class, () -> driver.reclaim(device,
                new ImageRef(deviceDir.resolve("notes.txt").toString(), ImageFormat.RAW)));
        Path outside = Files.writeString(deviceDir.getParent().resolve("outside.img"), "keep");
        assertThrows(DriverException.class, () -> driver.reclaim(device, new ImageRef(outside.toString(), ImageFormat.RAW)));
        assertTrue(Files.exists(outside));
    }

    @Test
    void progressOfASparseCloneAddsUpToTheWholeCopy() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        driver.cloneImage(device, master, "progress", CloneMethod.SPARSE, monitor);
        assertTrue(monitor.worked() >= monitor.totalWork() * 0.99, monitor.worked() + " of " + monitor.totalWork());
    }

    @Test
    void sha256MatchesTheJdkAndReportsProgress() throws Exception {
        RecordingMonitor monitor = new RecordingMonitor();
        assertEquals(RawImages.sha256(Path.of(master.location())), driver.sha256(device, master, monitor));
        assertTrue(monitor.worked() >= monitor.totalWork() * 0.99, monitor.worked() + " of " + monitor.totalWork());
        Path empty = Files.createFile(deviceDir.resolve("empty.img"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                driver.sha256(device, new ImageRef(empty.toString(), ImageFormat.RAW), null));
        assertThrows(OperationCanceledException.class, () -> driver.sha256(device, master, new RecordingMonitor(1)));
    }

    @Test
    void virtualSizeOfRawAndQcow2() throws Exception {
        assertEquals(64 * MiB, driver.virtualSize(device, master));
        Path standalone = deviceDir.resolve("disk.qcow2");
        Shell.run("qemu-img", "create", "-q", "-f", "qcow2", standalone.toString(), "10G");
        assertEquals(10L << 30, driver.virtualSize(device, new ImageRef(standalone.toString(), ImageFormat.QCOW2)));
    }

    @Test
    void localRawFileOnlyForRaw() throws Exception {
        assertEquals(Path.of(master.location()), driver.localRawFile(device, master));
        ImageRef overlay = driver.cloneImage(device, master, "ov", CloneMethod.COW, null);
        assertNull(driver.localRawFile(device, overlay));
    }

    @Test
    void clonesOfAnOverlayKeepTheBackingFile() throws Exception {
        ImageRef overlay = driver.cloneImage(device, master, "base-ov", CloneMethod.COW, null);
        ImageRef copy = driver.cloneImage(device, overlay, "copy-ov", CloneMethod.SPARSE, null);
        assertEquals(master.location(), copy.backing());
        assertEquals(ImageFormat.QCOW2, copy.format());
        assertArrayEquals(Files.readAllBytes(Path.of(overlay.location())), Files.readAllBytes(Path.of(copy.location())));
    }

    private static List<String> fileNames(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
