package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.encompass.core.customization.ApplyResult;
import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.tests.support.ImageTools;
import org.encompass.tests.support.RawImages;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy-on-write clone of an XFS master, customized as libguestfs opens it: the qcow2 overlay itself (issue
 * 20), not its raw bytes through a FUSE export. The items land in the overlay, the master (the backing file,
 * opened read-only by QEMU) keeps its SHA-256, and rollback gives back the exact bytes. One appliance launch.
 * An overlay of an ext4 master stays on the debugfs path.
 */
class GuestfsOverlayTest {

    private static final String HOSTS = "127.0.0.1 localhost\n127.0.1.1 template\n";

    @TempDir
    Path temp;

    @Test
    void itemsLandInTheOverlayAndTheMasterKeepsItsBytes() throws Exception {
        Assumptions.assumeTrue(ImageTools.find("guestfish") != null,
                "guestfish is not installed (releng/scripts/guestfs.sh install)");
        ImageTools.assumeInstalled("mkfs.xfs", "qemu-img");
        Path hosts = Files.writeString(temp.resolve("hosts"), HOSTS);
        // mkfs.xfs fills the file system from a prototype file: no mount, no appliance to build the master.
        Path proto = Files.writeString(temp.resolve("proto"),
                "/dev/null\n0 0\nd--755 0 0\netc d--755 0 0\nhosts ---644 0 0 " + hosts + "\n$\n$\n");
        Path master = temp.resolve("master.img");
        Shell.run("truncate", "-s", "300M", master.toString());
        Shell.run("mkfs.xfs", "-q", "-p", proto.toString(), master.toString());
        Path overlay = temp.resolve("clone.qcow2");
        Shell.run("qemu-img", "create", "-q", "-f", "qcow2", "-b", master.toString(), "-F", "raw", overlay.toString());
        String masterSha = RawImages.sha256(master);
        long overlayBytes = Files.size(overlay);
        assertEquals(ImageFilesFactory.LIBGUESTFS, ImageFilesFactory.backend(overlay));

        List<CustomizationItem> items = List.of(new RegexReplacement("hosts", "/etc/hosts", "template", "${hostname}", ""),
                new FileReplacement("hostname", "/etc/hostname", "${hostname}\n", true));
        CustomizationEngine engine = new CustomizationEngine();
        try (ImageFiles files = ImageFilesFactory.openQcow2(overlay)) {
            assertNotNull(files, "an XFS overlay is libguestfs' to open");
            assertTrue(files.description().contains(overlay.toString()), files.description());
            ApplyResult result = engine.apply(files, items, 0, 2, Map.of("hostname", "web01"));
            assertEquals(2, result.pointer());
            assertEquals("127.0.0.1 localhost\n127.0.1.1 web01\n", text(files.read("/etc/hosts")));
            assertEquals("web01\n", text(files.read("/etc/hostname")));
            assertTrue(Files.size(overlay) > overlayBytes, "the writes are in the overlay");
            assertEquals(masterSha, RawImages.sha256(master), "the master is never written");

            engine.rollback(files, result.records(), 2, 0);
            assertArrayEquals(HOSTS.getBytes(StandardCharsets.UTF_8), files.read("/etc/hosts"));
            assertFalse(files.exists("/etc/hostname"));
        }
        assertEquals(masterSha, RawImages.sha256(master), "the master is never written");
        assertEquals(0, Shell.status("qemu-img", "check", "-q", overlay.toString()), "the overlay is consistent");
    }

    @Test
    void anOverlayOfAnExt4MasterStaysOnTheDebugfsPath() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "qemu-img");
        Path tree = Files.createDirectories(temp.resolve("tree/etc"));
        Files.writeString(tree.resolve("hosts"), HOSTS);
        Path master = ImageTools.ext4(tree.getParent(), temp.resolve("master.img"), "8M");
        Path overlay = temp.resolve("clone.qcow2");
        Shell.run("qemu-img", "create", "-q", "-f", "qcow2", "-b", master.toString(), "-F", "raw", overlay.toString());
        assertEquals(ImageFilesFactory.DEBUGFS, ImageFilesFactory.backend(overlay));
        assertNull(ImageFilesFactory.openQcow2(overlay), "debugfs edits its raw bytes (the FUSE export), as before");
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
