package org.encompass.driver.blade.ipmi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;

import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
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

    @Test
    void aCopyOnWriteCloneIsRefusedAndLeavesNothing() throws Exception {
        try (Blades blades = Blades.start(dir, "cow", 1, 16460);
                BladeConnection c = driver.connect(blades.address(), blades.credentials())) {
            DriverException e = assertThrows(DriverException.class,
                    () -> c.mapBootVolume("1", new ImageRef(dir.resolve("clone.qcow2").toString(), ImageFormat.QCOW2, "/m.img")));
            assertTrue(e.getMessage().startsWith("a blade boots raw images only: tgt cannot serve the qcow2 image"), e.getMessage());
            assertFalse(Blades.tgtShow().contains("encompass:cow."));
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

    static Path sparse(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(64L << 20);
        }
        return file;
    }
}
