package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.encompass.core.customization.ApplyResult;
import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.CustomizationException;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.GuestfsBatch;
import org.encompass.core.customization.GuestfsImageFiles;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ItemListener;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.customization.UndoRecord;
import org.encompass.tests.support.ImageTools;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libguestfs backend on real images of every file system it is for: XFS, btrfs, FAT, NTFS (made with the
 * host's mkfs tools, no mount) and XFS on LVM (made through guestfish), plus an image without any file system,
 * one with a damaged XFS superblock and 16 clones of the LVM image (identical volume groups). All share one
 * appliance ({@link GuestfsBatch}): its launch costs ~15-30 s here, so this class pays it once (and once more
 * to build the images). Files are checked by reading them back through a fresh view (no cached lookups).
 */
class GuestfsFileSystemsTest {

    private static final List<String> TYPES = List.of("xfs", "btrfs", "vfat", "ntfs", "lvm");
    private static final int CLONES = 16;
    private static final String HOSTS = "127.0.0.1 localhost\r\n127.0.1.1 template-host\r\n";
    private static final String UNATTEND = "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<unattend>\r\n"
            + "  <ComputerName>TEMPLATE</ComputerName>\r\n  <Locale>fr-FR é</Locale>\r\n</unattend>\r\n";
    private static final Map<String, String> VARIABLES = Map.of("hostname", "web01");
    private static final String SELINUX_LABEL = "system_u:object_r:etc_t:s0";

    @TempDir
    static Path temp;
    private static final Map<String, Integer> DRIVE = new LinkedHashMap<>();
    private static GuestfsBatch batch;
    private final CustomizationEngine engine = new CustomizationEngine();

    @BeforeAll
    static void buildImagesAndLaunch() throws Exception {
        Assumptions.assumeTrue(ImageTools.find("guestfish") != null,
                "guestfish is not installed (releng/scripts/guestfs.sh install)");
        List<Path> images = new ArrayList<>();
        images.add(mkfs("xfs", 300, "mkfs.xfs", "-q"));
        images.add(mkfs("btrfs", 128, "mkfs.btrfs", "-q"));
        images.add(mkfs("vfat", 16, "mkfs.vfat"));
        images.add(mkfs("ntfs", 16, "mkfs.ntfs", "-q", "-F", "-Q"));
        Path lvm = sparse("lvm", 340);
        images.add(lvm);
        Path unattend = Files.write(temp.resolve("unattend.xml"), utf16(UNATTEND));
        List<String> script = new ArrayList<>(List.of("-a", images.get(0).toString(), "-a", images.get(1).toString(),
                "-a", images.get(2).toString(), "-a", images.get(3).toString(), "-a", lvm.toString(), "run"));
        script.addAll(List.of(":", "part-disk", "/dev/sde", "mbr", ":", "pvcreate", "/dev/sde1", ":", "vgcreate", "vg0",
                "/dev/sde1", ":", "lvcreate", "root", "vg0", "320", ":", "mkfs", "xfs", "/dev/vg0/root"));
        String[] roots = {"/dev/sda", "/dev/sdb", "/dev/sdc", "/dev/sdd", "/dev/vg0/root"};
        for (int i = 0; i < roots.length; i++) {
            script.addAll(List.of(":", "mount", roots[i], "/", ":", "mkdir-p", "/etc/sub", ":", "write", "/etc/hosts",
                    HOSTS, ":", "write", "/etc/hostname", "template-host\n"));
            if (i == 3) {
                script.addAll(List.of(":", "mkdir-p", "/Windows/Panther", ":", "upload", unattend.toString(),
                        "/Windows/Panther/unattend.xml"));
            }
            if (i == 0) { // an SELinux label (NUL-terminated, as the kernel stores it) and a user attribute
                script.addAll(List.of(":", "write", "/etc/labelled", "old\n", ":", "setxattr", "security.selinux",
                        SELINUX_LABEL, Integer.toString(SELINUX_LABEL.length() + 1), "/etc/labelled", ":", "setxattr",
                        "user.encompass", "kept", "4", "/etc/labelled"));
            }
            if (i != 2 && i != 3) {
                script.addAll(List.of(":", "ln-s", "../../outside", "/etc/escape", ":", "ln-s", "/", "/etc/rootlink"));
            }
            script.addAll(List.of(":", "umount-all"));
        }
        guestfish(script);
        for (int i = 0; i < TYPES.size(); i++) {
            DRIVE.put(TYPES.get(i), i);
        }
        byte[] noise = new byte[2 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        DRIVE.put("noise", images.size());
        images.add(Files.write(temp.resolve("noise.img"), noise));
        Path corrupt = mkfs("corrupt", 300, "mkfs.xfs", "-q");
        try (var channel = java.nio.channels.FileChannel.open(corrupt, java.nio.file.StandardOpenOption.WRITE)) {
            byte[] garbage = new byte[200];
            new Random(11).nextBytes(garbage);
            channel.write(java.nio.ByteBuffer.wrap(garbage), 8); // the magic stays, the geometry is garbage
        }
        DRIVE.put("corrupt", images.size());
        images.add(corrupt);
        for (int i = 0; i < CLONES; i++) {
            Path clone = temp.resolve("clone" + i + ".img");
            Shell.run("cp", "--sparse=always", lvm.toString(), clone.toString());
            DRIVE.put("clone" + i, images.size());
            images.add(clone);
        }
        batch = GuestfsBatch.open(images, "raw");
    }

    @AfterAll
    static void stop() {
        if (batch != null) {
            batch.close();
        }
    }

    @Test
    void appliesPartlyThenFullyAndRollsBackToEveryPointerOnEachFileSystem() throws Exception {
        List<CustomizationItem> items = List.of(
                new FileReplacement("hostname", "/etc/hostname", "${hostname}\n", true),
                new RegexReplacement("hosts", "/etc/hosts", "template-host", "${hostname}", ""),
                new FileReplacement("stamp", "/etc/sub/encompass-id", "managed\n", false));
        for (String type : TYPES) {
            Map<String, byte[]> before = snapshot(type);
            List<Map<String, byte[]>> atPointer = new ArrayList<>(List.of(before));
            List<UndoRecord> records = new ArrayList<>();
            try (ImageFiles files = batch.files(DRIVE.get(type))) {
                assertTrue(files.description().contains("(libguestfs)"), files.description());
                for (int target = 1; target <= items.size(); target++) {
                    ApplyResult result = engine.apply(files, items, target - 1, target, VARIABLES);
                    records.addAll(result.records());
                    atPointer.add(snapshot(type));
                }
            }
            Map<String, byte[]> applied = atPointer.get(items.size());
            assertEquals("web01\n", text(applied.get("/etc/hostname")), type);
            assertEquals(HOSTS.replace("template-host", "web01"), text(applied.get("/etc/hosts")), type);
            assertEquals("managed\n", text(applied.get("/etc/sub/encompass-id")), type);
            for (int pointer = items.size(); pointer > 0; pointer--) {
                try (ImageFiles files = batch.files(DRIVE.get(type))) {
                    engine.rollback(files, records, pointer, pointer - 1);
                }
                records.remove(records.size() - 1);
                assertSnapshot(atPointer.get(pointer - 1), snapshot(type), type + " at pointer " + (pointer - 1));
            }
        }
    }

    @Test
    void extendedAttributesSuchAsSelinuxLabelsAreKeptWhenAFileIsRewritten() throws Exception {
        Map<String, String> labelled = Map.of("security.selinux", SELINUX_LABEL + "\\x00", "user.encompass", "kept");
        List<CustomizationItem> items = List.of(new RegexReplacement("relabel?", "/etc/labelled", "old", "new", ""));
        ApplyResult result;
        try (GuestfsImageFiles files = batch.files(DRIVE.get("xfs"))) {
            assertEquals(labelled, files.extendedAttributes("/etc/labelled"));
            result = engine.apply(files, items, 0, 1, VARIABLES);
        }
        try (GuestfsImageFiles files = batch.files(DRIVE.get("xfs"))) {
            assertEquals("new\n", text(files.read("/etc/labelled")));
            assertEquals(labelled, files.extendedAttributes("/etc/labelled"), "kept by the rewrite");
            engine.rollback(files, result.records(), 1, 0);
        }
        try (GuestfsImageFiles files = batch.files(DRIVE.get("xfs"))) {
            assertEquals("old\n", text(files.read("/etc/labelled")));
            assertEquals(labelled, files.extendedAttributes("/etc/labelled"), "kept by the rollback");
        }
    }

    @Test
    void ntfsUnattendInUtf16IsFoundCaseInsensitivelyAndKeepsEncodingAndCrlf() throws Exception {
        List<CustomizationItem> items = List.of(new RegexReplacement("computer name",
                "/windows/PANTHER/Unattend.xml", "<ComputerName>[^<]*</ComputerName>",
                "<ComputerName>${hostname}</ComputerName>", ""));
        try (ImageFiles files = batch.files(DRIVE.get("ntfs"))) {
            byte[] original = files.read("/Windows/Panther/unattend.xml");
            assertArrayEquals(utf16(UNATTEND), original);
            ApplyResult result = engine.apply(files, items, 0, 1, VARIABLES);
            assertTrue(result.warnings().isEmpty(), result.warnings().toString());
            byte[] applied = files.read("/WINDOWS/panther/UNATTEND.XML");
            assertArrayEquals(utf16(UNATTEND.replace("TEMPLATE", "web01")), applied);
            engine.rollback(files, result.records(), 1, 0);
        }
        try (ImageFiles files = batch.files(DRIVE.get("ntfs"))) {
            assertArrayEquals(utf16(UNATTEND), files.read("/Windows/Panther/unattend.xml"));
        }
    }

    @Test
    void symbolicLinksAndDotDotAreRefusedBeforeAnythingIsWritten() throws Exception {
        for (String type : List.of("xfs", "btrfs", "lvm")) {
            Map<String, byte[]> before = snapshot(type);
            try (ImageFiles files = batch.files(DRIVE.get(type))) {
                List<CustomizationItem> items = List.of(new FileReplacement("first", "/etc/hostname", "changed\n", false),
                        new FileReplacement("escaping link", "/etc/escape", "evil\n", false));
                CustomizationException error = assertThrows(CustomizationException.class,
                        () -> engine.apply(files, items, 0, 2, VARIABLES));
                assertTrue(error.getMessage().contains("/etc/escape is a symbolic link"), error.getMessage());
                assertEquals(1, error.pointerReached());
                engine.rollback(files, List.of(new UndoRecord(0, "/etc/hostname", true, before.get("/etc/hostname"),
                        UndoRecord.sha256("changed\n".getBytes(StandardCharsets.UTF_8)))), 1, 0);
                List<CustomizationItem> throughDirectory = List.of(
                        new FileReplacement("through a linked directory", "/etc/rootlink/etc/hostname", "evil\n", false));
                error = assertThrows(CustomizationException.class,
                        () -> engine.apply(files, throughDirectory, 0, 1, VARIABLES));
                assertTrue(error.getMessage().contains("/etc/rootlink is a symbolic link"), error.getMessage());
                assertEquals(0, error.pointerReached());
            }
            assertSnapshot(before, snapshot(type), type);
        }
        for (String type : TYPES) {
            List<CustomizationItem> items = List.of(new FileReplacement("escape", "/etc/../../x", "evil\n", false));
            try (ImageFiles files = batch.files(DRIVE.get(type))) {
                CustomizationException error = assertThrows(CustomizationException.class,
                        () -> engine.apply(files, items, 0, 1, VARIABLES));
                assertTrue(error.getMessage().contains("'..' could leave the image"), error.getMessage());
                assertEquals(0, error.pointerReached());
            }
        }
    }

    @Test
    void aFullFileSystemStopsTheItemCleanlyAndRollbackStaysExact() throws Exception {
        Map<String, byte[]> before = snapshot("vfat");
        byte[] tooBig = new byte[24 * 1024 * 1024]; // the FAT image has 16 MiB
        new Random(3).nextBytes(tooBig);
        List<CustomizationItem> items = List.of(new FileReplacement("hostname", "/etc/hostname", "web01\n", false),
                new FileReplacement("huge", "/etc/hosts", new String(tooBig, StandardCharsets.ISO_8859_1), false));
        List<UndoRecord> records = new ArrayList<>();
        try (ImageFiles files = batch.files(DRIVE.get("vfat"))) {
            CustomizationException error = assertThrows(CustomizationException.class,
                    () -> engine.apply(files, items, 0, 2, VARIABLES, records::add));
            assertEquals(1, error.pointerReached());
            assertTrue(error.getMessage().contains("nothing was changed"), error.getMessage());
            assertArrayEquals(before.get("/etc/hosts"), files.read("/etc/hosts"));
            engine.rollback(files, records, 1, 0);
        }
        assertSnapshot(before, snapshot("vfat"), "vfat");
    }

    @Test
    void anImageWithoutAFileSystemIsAClearError() {
        IOException error = assertThrows(IOException.class, () -> batch.files(DRIVE.get("noise")));
        assertTrue(error.getMessage().startsWith("no file system found in " + temp.resolve("noise.img")),
                error.getMessage());
    }

    @Test
    void aDamagedSuperblockIsAClearError() {
        long start = System.nanoTime();
        IOException error = assertThrows(IOException.class, () -> {
            try (ImageFiles files = batch.files(DRIVE.get("corrupt"))) {
                files.exists("/etc/hostname");
            }
        });
        assertTrue(error.getMessage().contains(temp.resolve("corrupt.img").toString())
                || error.getMessage().contains("mount"), error.getMessage());
        System.out.printf("damaged superblock refused in %.1f s: %s%n", (System.nanoTime() - start) / 1e9,
                error.getMessage());
    }

    @Test
    void aBatchOfSixteenClonesCancelledHalfWayLeavesEachAtAConsistentPointer() throws Exception {
        List<CustomizationItem> items = List.of(
                new FileReplacement("hostname", "/etc/hostname", "${hostname}\n", true),
                new RegexReplacement("hosts", "/etc/hosts", "template-host", "${hostname}", ""));
        AtomicInteger applied = new AtomicInteger();
        int cancelAfter = CLONES / 2 * items.size() + 1; // after the first item of clone 9 (index 8)
        int[] pointers = new int[CLONES];
        ItemListener[] listeners = new ItemListener[CLONES];
        for (int clone = 0; clone < CLONES; clone++) {
            int index = clone;
            listeners[clone] = new ItemListener() {
                @Override
                public void applied(UndoRecord record) {
                    applied.incrementAndGet();
                    pointers[index] = record.index() + 1;
                }

                @Override
                public boolean cancelled() {
                    return applied.get() >= cancelAfter;
                }
            };
        }
        // As a batch runner does: clone after clone in one appliance, none started once cancelled.
        for (int clone = 0; clone < CLONES && !listeners[clone].cancelled(); clone++) {
            String name = "clone" + clone;
            try (ImageFiles files = batch.files(DRIVE.get(name))) {
                try {
                    engine.apply(files, items, 0, items.size(), Map.of("hostname", name), listeners[clone]);
                } catch (CustomizationException e) {
                    assertTrue(e.getMessage().startsWith("cancelled"), e.getMessage());
                    assertEquals(pointers[clone], e.pointerReached());
                }
                assertClone(files, name, pointers[clone]);
            }
        }
        for (int clone = 0; clone < CLONES; clone++) {
            assertEquals(clone < CLONES / 2 ? 2 : clone == CLONES / 2 ? 1 : 0, pointers[clone], "clone " + clone);
        }
        for (int clone : new int[] {CLONES / 2 + 1, CLONES - 1}) {
            try (ImageFiles files = batch.files(DRIVE.get("clone" + clone))) {
                assertClone(files, "clone" + clone, 0);
            }
        }
    }

    private static void assertClone(ImageFiles files, String name, int pointer) throws IOException {
        assertEquals(pointer >= 1 ? name + "\n" : "template-host\n", text(files.read("/etc/hostname")), name);
        assertEquals(pointer >= 2 ? HOSTS.replace("template-host", name) : HOSTS, text(files.read("/etc/hosts")), name);
    }

    // ---- helpers ----

    private static final List<String> WATCHED = List.of("/etc/hostname", "/etc/hosts", "/etc/sub/encompass-id");

    /** The watched files as a fresh view reads them (absent ones left out). */
    private static Map<String, byte[]> snapshot(String drive) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ImageFiles view = batch.files(DRIVE.get(drive))) {
            for (String path : WATCHED) {
                if (view.exists(path)) {
                    files.put(path, view.read(path));
                }
            }
        }
        return files;
    }

    private static void assertSnapshot(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what);
        for (String path : expected.keySet()) {
            assertArrayEquals(expected.get(path), actual.get(path), what + ": " + path);
        }
        assertFalse(actual.isEmpty(), what);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] utf16(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    private static Path sparse(String name, int megabytes) throws Exception {
        Path image = temp.resolve(name + ".img");
        Shell.run("truncate", "-s", megabytes + "M", image.toString());
        return image;
    }

    private static Path mkfs(String name, int megabytes, String... mkfs) throws Exception {
        Path image = sparse(name, megabytes);
        List<String> command = new ArrayList<>(List.of(mkfs));
        command.add(image.toString());
        Shell.run(command.toArray(String[]::new));
        return image;
    }

    private static void guestfish(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("env", "LIBGUESTFS_BACKEND=direct", "guestfish"));
        command.addAll(arguments);
        Shell.run(command.toArray(String[]::new));
    }
}
