package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;

import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.DirectoryImageFiles;
import org.encompass.core.customization.Ext4ImageFiles;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the file system inside what the storage driver hands over, and refusing what cannot be edited. */
class ImageFilesFactoryTest {

    @TempDir
    Path temp;
    private Path tree;

    @BeforeEach
    void setUp() throws Exception {
        tree = TestImages.tree(temp.resolve("tree"), Files.createDirectories(temp.resolve("outside")));
    }

    @Test
    void directoryIsADirectoryTree() throws Exception {
        try (ImageFiles files = ImageFilesFactory.open(tree)) {
            assertInstanceOf(DirectoryImageFiles.class, files);
            assertArrayEquals(TestImages.HOSTNAME.getBytes(StandardCharsets.UTF_8), files.read("/etc/hostname"));
        }
    }

    @Test
    void gptDiskUsesThePartitionWithEtcNotTheBootPartition() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs", "e2cp");
        Path bootTree = Files.createDirectories(temp.resolve("boot/grub"));
        Files.writeString(bootTree.resolve("grub.cfg"), "set timeout=1\n");
        Path boot = TestImages.ext4(temp.resolve("boot"), temp.resolve("boot.img"));
        Path root = TestImages.ext4(tree, temp.resolve("root.img"));
        Path disk = TestImages.gptDisk(boot, root, temp.resolve("gpt.img"));
        try (ImageFiles files = ImageFilesFactory.open(disk)) {
            assertInstanceOf(Ext4ImageFiles.class, files);
            assertTrue(files.description().contains("GPT partition 2 (root)"), files.description());
            assertArrayEquals(TestImages.HOSTNAME.getBytes(StandardCharsets.UTF_8), files.read("/etc/hostname"));
            new CustomizationEngine().apply(files, CustomizationScenario.ITEMS, 0, 5, CustomizationScenario.VARIABLES);
            assertEquals(CustomizationScenario.HOSTNAME_APPLIED,
                    new String(files.read("/etc/hostname"), StandardCharsets.UTF_8));
        }
        long rootOffset = TestImages.PARTITION_START + TestImages.FS_SIZE;
        Path copy = temp.resolve("copy");
        ImageTools.check("e2cp", disk + "?offset=" + rootOffset + ":/etc/hostname", copy.toString());
        assertEquals(CustomizationScenario.HOSTNAME_APPLIED, Files.readString(copy));
        ImageTools.Output fsck = ImageTools.run("e2fsck", "-fn", disk + "?offset=" + rootOffset);
        assertEquals(0, fsck.exitCode(), fsck.stdout());
    }

    @Test
    void gptDiskWithOnlyABootPartitionUsesIt() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs");
        Path bootTree = Files.createDirectories(temp.resolve("boot"));
        Files.writeString(bootTree.resolve("vmlinuz"), "kernel");
        Path boot = TestImages.ext4(bootTree, temp.resolve("boot.img"));
        Path notExt = Files.write(temp.resolve("zero.img"), new byte[(int) TestImages.FS_SIZE]);
        Path disk = TestImages.gptDisk(boot, notExt, temp.resolve("gpt.img"));
        try (ImageFiles files = ImageFilesFactory.open(disk)) {
            assertTrue(files.description().contains("GPT partition 1 (boot)"), files.description());
            assertTrue(files.exists("/vmlinuz"));
        }
    }

    @Test
    void fileWithoutExt4GoesToLibguestfs() throws Exception {
        byte[] noise = new byte[2 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        noise[510] = 0;
        Path file = Files.write(temp.resolve("noise.img"), noise);
        // Not ext: libguestfs' turn (GuestfsFileSystemsTest checks its clear error on such an image).
        assertEquals("libguestfs", ImageFilesFactory.backend(file));
    }

    @Test
    void mbrWithoutALinuxPartitionGoesToLibguestfs() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4");
        Path disk = TestImages.mbrDisk(TestImages.ext4(tree, temp.resolve("fs.img")), temp.resolve("disk.img"));
        try (FileChannel channel = FileChannel.open(disk, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {0x07}), 446 + 4); // NTFS type: not for us even with ext4 inside
        }
        // Not the debugfs fast path (a type-0x07 partition is not searched): libguestfs opens it instead.
        assertEquals("libguestfs", ImageFilesFactory.backend(disk));
    }

    @Test
    void qcow2GetsAHint() throws Exception {
        ByteBuffer header = ByteBuffer.allocate(4096).order(ByteOrder.BIG_ENDIAN).putInt(0x514649FB).putInt(3);
        Path file = Files.write(temp.resolve("clone.qcow2"), header.array());
        IOException error = assertThrows(IOException.class, () -> ImageFilesFactory.open(file));
        assertTrue(error.getMessage().contains("this is a qcow2 image"), error.getMessage());
    }

    @Test
    void missingImageIsAnError() {
        Path missing = temp.resolve("nothing.img");
        IOException error = assertThrows(IOException.class, () -> ImageFilesFactory.open(missing));
        assertEquals("image " + missing + " does not exist", error.getMessage());
    }

    @Test
    void fileSystemNeedingRecoveryIsRefused() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4");
        Path image = TestImages.ext4(tree, temp.resolve("fs.img"));
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer incompat = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(incompat, 1024 + 0x60);
            incompat.putInt(0, incompat.getInt(0) | 0x4).rewind(); // needs_recovery, as a mounted ext4 shows
            channel.write(incompat, 1024 + 0x60);
        }
        IOException error = assertThrows(IOException.class, () -> ImageFilesFactory.open(image));
        assertTrue(error.getMessage().contains("journal needs recovery"), error.getMessage());
        assertTrue(error.getMessage().contains("run e2fsck first"), error.getMessage());
    }

    @Test
    void ext4ImageFilesAnswersAboutFilesAndDirectories() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs");
        Path image = TestImages.ext4(tree, temp.resolve("fs.img"));
        try (Ext4ImageFiles files = new Ext4ImageFiles(image, 0)) {
            assertTrue(files.exists("/etc"));
            assertTrue(files.exists("etc/./hostname"));
            assertFalse(files.exists("/etc/nothere"));
            assertFalse(files.exists("/nodir/nothere"));
            IOException directory = assertThrows(IOException.class, () -> files.read("/etc"));
            assertTrue(directory.getMessage().contains("/etc is not a regular file (it is a directory)"),
                    directory.getMessage());
            IOException quote = assertThrows(IOException.class, () -> files.write("/etc/a\"b", new byte[0]));
            assertTrue(quote.getMessage().contains("double quotes"), quote.getMessage());
            files.write("/etc/with space", new byte[0]);
            assertArrayEquals(new byte[0], files.read("/etc/with space"));
            files.delete("/etc/with space");
            files.delete("/etc/with space"); // already gone: not an error
            assertFalse(files.exists("/etc/with space"));
        }
        IOException notExt = assertThrows(IOException.class, () -> new Ext4ImageFiles(image, 4096));
        assertEquals("no ext2/3/4 file system at offset 4096 of " + image, notExt.getMessage());
    }

    @Test
    void oneDebugfsServesAnOpenImageAndStopsWithIt() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs");
        Path image = TestImages.ext4(tree, temp.resolve("fs.img"));
        try (Ext4ImageFiles files = new Ext4ImageFiles(image, 0)) {
            assertTrue(files.exists("/etc/hostname"));
            files.write("/etc/hostname", "web01\n".getBytes(StandardCharsets.UTF_8));
            files.write("/etc/motd", "hello\n".getBytes(StandardCharsets.UTF_8));
            assertArrayEquals("web01\n".getBytes(StandardCharsets.UTF_8), files.read("/etc/hostname"));
            assertEquals(1, debugfsProcesses().size(), "one debugfs for all requests on the image");
        }
        assertEquals(List.of(), debugfsProcesses(), "closing the image stops its debugfs");
        try (Ext4ImageFiles files = new Ext4ImageFiles(image, 0)) {
            assertArrayEquals("hello\n".getBytes(StandardCharsets.UTF_8), files.read("/etc/motd"),
                    "the writes were on the image when the session ended");
        }
    }

    @Test
    void aDebugfsThatDiesIsAClearError() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs");
        Path image = TestImages.ext4(tree, temp.resolve("fs.img"));
        try (Ext4ImageFiles files = new Ext4ImageFiles(image, 0)) {
            assertTrue(files.exists("/etc/hostname"));
            debugfsProcesses().forEach(ProcessHandle::destroyForcibly);
            IOException error = assertThrows(IOException.class, () -> files.exists("/etc/motd"));
            assertTrue(error.getMessage().contains("debugfs on the ext4 file system at offset 0 of " + image),
                    error.getMessage());
            assertTrue(error.getMessage().contains("exited"), error.getMessage());
        }
    }

    private static List<ProcessHandle> debugfsProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains("debugfs -f -")).toList();
    }

    @Test
    void debugfsIsStoppedAtTheTimeout() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs");
        Path image = TestImages.ext4(tree, temp.resolve("fs.img"));
        try (Ext4ImageFiles files = new Ext4ImageFiles(image, 0, java.time.Duration.ZERO)) {
            IOException error = assertThrows(IOException.class, () -> files.exists("/etc/hostname"));
            String expected = "debugfs did not finish within 0 ms on the ext4 file system at offset 0 of " + image
                    + " and was stopped (requests: stat \"/etc\"; stat \"/etc/hostname\"; ea_list \"/etc/hostname\";"
                    + " dump \"/etc/hostname\" ";
            assertTrue(error.getMessage().startsWith(expected), error.getMessage());
        }
    }
}
