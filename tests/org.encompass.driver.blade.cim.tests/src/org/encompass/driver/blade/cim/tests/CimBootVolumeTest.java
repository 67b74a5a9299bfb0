package org.encompass.driver.blade.cim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.BladeDriver.MappedSlot;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.tests.support.cim.BladeChassisModel;
import org.encompass.tests.support.cim.CimResponder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CIM blade's boot volume on the real tgtd, made by the iSCSI code the IPMI driver uses too: LUN 1 of the
 * slot's target, the ACL naming the initiator made of the blade's CIM UUID, the blade's boot order network
 * first over CIM; the same image again changes nothing, another is refused, unmapping removes the target.
 */
class CimBootVolumeTest {
    private static final String TGT_CONTROL_PORT = "17"; // releng/scripts/blades.sh's tgtd, shared with the IPMI tests

    @TempDir
    Path dir;

    @BeforeAll
    static void tgtd() throws Exception {
        System.setProperty("encompass.tgt.controlPort", TGT_CONTROL_PORT);
        Path script = null;
        for (Path d = Paths.get("").toAbsolutePath(); d != null && script == null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("releng/scripts/blades.sh"))) {
                script = d.resolve("releng/scripts/blades.sh");
            }
        }
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "tgt-start").redirectErrorStream(true);
        builder.environment().put("ENCOMPASS_BLADES_DIR", Paths.get(System.getProperty("java.io.tmpdir"), "encompass-blades").toString());
        builder.environment().put("ENCOMPASS_TGT_CONTROL_PORT", TGT_CONTROL_PORT);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit == 3) {
            abort("tgtd cannot run here: " + out.trim());
        }
        assertEquals(0, exit, out);
    }

    @Test
    void mapsTheCloneAsTheBladesLunAndBootsItFromTheNetwork() throws Exception {
        Path image = sparse(dir.resolve("clone.img"));
        String target = "iqn.2026-12.org.encompass:cimboot.slot2";
        try (CimResponder responder = new CimResponder(new BladeChassisModel("cimboot", 3), CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD);
                BladeConnection c = Drivers.blades().driver("cim").connect("cim://cimboot?url=" + responder.url(),
                        new Credentials(CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD.toCharArray()))) {
            try {
                assertFalse(tgtShow().contains(target));
                org.encompass.core.spi.BladeDriver.BootVolume volume = c.mapBootVolume("2", new ImageRef(image.toString(), ImageFormat.RAW));
                assertEquals(new org.encompass.core.spi.BladeDriver.BootVolume(target, 1, "127.0.0.1:3261"), volume,
                        "the target, its LUN and the portal tgtd reports");
                String shown = tgtShow();
                String block = shown.substring(shown.indexOf(target));
                assertTrue(block.contains("Backing store path: " + image), shown);
                assertTrue(block.contains("iqn.2010-04.org.ipxe:" + responder.model().uuid(2)), "the ACL names the blade's initiator: " + shown);
                assertEquals(List.of("cimboot:blade2:pxe", "cimboot:blade2:hdd"), responder.model().bootOrder(2));
                assertEquals(BootDevice.NETWORK, c.describe("2").boot());
                BladeDriver ipmi = Drivers.blades().driver("ipmi");
                assertFalse(ipmi.unusedBootVolumes(List.of(new MappedSlot("cim://cimboot?url=" + responder.url(), "2"))).contains(target),
                        "the target of a CIM chassis' attached slot is no orphan to the IPMI driver, which shares the naming");
                assertTrue(ipmi.unusedBootVolumes(List.of(new MappedSlot("cim://cimboot?url=" + responder.url(), "1"))).contains(target),
                        "unattached, it is one");

                c.mapBootVolume("2", new ImageRef(image.toString(), ImageFormat.RAW));
                assertEquals(shown, tgtShow(), "the same image again changes nothing");

                Path other = sparse(dir.resolve("other.img"));
                DriverException taken = assertThrows(DriverException.class, () -> c.mapBootVolume("2", new ImageRef(other.toString(), ImageFormat.RAW)));
                assertEquals("slot 2 of chassis cimboot already boots " + image + " (detach that clone first)", taken.getMessage());
                DriverException cow = assertThrows(DriverException.class,
                        () -> c.mapBootVolume("3", new ImageRef(dir.resolve("x.qcow2").toString(), ImageFormat.QCOW2)));
                assertEquals("the boot image " + dir.resolve("x.qcow2") + " does not exist", cow.getMessage());
            } finally {
                c.unmapBootVolume("2");
            }
            assertFalse(tgtShow().contains(target), "target and LUN are gone");
        }
    }

    static Path sparse(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(64L << 20);
        }
        return file;
    }

    static String tgtShow() throws Exception {
        Process p = new ProcessBuilder("tgtadm", "-C", TGT_CONTROL_PORT, "--lld", "iscsi", "--op", "show", "--mode", "target")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
