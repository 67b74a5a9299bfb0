package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Site archives end to end on real file storage: export at the head office, import at a branch site
 * (bytes, holes, items and checksums carried over), re-import, and archives that are hostile or damaged,
 * each refused with its reason and nothing imported.
 */
class CliArchiveTest {
    @TempDir
    static Path shared;
    private static Path web;
    private static Path db;

    @BeforeAll
    static void buildImages() throws IOException, InterruptedException {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp");
        Path tree = Files.createDirectories(shared.resolve("tree/etc"));
        Files.writeString(tree.resolve("hostname"), "template\n");
        Files.writeString(tree.resolve("hosts"), "127.0.0.1 localhost template.example\n");
        web = ImageTools.ext4(tree.getParent(), shared.resolve("web.img"), "24M");
        Files.writeString(tree.resolve("hostname"), "database\n");
        db = ImageTools.ext4(tree.getParent(), shared.resolve("db.img"), "16M");
    }

    /** The head office: two masters on file storage, web with two customization items, and a clone. */
    private static CliSite headOffice(Path temp) throws IOException {
        CliSite site = new CliSite(temp.resolve("hq/repo"));
        Path nas = Files.createDirectories(temp.resolve("hq/nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        site.ok("master", "import", "web", "--file", web.toString(), "--storage", "nas", "--version", "3",
                "--description", "web tier", "--arch", "x86_64", "--min-memory", "512");
        site.ok("master", "import", "db", "--file", db.toString(), "--storage", "nas");
        site.ok("master", "item-add", "web", "--path", "/etc/hostname", "--content", "${hostname}\n", "--template",
                "--description", "host name");
        site.ok("master", "item-add", "web", "--path", "/etc/hosts", "--pattern", "template\\.example",
                "--replacement", "${hostname}.branch", "--description", "hosts");
        site.ok("clone", "web");
        return site;
    }

    private static CliSite branch(Path temp) throws IOException {
        CliSite site = new CliSite(temp.resolve("branch/repo"));
        Path nas = Files.createDirectories(temp.resolve("branch/nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        return site;
    }

    @Test
    void anArchiveCarriesMastersWithTheirItemsAndBytesToABranchSite(@TempDir Path temp) throws Exception {
        CliSite hq = headOffice(temp);
        Path archive = temp.resolve("branch.zip");
        CliRun exported = hq.ok("archive", "export", archive.toString());
        assertTrue(exported.out().startsWith("Exported 2 master(s) (web, db; "), exported::describe);
        assertTrue(Files.isRegularFile(archive));
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList(), "no partial file left");
        }

        CliSite branch = branch(temp);
        Doc shown = branch.json("archive", "show", archive.toString());
        assertEquals(List.of("web", "db"), shown.list("masters").stream().map(m -> ((Map<?, ?>) m).get("name")).toList(), shown::describe);
        shown.expect(1L, "snapshot", "clones").expect(1L, "snapshot", "storages").expect("default", "site");
        assertEquals(0, branch.json("master", "list").list("masters").size(), "show imports nothing");

        CliRun imported = branch.ok("archive", "import", archive.toString(), "--storage", "nas");
        assertTrue(imported.out().startsWith("Imported 2 master(s) (web, db; "), imported::describe);
        Doc here = branch.json("master", "show", "web");
        Doc there = hq.json("master", "show", "web");
        for (String field : List.of("sha256", "sizeBytes", "version", "description")) {
            assertEquals(there.at(field), here.at(field), field + "\n" + here.describe());
        }
        assertTrue(String.valueOf(here.at("sha256")).matches("[0-9a-f]{64}"), here::describe);
        assertEquals(2, here.list("items").size(), here::describe);
        assertEquals("${hostname}.branch", ((Map<?, ?>) here.list("items").get(1)).get("replacement"), here::describe);
        Path copy = temp.resolve("branch/nas/web.img");
        assertArrayEquals(Files.readAllBytes(web), Files.readAllBytes(copy), "byte for byte");
        assertTrue(allocatedBytes(copy) < Files.size(copy) / 2, "unpacked with its holes: " + allocatedBytes(copy) + " of " + Files.size(copy));

        // The branch can clone and customize what it imported.
        branch.ok("clone", "web");
        assertEquals(1, branch.json("clone", "list").list("clones").size());

        // Again: refused as a whole, or with --skip-existing, nothing new to import.
        branch.fails(1, List.of("masters named web (the same image), db (the same image) already", "nothing imported",
                "--skip-existing"), "archive", "import", archive.toString(), "--storage", "nas");
        CliRun again = branch.ok("archive", "import", archive.toString(), "--storage", "nas", "--skip-existing");
        assertTrue(again.out().startsWith("Imported 0 master(s) (-; 0 B of images); skipped, already here with the same image: web, db"),
                again::describe);
    }

    @Test
    void anExportRefusesAnExistingFileAnUnknownMasterAndAChangedImage(@TempDir Path temp) throws Exception {
        CliSite hq = headOffice(temp);
        Path existing = Files.writeString(temp.resolve("taken.zip"), "keep me");
        hq.fails(1, List.of("it exists"), "archive", "export", existing.toString());
        assertEquals("keep me", Files.readString(existing), "the existing file is untouched");

        Path archive = temp.resolve("one.zip");
        hq.fails(1, List.of("nope"), "archive", "export", archive.toString(), "--master", "nope");
        assertFalse(Files.exists(archive));

        // The master's bytes changed behind the repository's back: not exported as if they were the master.
        try (var file = new java.io.RandomAccessFile(temp.resolve("hq/nas/db.img").toFile(), "rw")) {
            file.seek(4096);
            file.write(0x5a);
        }
        hq.fails(1, List.of("master db's image no longer matches the SHA-256 recorded"), "archive", "export",
                archive.toString(), "--master", "db");
        assertFalse(Files.exists(archive));
        assertFalse(Files.exists(temp.resolve(".one.zip.partial")), "the partial archive is removed");
        hq.ok("archive", "export", archive.toString(), "--master", "web");
        assertEquals(List.of("web"), hq.json("archive", "show", archive.toString()).list("masters").stream()
                .map(m -> ((Map<?, ?>) m).get("name")).toList());
    }

    @Test
    void hostileAndDamagedArchivesAreRefusedWithTheirReasonAndImportNothing(@TempDir Path temp) throws Exception {
        Path archive = temp.resolve("good.zip");
        headOffice(temp).ok("archive", "export", archive.toString());
        Map<String, byte[]> good = entries(archive);
        String manifest = new String(good.get("encompass-archive.xml"), StandardCharsets.UTF_8);
        CliSite branch = branch(temp);

        refused(branch, temp, "traversal.zip", with(good, "../../etc/cron.d/evil.img", "x".getBytes()),
                "outside its layout: \"../../etc/cron.d/evil.img\"");
        refused(branch, temp, "absolute.zip", with(good, "/etc/passwd", "x".getBytes()), "outside its layout: \"/etc/passwd\"");
        refused(branch, temp, "entity.zip", replaced(good, "encompass-archive.xml", ("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<encompass-archive format=\"1\">&e;</encompass-archive>")
                .getBytes()), "not well-formed XML", "DOCTYPE");
        refused(branch, temp, "pointing-out.zip", replaced(good, "encompass-archive.xml",
                manifest.replace("entry=\"masters/db.img\"", "entry=\"masters/../../db.img\"").getBytes()),
                "image entry 'masters/../../db.img' is not of the form masters/NAME.img");
        refused(branch, temp, "missing-image.zip", without(good, "masters/db.img"), "master db's image masters/db.img is missing");
        refused(branch, temp, "extra-image.zip", with(good, "masters/other.img", new byte[] { 1 }), "images no master names: masters/other.img");
        byte[] tampered = good.get("masters/db.img").clone();
        tampered[2048] ^= 1;
        refused(branch, temp, "tampered.zip", replaced(good, "masters/db.img", tampered),
                "master db's image does not match its SHA-256", "the archive is damaged");
        byte[] longer = java.util.Arrays.copyOf(good.get("masters/db.img"), good.get("masters/db.img").length + 1);
        refused(branch, temp, "longer.zip", replaced(good, "masters/db.img", longer), "holds more than the");
        byte[] shorter = java.util.Arrays.copyOf(good.get("masters/db.img"), 4096);
        refused(branch, temp, "shorter.zip", replaced(good, "masters/db.img", shorter), "is truncated: 4096 of");
        refused(branch, temp, "format.zip", replaced(good, "encompass-archive.xml", manifest.replace("format=\"1\"", "format=\"9\"").getBytes()),
                "the archive has format 9");
        Path text = Files.writeString(temp.resolve("notes.zip"), "not a zip at all");
        branch.fails(1, List.of("is not a site archive (not a zip file"), "archive", "import", text.toString(), "--storage", "nas");
        branch.fails(1, List.of("no such archive"), "archive", "import", temp.resolve("absent.zip").toString(), "--storage", "nas");
        branch.fails(1, List.of("unknown storage device 'tape'"), "archive", "import", archive.toString(), "--storage", "tape");
        assertEquals(0, branch.json("master", "list").list("masters").size(), "nothing was imported");
    }

    @Test
    void itemsAndNumbersFromAnArchivePassTheChecksOfItemAddAndTheirRanges(@TempDir Path temp) throws Exception {
        Path archive = temp.resolve("good.zip");
        CliSite hq = headOffice(temp);
        hq.ok("archive", "export", archive.toString());
        Map<String, byte[]> good = entries(archive);
        String manifest = new String(good.get("encompass-archive.xml"), StandardCharsets.UTF_8);
        CliSite branch = branch(temp);
        byte[] hostnameBytes = "${hostname}\n".getBytes(StandardCharsets.UTF_8);
        String hostnameSha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(hostnameBytes));
        // the content is the entry contents/<sha256>; the manifest names it with its size
        String hostnameContent = "content-sha256=\"" + hostnameSha + "\" content-size=\"" + hostnameBytes.length + "\"";
        assertTrue(manifest.contains(hostnameContent) && manifest.contains("path=\"/etc/hostname\""), manifest);
        assertArrayEquals(hostnameBytes, good.get("contents/" + hostnameSha));

        // The same item is refused by item-add and inside an archive, for the same reason (one validator).
        String traversal = "'..' could leave the image";
        hq.fails(1, List.of(traversal), "master", "item-add", "web", "--path", "../../../etc/shadow", "--content", "x");
        refused(branch, temp, "traversal-item.zip", manifest(good, manifest.replace("path=\"/etc/hostname\"",
                "path=\"../../../etc/shadow\"")), "master web's item 1 is refused as master item-add would refuse it", traversal);
        String dotDot = "'..' could leave the image";
        hq.fails(1, List.of(dotDot), "master", "item-add", "web", "--path", "/etc/../../shadow", "--content", "x");
        refused(branch, temp, "dotdot-item.zip", manifest(good, manifest.replace("path=\"/etc/hostname\"",
                "path=\"/etc/../../shadow\"")), "master web's item 1", dotDot);
        String unclosed = "is not closed by '}'";
        hq.fails(1, List.of("template: ", unclosed), "master", "item-add", "web", "--path",
                "/etc/motd", "--content", "${unclosed", "--template");
        // (as an archive of an earlier version carries a content: Base64 in the manifest)
        refused(branch, temp, "template-item.zip", manifest(good, manifest.replace(hostnameContent, "content=\""
                + java.util.Base64.getEncoder().encodeToString("${unclosed".getBytes(StandardCharsets.UTF_8)) + "\"")),
                "master web's item 1", "template: ", unclosed);
        String flag = "unknown regex flag 'z'";
        hq.fails(1, List.of(flag), "master", "item-add", "web", "--path", "/etc/hosts", "--pattern", "a", "--replacement", "b",
                "--flags", "zq");
        refused(branch, temp, "flags-item.zip", manifest(good, manifest.replace("pattern=\"template\\.example\"",
                "flags=\"zq\" pattern=\"template\\.example\"")), "master web's item 2", flag);
        hq.fails(1, List.of("refers to group $3 but the pattern has 0 groups"), "master", "item-add", "web", "--path",
                "/etc/hosts", "--pattern", "a", "--replacement", "$3");
        assertEquals(2, hq.json("master", "show", "web").list("items").size(), "item-add stored none of the refused items");

        // Numbers: refused with their name and range, never stored truncated.
        refused(branch, temp, "cpus.zip", manifest(good, manifest.replaceFirst("min-cpus=\"0\"", "min-cpus=\"4294967297\"")),
                "master web's min-cpus 4294967297 is out of range: allowed 0..4096");
        refused(branch, temp, "cpus-int.zip", manifest(good, manifest.replaceFirst("min-cpus=\"0\"", "min-cpus=\"2147483648\"")),
                "master web's min-cpus 2147483648 is out of range: allowed 0..4096");
        refused(branch, temp, "memory.zip", manifest(good, manifest.replaceFirst("min-memory-mib=\"512\"",
                "min-memory-mib=\"-1\"")), "master web's min-memory-mib -1 is out of range: allowed 0..1073741824");
        refused(branch, temp, "disk.zip", manifest(good, manifest.replaceFirst("min-disk-gib=\"0\"",
                "min-disk-gib=\"18446744073709551617\"")), "master web's min-disk-gib 18446744073709551617 is out of range");
        refused(branch, temp, "size.zip", manifest(good, manifest.replaceFirst("size=\"\\d+\"", "size=\"99999999999999999999\"")),
                "master web's size 99999999999999999999 is out of range: allowed 1..");
        refused(branch, temp, "size-text.zip", manifest(good, manifest.replaceFirst("size=\"\\d+\"", "size=\"12e3\"")),
                "master web's size must be a whole number from 1 to");
        refused(branch, temp, "format.zip", manifest(good, manifest.replace("format=\"1\"", "format=\"4294967297\"")),
                "the archive's format 4294967297 is out of range");
        branch.fails(2, List.of("--min-cpus 4294967297 is out of range: allowed 0..4096"), "master", "import", "x", "--file",
                web.toString(), "--storage", "nas", "--min-cpus", "4294967297");
        branch.fails(2, List.of("--min-memory 9223372036854775808 is out of range: allowed 0..1073741824"), "master", "import",
                "x", "--file", web.toString(), "--storage", "nas", "--min-memory", "9223372036854775808");
        branch.fails(2, List.of("--min-disk must be a whole number, not '1e9'"), "master", "import", "x", "--file", web.toString(),
                "--storage", "nas", "--min-disk", "1e9");
        assertEquals(0, branch.json("master", "list").list("masters").size(), "nothing was imported");
    }

    @Test
    void aZipWhoseDirectoryPointsPastTheEndIsRefusedWithWhatIsWrong(@TempDir Path temp) throws Exception {
        Path archive = temp.resolve("good.zip");
        headOffice(temp).ok("archive", "export", archive.toString());
        CliSite branch = branch(temp);
        for (String entry : List.of("encompass-archive.xml", "masters/db.img")) {
            Path damaged = temp.resolve("past-the-end-" + entry.replace('/', '-') + ".zip");
            Files.write(damaged, pointingPastTheEnd(Files.readAllBytes(archive), entry));
            List<Path> stagingBefore = staging();
            CliRun run = branch.fails(1, List.of("the file ends before what its zip directory describes (truncated or damaged)"),
                    "archive", "import", damaged.toString(), "--storage", "nas");
            assertFalse(run.err().contains("null"), run::describe);
            assertTrue(run.err().contains(entry.equals("encompass-archive.xml") ? "encompass-archive.xml cannot be read"
                    : "master db's image in the archive is damaged"), run::describe);
            assertEquals(0, branch.json("master", "list").list("masters").size(), "nothing was imported");
            try (Stream<Path> files = Files.list(temp.resolve("branch/nas"))) {
                assertEquals(List.of(), files.toList(), "no image stays on the storage device");
            }
            assertEquals(stagingBefore, staging(), "no unpacked image stays behind");
        }
    }

    /** The zip with its central directory's record of {@code entry} pointing past the end of the file. */
    private static byte[] pointingPastTheEnd(byte[] zip, String entry) {
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int at = zip.length - 46; at >= 0; at--) {
            if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == name.length
                    && java.util.Arrays.equals(zip, at + 46, at + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(at + 42, zip.length + 4096); // the entry's local header offset
                return zip;
            }
        }
        throw new AssertionError("no central directory record for " + entry);
    }

    private static Map<String, byte[]> manifest(Map<String, byte[]> entries, String manifest) {
        return replaced(entries, "encompass-archive.xml", manifest.getBytes(StandardCharsets.UTF_8));
    }

    /** Imports a crafted archive, which must fail with {@code reasons} and leave the branch as it was. */
    private static void refused(CliSite branch, Path temp, String name, Map<String, byte[]> entries, String... reasons)
            throws IOException {
        Path archive = write(temp.resolve(name), entries);
        List<Path> stagingBefore = staging();
        branch.fails(1, List.of(reasons), "archive", "import", archive.toString(), "--storage", "nas");
        assertEquals(0, branch.json("master", "list").list("masters").size(), name + ": no master stays");
        try (Stream<Path> files = Files.list(temp.resolve("branch/nas"))) {
            assertEquals(List.of(), files.toList(), name + ": no image stays on the storage device");
        }
        assertEquals(stagingBefore, staging(), name + ": no unpacked image stays behind");
    }

    private static List<Path> staging() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("encompass-import-")).sorted().toList();
        }
    }

    private static long allocatedBytes(Path file) throws IOException, InterruptedException {
        Process stat = new ProcessBuilder("stat", "-c", "%b %B", file.toString()).start();
        String[] parts = new String(stat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split(" ");
        stat.waitFor();
        return Long.parseLong(parts[0]) * Long.parseLong(parts[1]);
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Map<String, byte[]> with(Map<String, byte[]> entries, String name, byte[] bytes) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put(name, bytes);
        return copy;
    }

    private static Map<String, byte[]> without(Map<String, byte[]> entries, String name) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.remove(name);
        return copy;
    }

    private static Map<String, byte[]> replaced(Map<String, byte[]> entries, String name, byte[] bytes) {
        return with(entries, name, bytes);
    }

    private static Path write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }
}
