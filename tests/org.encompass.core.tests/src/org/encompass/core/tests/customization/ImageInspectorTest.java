package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.core.customization.ImageInspection;
import org.encompass.core.customization.ImageInspection.FileSystem;
import org.encompass.core.customization.ImageInspection.OperatingSystem;
import org.encompass.core.customization.ImageInspection.Partition;
import org.encompass.core.customization.ImageInspector;
import org.encompass.tests.support.ImageTools;
import org.encompass.tests.support.InspectableImages;
import org.encompass.tests.support.RawImages;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an image holds, for the import wizard and {@code master inspect}: a three-partition image (FAT, ext4
 * root, XFS) inspected in a libguestfs appliance (the one launch of this class) while the file is immutable (the
 * appliance opens it read-only), a whole-disk ext4 image read
 * from its bytes without one, and files that are no disk image refused at once.
 */
class ImageInspectorTest {

    @TempDir
    Path dir;

    @Test
    void findsThePartitionsFileSystemsRootAndOperatingSystemOfAMultiPartitionImage() throws Exception {
        Assumptions.assumeTrue(ImageTools.find("guestfish") != null, "guestfish is not installed (releng/scripts/guestfs.sh)");
        Path image = InspectableImages.threePartitions(dir, "three.img");
        // not writable (root ignores modes, not the immutable flag): an appliance that opened it for writing would
        // not start; inspection only reads
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            Shell.run("chattr", "+i", image.toString());
        } else {
            assertTrue(image.toFile().setWritable(false, false));
        }
        ImageInspection found;
        try {
            found = ImageInspector.inspect(image, ImageInspector.DEFAULT_TIMEOUT, new NullProgressMonitor());
        } finally {
            if (root) {
                Shell.run("chattr", "-i", image.toString());
            }
        }
        assertEquals(ImageFilesFactory.LIBGUESTFS, found.method());
        assertEquals(List.of(new Partition("/dev/sda1", InspectableImages.mib(16)), new Partition("/dev/sda2",
                InspectableImages.mib(40)), new Partition("/dev/sda3", InspectableImages.mib(300))), found.partitions());
        assertEquals(List.of(new FileSystem("/dev/sda1", "vfat", "EFI", InspectableImages.mib(16), false),
                new FileSystem("/dev/sda2", "ext4", "root", InspectableImages.mib(40), true),
                new FileSystem("/dev/sda3", "xfs", "data", InspectableImages.mib(300), false)), found.fileSystems());
        assertEquals(new OperatingSystem("linux", "debian", "12", "Debian GNU/Linux 12 (bookworm)",
                InspectableImages.HOSTNAME), found.operatingSystem());
        assertEquals("/dev/sda1:", found.fileSystems().get(0).itemPrefix());
        assertEquals("", found.root().orElseThrow().itemPrefix());
        assertEquals(List.of("/etc/hostname", "/etc/hosts", "/etc/machine-id", "/etc/resolv.conf"), found.identityFiles());
    }

    @Test
    void readsAWholeDiskExt4ImageFromItsBytesWithoutAnAppliance() throws Exception {
        Path image = InspectableImages.wholeDiskExt4(dir, "root.img");
        ImageInspection found = ImageInspector.inspect(image, Duration.ofSeconds(30), null);
        assertEquals(ImageFilesFactory.DEBUGFS, found.method());
        assertEquals(List.of(), found.partitions());
        assertEquals(List.of(new FileSystem("/dev/sda", "ext4", "root", InspectableImages.mib(16), true)), found.fileSystems());
        assertEquals(new OperatingSystem("linux", "debian", "12", "Debian GNU/Linux 12 (bookworm)",
                InspectableImages.HOSTNAME), found.operatingSystem());
    }

    @Test
    void refusesFilesThatAreNoDiskImageInOneLine() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a disk image\n".repeat(1000));
        IOException notImage = assertThrows(IOException.class, () -> ImageInspector.inspect(text, Duration.ofSeconds(30), null));
        assertEquals("no file system found in " + text + ": no partition table, LVM volume or file system signature"
                + " (not a disk image, or an empty one)", notImage.getMessage());
        Path zeros = RawImages.filled(dir.resolve("zeros.img"), 4, (byte) 0);
        assertTrue(assertThrows(IOException.class, () -> ImageInspector.inspect(zeros, Duration.ofSeconds(30), null))
                .getMessage().startsWith("no file system found in " + zeros + ": "));
        IOException missing = assertThrows(IOException.class,
                () -> ImageInspector.inspect(dir.resolve("missing.img"), Duration.ofSeconds(30), null));
        assertEquals("image " + dir.resolve("missing.img") + " does not exist", missing.getMessage());
        assertEquals(dir + " is a directory, not an image file",
                assertThrows(IOException.class, () -> ImageInspector.inspect(dir, Duration.ofSeconds(30), null)).getMessage());
    }

    @Test
    void aCancelledInspectionStartsNoAppliance() throws Exception {
        Path partitioned = dir.resolve("partitioned.img");
        // an MBR partition table with nothing in it: only an appliance could tell what is there
        ImageTools.check("truncate", "-s", "8M", partitioned.toString());
        ImageTools.check("sh", "-c", "echo 'start=2048, type=83' | \"$1\" -q \"$2\"", "sh", ImageTools.find("sfdisk"),
                partitioned.toString());
        Assumptions.assumeTrue(ImageTools.find("guestfish") != null, "guestfish is not installed");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> ImageInspector.inspect(partitioned, ImageInspector.DEFAULT_TIMEOUT, cancelled));
    }
}
