package org.encompass.driver.storage.file.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.QemuStorageDaemon;
import org.encompass.core.spi.RawImage;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.driver.storage.file.internal.FileStorageDriver;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy-on-write (qcow2) clone opened as a raw file through qemu-storage-daemon's FUSE export and
 * customized with the real ext4 tools: the clone changes, its master does not.
 */
class CowCustomizationExportTest {
    @TempDir
    Path work;
    private final FileStorageDriver driver = new FileStorageDriver();
    private StorageDeviceSpec device;
    private ImageRef master;

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/fuse")) && Files.isWritable(Path.of("/dev/fuse")),
                "FUSE exports need /dev/fuse (as root here)");
        Path nas = Files.createDirectory(work.resolve("nas"));
        device = new StorageDeviceSpec("nas", "file", nas.toString());
        Path tree = Files.createDirectories(work.resolve("tree/etc"));
        Files.writeString(tree.resolve("hostname"), "localhost\n");
        Path image = work.resolve("web.img");
        Shell.run("mkfs.ext4", "-q", "-d", work.resolve("tree").toString(), image.toString(), "16M");
        master = driver.importImage(device, image, ImageFormat.RAW, "web", null);
    }

    @Test
    void writesThroughTheExportLandInTheCloneOnly() throws Exception {
        byte[] masterBefore = Files.readAllBytes(Path.of(master.location()));
        ImageRef clone = driver.cloneImage(device, master, "web-01", CloneMethod.COW, null);
        try (RawImage raw = driver.openRaw(device, clone); ImageFiles files = ImageFilesFactory.open(raw.file())) {
            assertEquals("localhost\n", new String(files.read("/etc/hostname"), StandardCharsets.UTF_8));
            files.write("/etc/hostname", "web01\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("web01\n", hostnameIn(clone), "the clone holds the new file after the export stopped");
        assertEquals(java.util.Arrays.hashCode(masterBefore), java.util.Arrays.hashCode(Files.readAllBytes(Path.of(master.location()))),
                "the master's bytes are unchanged");
        assertEquals(List.of("web-01.qcow2", "web.img"), names(work.resolve("nas")), "no export file left behind");
    }

    @Test
    void aBrokenOverlayIsAClearErrorAndLeavesNoDaemon() throws Exception {
        Path broken = work.resolve("nas/broken.qcow2");
        Files.writeString(broken, "not a qcow2 image");
        DriverException e = assertThrows(DriverException.class,
                () -> driver.openRaw(device, new ImageRef(broken.toString(), ImageFormat.QCOW2)).close());
        assertTrue(e.getMessage().contains("broken.qcow2"), e.getMessage());
        assertFalse(QemuStorageDaemon.SHARED.openImages().stream().anyMatch(file -> file.endsWith("broken.qcow2")),
                "the daemon does not hold the refused image");
        assertEquals(List.of(), exportMounts(), "no export left mounted");
    }

    @Test
    void manyClonesExportedAtOnceShareOneDaemon() throws Exception {
        List<ImageRef> clones = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clones.add(driver.cloneImage(device, master, "web-" + i, CloneMethod.COW, null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clones.size());
        try {
            List<Future<Long>> daemons = new ArrayList<>();
            for (int i = 0; i < clones.size(); i++) {
                ImageRef clone = clones.get(i);
                String name = "web" + i + "\n";
                daemons.add(pool.submit(() -> {
                    try (RawImage raw = driver.openRaw(device, clone); ImageFiles files = ImageFilesFactory.open(raw.file())) {
                        files.write("/etc/hostname", name.getBytes(StandardCharsets.UTF_8));
                        return QemuStorageDaemon.SHARED.pid();
                    }
                }));
            }
            Set<Long> pids = new HashSet<>();
            for (Future<Long> daemon : daemons) {
                pids.add(daemon.get(2, TimeUnit.MINUTES));
            }
            assertEquals(1, pids.size(), "one daemon served every export: " + pids);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < clones.size(); i++) {
            assertEquals("web" + i + "\n", hostnameIn(clones.get(i)), "clone " + i + " holds its own name");
        }
        assertEquals(List.of(), QemuStorageDaemon.SHARED.openImages(), "every image was closed");
        assertEquals(List.of(), exportMounts(), "no export left mounted");
    }

    @Test
    void aDaemonKilledDuringAnExportFailsTheCloseClearlyAndTheNextExportWorks() throws Exception {
        ImageRef clone = driver.cloneImage(device, master, "web-01", CloneMethod.COW, null);
        RawImage raw = driver.openRaw(device, clone);
        Shell.run("kill", "-9", Long.toString(QemuStorageDaemon.SHARED.pid()));
        DriverException e = assertThrows(DriverException.class, raw::close);
        assertTrue(e.getMessage().contains("may miss the last writes"), e.getMessage());
        assertEquals(List.of(), exportMounts(), "the dead export was unmounted");
        try (RawImage again = driver.openRaw(device, clone); ImageFiles files = ImageFilesFactory.open(again.file())) {
            assertEquals("localhost\n", new String(files.read("/etc/hostname"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void anIdleDaemonStops() throws Exception {
        QemuStorageDaemon daemon = new QemuStorageDaemon(Duration.ofMillis(200));
        ImageRef clone = driver.cloneImage(device, master, "web-01", CloneMethod.COW, null);
        daemon.exportQcow2(Path.of(clone.location())).close();
        long pid = daemon.pid();
        for (int i = 0; i < 200 && daemon.pid() != -1; i++) {
            Thread.sleep(50);
        }
        assertEquals(-1, daemon.pid(), "the daemon stopped once idle");
        assertEquals(1, Shell.status("kill", "-0", Long.toString(pid)), "its process is gone");
    }

    @Test
    void aDaemonLeftBehindByADeadJvmIsStoppedByTheNextStart() throws Exception {
        Process deadOwner = new ProcessBuilder("true").start();
        deadOwner.waitFor();
        Path left = Files.createTempDirectory("encompass-qsd-");
        Process orphan = new ProcessBuilder("qemu-storage-daemon", "--chardev",
                "socket,id=qmp,server=on,wait=off,path=" + left.resolve("qmp.sock"), "--monitor", "chardev=qmp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Files.writeString(left.resolve("owner.pid"), Long.toString(deadOwner.pid()));
        Files.writeString(left.resolve("daemon.pid"), Long.toString(orphan.pid()));
        QemuStorageDaemon daemon = new QemuStorageDaemon(Duration.ofSeconds(1));
        try {
            ImageRef clone = driver.cloneImage(device, master, "web-01", CloneMethod.COW, null);
            daemon.exportQcow2(Path.of(clone.location())).close();
            assertTrue(orphan.waitFor(30, TimeUnit.SECONDS), "the daemon whose JVM is gone was stopped");
            assertFalse(Files.exists(left), "its directory was removed");
        } finally {
            orphan.destroyForcibly();
            daemon.stop();
        }
    }

    @Test
    void onlyTheDaemonOfADeadOwnerIsStoppedNeverAnUnrelatedProcessWithItsPid() throws Exception {
        Process deadOwner = new ProcessBuilder("true").start();
        deadOwner.waitFor();
        // a qemu-storage-daemon that is not the one the directory started (its socket is elsewhere)
        Process unrelated = new ProcessBuilder("qemu-storage-daemon").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path left = Files.createTempDirectory("encompass-qsd-");
        Files.writeString(left.resolve("owner.pid"), Long.toString(deadOwner.pid()));
        Files.writeString(left.resolve("daemon.pid"), Long.toString(unrelated.pid()));
        try {
            List<String> reaped = driver.stopLeftoversOfDeadProcesses();
            assertTrue(reaped.stream().anyMatch(r -> r.contains(left.toString()) && r.contains("no daemon still running")),
                    reaped.toString());
            assertFalse(Files.exists(left), "the dead owner's directory was removed");
            assertTrue(unrelated.isAlive(), "the unrelated daemon was not signalled");
        } finally {
            unrelated.destroyForcibly();
        }
    }

    private static List<String> exportMounts() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream().filter(line -> line.contains("encompass-export-"))
                .toList();
    }

    /** Reads /etc/hostname of a qcow2 image by converting it to raw (independent of the export). */
    private String hostnameIn(ImageRef clone) throws Exception {
        Path flat = work.resolve("flat.raw");
        Shell.run("qemu-img", "convert", "-O", "raw", clone.location(), flat.toString());
        try (ImageFiles files = ImageFilesFactory.open(flat)) {
            return new String(files.read("/etc/hostname"), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (var list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
