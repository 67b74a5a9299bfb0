package org.encompass.driver.blade.ipmi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.QemuStorageDaemon;
import org.encompass.driver.blade.ipmi.internal.IpmiBladeDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Boot volumes as real tgt targets: created, shown by tgtadm, limited to the blade, removed. */
class TgtBootVolumeTest {
    @TempDir
    Path dir;

    private final BladeDriver driver = new IpmiBladeDriver();

    @BeforeAll
    static void tgtd() throws Exception {
        Blades.tgtd();
    }

    @Test
    void mapMakesATargetWithTheImageAndTheBladesAclAndUnmapRemovesIt() throws Exception {
        Path image = sparse(dir.resolve("clone.img"));
        try (Blades blades = Blades.start(dir, "map", 2, 16450);
                BladeConnection c = driver.connect(blades.address(), blades.credentials())) {
            String target = "iqn.2026-12.org.encompass:map.slot2";
            assertFalse(Blades.tgtShow().contains(target));
            c.setBootDevice("2", BootDevice.DISK);

            c.mapBootVolume("2", new ImageRef(image.toString(), ImageFormat.RAW));
            String shown = Blades.tgtShow();
            String block = shown.substring(shown.indexOf(target));
            assertTrue(block.contains("Backing store path: " + image), shown);
            assertTrue(block.contains("iqn.2010-04.org.ipxe:" + c.describe("2").guid()), "the ACL names the blade's initiator: " + shown);
            assertFalse(block.contains("ALL"), "no other initiator: " + shown);
            assertEquals(BootDevice.NETWORK, c.describe("2").boot(), "the next boot is from the network");

            c.mapBootVolume("2", new ImageRef(image.toString(), ImageFormat.RAW)); // again: same target
            assertEquals(shown, Blades.tgtShow());

            Path other = sparse(dir.resolve("other.img"));
            DriverException taken = assertThrows(DriverException.class,
                    () -> c.mapBootVolume("2", new ImageRef(other.toString(), ImageFormat.RAW)));
            assertEquals("slot 2 of chassis map already boots " + image + " (detach that clone first)", taken.getMessage());

            c.unmapBootVolume("2");
            assertFalse(Blades.tgtShow().contains(target), "target and LUN are gone");
            c.unmapBootVolume("2"); // again: nothing to do
        }
    }

    @Test
    void onlyTheBladesInitiatorMayLogInToItsLun() throws Exception {
        Path image = sparse(dir.resolve("acl.img"));
        try (Blades blades = Blades.start(dir, "acl", 1, 16490);
                BladeConnection c = driver.connect(blades.address(), blades.credentials())) {
            c.mapBootVolume("1", new ImageRef(image.toString(), ImageFormat.RAW));
            String target = "iqn.2026-12.org.encompass:acl.slot1";
            String blade = "iqn.2010-04.org.ipxe:" + c.describe("1").guid();
            String asBlade = Blades.readLun(target, blade);
            assertTrue(asBlade.contains("virtual size: 64 MiB"), "the blade's initiator reads its LUN: " + asBlade);
            String asStranger = Blades.readLun(target, "iqn.2008-11.org.linux-kvm:stranger");
            assertTrue(asStranger.contains("Failed to log in to target"), "another initiator is refused: " + asStranger);
            c.unmapBootVolume("1");
        }
    }

    /**
     * A qcow2 clone's LUN serves the clone's guest-visible bytes (its own where it differs, the master's
     * elsewhere) through a FUSE export; writes through the LUN reach the clone, never the master; a killed
     * export is made again by the next mapping; unmap
     * removes the target, then the export (no daemon, no mount left).
     */
    @Test
    void aCopyOnWriteCloneIsServedAsItsGuestVisibleBytesAndUnmapStopsItsExport() throws Exception {
        Path master = sparse(dir.resolve("master.img"));
        qemuIo(master.toString(), "raw", "write -P 0x11 0 1M");
        Path clone = dir.resolve("clone.qcow2");
        run("qemu-img", "create", "-q", "-f", "qcow2", "-b", master.toString(), "-F", "raw", clone.toString());
        qemuIo(clone.toString(), "qcow2", "write -P 0x22 0 64k");
        String target = "iqn.2026-12.org.encompass:cow.slot1";
        try (Blades blades = Blades.start(dir, "cow", 1, 16460);
                BladeConnection c = driver.connect(blades.address(), blades.credentials())) {
            c.mapBootVolume("1", new ImageRef(clone.toString(), ImageFormat.QCOW2, master.toString()));
            QemuStorageDaemon.HeldExport export = QemuStorageDaemon.heldExport(target);
            assertTrue(export != null && export.image().equals(clone), "the clone is exported for its target");
            String shown = Blades.tgtShow();
            String block = shown.substring(shown.indexOf(target));
            assertTrue(block.contains("Backing store path: " + export.file()), "the LUN is the export, not the master: " + shown);
            c.mapBootVolume("1", new ImageRef(clone.toString(), ImageFormat.QCOW2, master.toString())); // again: the same
            assertEquals(shown, Blades.tgtShow());

            String blade = "iqn.2010-04.org.ipxe:" + c.describe("1").guid();
            String lun = Blades.lunOptions(target, blade);
            String read = qemuIo(lun, null, "read -P 0x22 0 64k", "read -P 0x11 64k 960k", "write -P 0x33 1M 64k");
            assertFalse(read.contains("Pattern verification failed") || read.contains("failed"), read);
            assertTrue(qemuIo(master.toString(), "raw", "read -P 0x00 1M 64k").contains("read 65536/65536"),
                    "the master is untouched");

            c.unmapBootVolume("1");
            assertFalse(Blades.tgtShow().contains(target), "target and LUN are gone");
            assertEquals(null, QemuStorageDaemon.heldExport(target), "the export is gone");
            assertFalse(ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().orElse("").contains(export.file().getParent().toString())),
                    "no qemu-storage-daemon of the export runs");
            assertFalse(Files.readString(Path.of("/proc/self/mounts")).contains(export.file().toString()), "nothing stays mounted");
            String written = qemuIo(clone.toString(), "qcow2", "read -P 0x33 1M 64k");
            assertFalse(written.contains("Pattern verification failed"), "the write through the LUN reached the clone: " + written);

            // the export's daemon killed: mapping again (activate does) makes export and target again
            c.mapBootVolume("1", new ImageRef(clone.toString(), ImageFormat.QCOW2, master.toString()));
            long daemon = Long.parseLong(Files.readString(export.file().resolveSibling("daemon.pid")).strip());
            ProcessHandle.of(daemon).ifPresent(ProcessHandle::destroyForcibly);
            for (int i = 0; i < 100 && ProcessHandle.of(daemon).map(ProcessHandle::isAlive).orElse(false); i++) {
                Thread.sleep(50);
            }
            assertFalse(QemuStorageDaemon.heldRunning(target));
            c.mapBootVolume("1", new ImageRef(clone.toString(), ImageFormat.QCOW2, master.toString()));
            assertTrue(QemuStorageDaemon.heldRunning(target), "exported again");
            String again = qemuIo(lun, null, "read -P 0x22 0 64k", "read -P 0x33 1M 64k");
            assertFalse(again.contains("Pattern verification failed") || again.contains("failed"), again);

            c.unmapBootVolume("1");
            assertEquals(null, QemuStorageDaemon.heldExport(target), "the export is gone");
        }
    }

    /**
     * An export whose target does not exist (the process died between the two, or tgtd was restarted) is
     * stopped at the next engine start; one that its target serves is kept.
     */
    @Test
    void leftoverExportsWithoutTheirTargetAreStoppedAtStart() throws Exception {
        Path master = sparse(dir.resolve("master.img"));
        Path clone = dir.resolve("left.qcow2");
        run("qemu-img", "create", "-q", "-f", "qcow2", "-b", master.toString(), "-F", "raw", clone.toString());
        String lost = "iqn.2026-12.org.encompass:left.slot1";
        String served = "iqn.2026-12.org.encompass:left.slot2";
        try (Blades blades = Blades.start(dir, "left", 2, 16540);
                BladeConnection c = driver.connect(blades.address(), blades.credentials())) {
            QemuStorageDaemon.exportHeld(lost, clone); // as if killed before its target was made
            Path other = dir.resolve("served.qcow2");
            run("qemu-img", "create", "-q", "-f", "qcow2", "-b", master.toString(), "-F", "raw", other.toString());
            c.mapBootVolume("2", new ImageRef(other.toString(), ImageFormat.QCOW2, master.toString()));

            List<String> stopped = driver.stopLeftoversOfDeadProcesses();
            assertTrue(stopped.stream().anyMatch(s -> s.contains(lost)), stopped.toString());
            assertFalse(stopped.stream().anyMatch(s -> s.contains(served)), stopped.toString());
            assertEquals(null, QemuStorageDaemon.heldExport(lost));
            assertTrue(QemuStorageDaemon.heldExport(served) != null, "the served export is kept");
            c.unmapBootVolume("2");
        }
    }

    @Test
    void withoutTgtdMappingFailsClearlyAndLeavesNothing() throws Exception {
        Path image = sparse(dir.resolve("clone.img"));
        String saved = System.getProperty("encompass.tgt.controlPort");
        System.setProperty("encompass.tgt.controlPort", "29"); // no tgtd listens there
        try (Blades blades = Blades.start(dir, "notgt", 1, 16470);
                BladeConnection c = driver.connect(blades.address(), blades.credentials())) {
            c.setBootDevice("1", BootDevice.DISK);
            DriverException e = assertThrows(DriverException.class,
                    () -> c.mapBootVolume("1", new ImageRef(image.toString(), ImageFormat.RAW)));
            assertTrue(e.getMessage().startsWith("tgtd is not running (management channel 29)"), e.getMessage());
            assertEquals(BootDevice.DISK, c.describe("1").boot(), "the boot device is left as it was");
            c.powerOff("1", Duration.ZERO);
        } finally {
            System.setProperty("encompass.tgt.controlPort", saved);
        }
        assertFalse(Blades.tgtShow().contains("encompass:notgt."));
    }

    /** qemu-io's output of {@code commands} on {@code image} (a file with its format, or --image-opts when format is null). */
    static String qemuIo(String image, String format, String... commands) throws Exception {
        List<String> command = new ArrayList<>(List.of("qemu-io"));
        if (format == null) {
            command.add("--image-opts");
        } else {
            command.addAll(List.of("-f", format));
        }
        for (String c : commands) {
            command.addAll(List.of("-c", c));
        }
        command.add(image);
        return run(command.toArray(String[]::new));
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
        return out;
    }

    static Path sparse(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(64L << 20);
        }
        return file;
    }
}
