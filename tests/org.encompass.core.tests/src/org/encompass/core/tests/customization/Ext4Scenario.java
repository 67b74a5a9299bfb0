package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.encompass.core.customization.CustomizationException;
import org.encompass.core.customization.Ext4ImageFiles;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.core.customization.UndoRecord;
import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.Test;

/**
 * The scenario on an ext4 file system in an image file, inspected with e2cp, debugfs and e2fsck, plus
 * what only ext4 images do: no symbolic links followed at all, owner and extended attributes kept.
 */
abstract class Ext4Scenario extends CustomizationScenario {

    private static final Pattern MODE = Pattern.compile("Mode:\\s+([0-7]+)");
    private static final Pattern OWNER = Pattern.compile("User:\\s+(\\d+)\\s+Group:\\s+(\\d+)");

    Path image;

    /** Builds the disk image holding an ext4 of {@code fs} and returns it. */
    abstract Path buildDisk(Path fs) throws Exception;

    /** Byte offset of the file system in the disk. */
    abstract long offset();

    /** What {@link ImageFiles#description()} must mention about where the file system was found. */
    abstract String where();

    @Override
    void createImage(Path tree) throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs", "e2cp", "e2fsck");
        image = buildDisk(TestImages.ext4(tree, temp.resolve("fs.img")));
    }

    @Override
    ImageFiles open() throws Exception {
        ImageFiles files = ImageFilesFactory.open(image);
        assertInstanceOf(Ext4ImageFiles.class, files);
        assertTrue(files.description().contains(where()), files.description());
        return files;
    }

    String device() {
        return offset() == 0 ? image.toString() : image + "?offset=" + offset();
    }

    @Override
    byte[] peek(String path) throws Exception {
        Path copy = temp.resolve("peek");
        Files.deleteIfExists(copy);
        ImageTools.check("e2cp", device() + ":" + path, copy.toString()); // exits 0 even when the file is missing
        return Files.exists(copy) ? Files.readAllBytes(copy) : null;
    }

    @Override
    void poke(String path, byte[] content) throws Exception {
        Path local = Files.write(temp.resolve("poke"), content);
        ImageTools.debugfs(device(), true, "rm " + path);
        ImageTools.debugfs(device(), true, "write " + local + " " + path);
    }

    @Override
    int mode(String path) throws Exception {
        return Integer.parseInt(find(MODE, stat(path)).group(1), 8);
    }

    @Override
    String fingerprint() throws Exception {
        return UndoRecord.sha256(Files.readAllBytes(image));
    }

    @Override
    void assertConsistent() throws Exception {
        ImageTools.Output fsck = ImageTools.run("e2fsck", "-fn", device());
        assertEquals(0, fsck.exitCode(), () -> "e2fsck found problems:\n" + fsck.stdout() + fsck.stderr());
    }

    @Test
    void noSymbolicLinkIsFollowedEvenInsideTheImage() throws Exception {
        String before = fingerprint();
        CustomizationException error = assertThrows(CustomizationException.class, () -> engine.apply(files(),
                List.of(new FileReplacement("via confdir", "/confdir/hostname", "linked\n", false)), 0, 1, VARIABLES));
        assertMessage(error, "item 1 (via confdir)", "/confdir is a symbolic link");
        assertEquals(0, error.pointerReached());
        assertEquals(before, fingerprint());
    }

    @Test
    void replacedFileKeepsOwnerModeAndExtendedAttributes() throws Exception {
        ImageTools.debugfs(device(), true, "set_inode_field /etc/hosts uid 1234");
        ImageTools.debugfs(device(), true, "set_inode_field /etc/hosts gid 567");
        ImageTools.debugfs(device(), true, "set_inode_field /etc/hosts mode 0102640");
        ImageTools.debugfs(device(), true, "ea_set /etc/hosts security.selinux system_u:object_r:net_conf_t:s0");
        ImageTools.debugfs(device(), true, "ea_set /etc/hosts user.origin template");
        engine.apply(files(), ITEMS, 0, 2, VARIABLES);
        assertText(HOSTS_APPLIED, "/etc/hosts");
        Matcher owner = find(OWNER, stat("/etc/hosts"));
        assertEquals("1234", owner.group(1));
        assertEquals("567", owner.group(2));
        assertEquals(02640, mode("/etc/hosts"), "set-group-ID bit and permissions are kept");
        String attributes = ImageTools.debugfs(device(), false, "ea_list /etc/hosts");
        assertTrue(attributes.contains("security.selinux (31) = \"system_u:object_r:net_conf_t:s0\""), attributes);
        assertTrue(attributes.contains("user.origin (8) = \"template\""), attributes);
        assertConsistent();
    }

    @Test
    void createdFileBelongsToRoot() throws Exception {
        engine.apply(files(), ITEMS, 0, 3, VARIABLES);
        Matcher owner = find(OWNER, stat("/etc/encompass-id"));
        assertEquals("0", owner.group(1));
        assertEquals("0", owner.group(2));
        assertConsistent();
    }

    @Test
    void largeFileRoundTrips() throws Exception {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(42).nextBytes(big);
        files().write("/var/empty/blob", big);
        assertTrue(java.util.Arrays.equals(big, peek("/var/empty/blob")));
        assertTrue(java.util.Arrays.equals(big, files().read("/var/empty/blob")));
        files().delete("/var/empty/blob");
        assertEquals(null, peek("/var/empty/blob"));
        assertConsistent();
    }

    @Test
    void fullFileSystemLeavesTheOldFileInPlace() throws Exception {
        byte[] tooBig = new byte[(int) TestImages.FS_SIZE];
        new java.util.Random(1).nextBytes(tooBig); // zeros would be written as a hole and fit
        java.io.IOException error = assertThrows(java.io.IOException.class, () -> files().write("/etc/hosts", tooBig));
        assertMessage(error, "debugfs could not write /etc/hosts", "nothing was changed");
        assertText(TestImages.HOSTS, "/etc/hosts");
        assertEquals(List.of(), List.of(ImageTools.debugfs(device(), false, "ls /etc").split("\\s+")).stream()
                .filter(name -> name.startsWith(".encompass-")).toList(), "the temporary file is removed");
        assertConsistent();
    }

    private String stat(String path) throws Exception {
        return ImageTools.debugfs(device(), false, "stat " + path);
    }

    private static Matcher find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), () -> pattern + " not found in " + text);
        return matcher;
    }
}
