package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large file-replacement contents (issue 21) through the command line, on a real repository (CDO on Derby), file
 * storage and a real ext4 image: a 50 MiB {@code --content-file} lives on the storage device beside the images,
 * by SHA-256, the repository keeps only digest and size; apply writes the exact bytes; a changed content is
 * refused; an archive carries the content and its import checks it; a content past the limit is refused.
 */
class CliLargeContentTest {
    private static final int FIFTY_MIB = 50 << 20;

    @TempDir
    static Path shared;
    private static Path image;
    private static Path large;

    @BeforeAll
    static void build() throws IOException, InterruptedException {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp");
        Path tree = Files.createDirectories(shared.resolve("tree/etc"));
        Files.writeString(tree.resolve("hostname"), "template\n");
        image = ImageTools.ext4(tree.getParent(), shared.resolve("web.img"), "96M");
        large = shared.resolve("large.txt");
        Random random = new Random(21);
        byte[] line = new byte[64];
        try (OutputStream out = Files.newOutputStream(large)) {
            for (int written = 0; written < FIFTY_MIB; written += line.length) {
                for (int i = 0; i < line.length - 1; i++) {
                    line[i] = (byte) ('a' + random.nextInt(26));
                }
                line[line.length - 1] = '\n';
                out.write(line);
            }
        }
    }

    private static CliSite site(Path temp, String name) throws IOException {
        CliSite site = new CliSite(temp.resolve(name + "-repo"));
        Path nas = Files.createDirectories(temp.resolve(name + "-nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        return site;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static long sizeOf(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static Map<?, ?> item(CliSite site, String master, int index) {
        return (Map<?, ?>) site.json("master", "show", master).list("items").get(index);
    }

    @Test
    void aFiftyMibContentFileLivesOnTheDeviceAndIsAppliedExactly(@TempDir Path temp) throws Exception {
        CliSite site = site(temp, "hq");
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas");
        byte[] bytes = Files.readAllBytes(large);
        String sha = sha256(bytes);
        long repositoryBefore = sizeOf(temp.resolve("hq-repo"));
        site.ok("master", "item-add", "web", "--path", "/etc/large.txt", "--content-file", large.toString());
        Map<?, ?> item = item(site, "web", 0);
        assertEquals((long) FIFTY_MIB, ((Number) item.get("contentBytes")).longValue());
        assertEquals(sha, item.get("contentSha256"));
        assertFalse(item.containsKey("content"), "master show prints no content");
        Path stored = temp.resolve("hq-nas/contents").resolve(sha);
        assertArrayEquals(bytes, Files.readAllBytes(stored), "the content is on the storage device, by its SHA-256");
        long growth = sizeOf(temp.resolve("hq-repo")) - repositoryBefore;
        System.out.println("repository growth for a 50 MiB item: " + growth + " bytes");
        assertTrue(growth < FIFTY_MIB / 4, "the repository did not take the content: it grew by " + growth + " bytes");

        site.ok("clone", "web");
        long start = System.nanoTime();
        site.json("customize", "apply", "web-01").expect(1L, "customization", "pointer");
        System.out.printf("customize apply of a 50 MiB item: %.2f s%n", (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        Path cloneImage = Path.of(site.json("clone", "show", "web-01").string("location"));
        site.json("master", "show", "web");
        System.out.printf("clone show + master show after it: %.2f s%n", (System.nanoTime() - start) / 1e9);
        Path copy = temp.resolve("copy");
        ImageTools.check("e2cp", cloneImage + ":/etc/large.txt", copy.toString());
        assertArrayEquals(bytes, Files.readAllBytes(copy), "apply wrote the exact bytes");
    }

    @Test
    void aChangedContentIsRefusedAndNothingIsApplied(@TempDir Path temp) throws Exception {
        CliSite site = site(temp, "hq");
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas");
        site.ok("master", "item-add", "web", "--path", "/etc/hostname", "--content", "first\n");
        site.ok("master", "item-add", "web", "--path", "/etc/motd", "--content", "hello\n");
        Path stored = temp.resolve("hq-nas/contents").resolve(sha256("hello\n".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(stored, "HELLO\n");
        site.ok("clone", "web");
        site.fails(1, List.of("the content of item 2 ('/etc/motd') of master web", "was changed"), "customize", "apply", "web-01");
        Path cloneImage = Path.of(site.json("clone", "show", "web-01").string("location"));
        assertEquals("template\n", ImageTools.readInImage(cloneImage, "/etc/hostname"), "nothing applied, not even item 1");
        site.fails(1, List.of("the content of item 2 ('/etc/motd') of master web", "was changed"), "archive", "export",
                temp.resolve("web.zip").toString());
        assertFalse(Files.exists(temp.resolve("web.zip")));
    }

    @Test
    void aContentBeyondTheLimitIsRefusedNamingTheFile(@TempDir Path temp) throws Exception {
        CliSite site = site(temp, "hq");
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas");
        Path tooLarge = temp.resolve("too-large.txt");
        try (var channel = java.nio.channels.FileChannel.open(tooLarge, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] { 'x' }), 64L << 20); // 64 MiB + 1 byte
        }
        site.fails(1, List.of("cannot use --content-file " + tooLarge, "more than 67108864 bytes"), "master", "item-add",
                "web", "--path", "/etc/big", "--content-file", tooLarge.toString());
        assertEquals(0, site.json("master", "show", "web").list("items").size());
    }

    @Test
    void anArchiveCarriesTheContentAndItsImportChecksIt(@TempDir Path temp) throws Exception {
        CliSite hq = site(temp, "hq");
        hq.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas");
        String content = "from the head office \u2713\n".repeat(100_000); // 2.4 MiB
        Path file = Files.writeString(temp.resolve("content.txt"), content);
        hq.ok("master", "item-add", "web", "--path", "/etc/motd", "--content-file", file.toString());
        String sha = sha256(content.getBytes(StandardCharsets.UTF_8));
        Path archive = temp.resolve("web.zip");
        hq.ok("archive", "export", archive.toString());
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertArrayEquals(content.getBytes(StandardCharsets.UTF_8),
                    zip.getInputStream(zip.getEntry("contents/" + sha)).readAllBytes(), "the archive carries the content");
        }

        Path damaged = temp.resolve("damaged.zip");
        rewrite(archive, damaged, "contents/" + sha, bytes -> {
            bytes[0] ^= 1;
            return bytes;
        });
        CliSite branch = site(temp, "branch");
        branch.fails(1, List.of("contents/" + sha, "does not match its SHA-256"), "archive", "import", damaged.toString(),
                "--storage", "nas");
        Path stray = temp.resolve("stray.zip");
        rewrite(archive, stray, null, null);
        branch.fails(1, List.of("contents no item names"), "archive", "import", stray.toString(), "--storage", "nas");
        assertEquals(0, branch.json("master", "list").list("masters").size(), "nothing imported");

        branch.ok("archive", "import", archive.toString(), "--storage", "nas");
        assertEquals(sha, item(branch, "web", 0).get("contentSha256"));
        assertEquals(content, Files.readString(temp.resolve("branch-nas/contents").resolve(sha)));
        branch.ok("clone", "web");
        branch.ok("customize", "apply", "web-01");
        Path cloneImage = Path.of(branch.json("clone", "show", "web-01").string("location"));
        assertEquals(content, ImageTools.readInImage(cloneImage, "/etc/motd"));
    }

    /** A copy of {@code from} with {@code entry} changed by {@code change}, or (null) with a stray content entry added. */
    private static void rewrite(Path from, Path to, String entry, java.util.function.UnaryOperator<byte[]> change)
            throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = zip.getInputStream(e)) {
                    byte[] bytes = in.readAllBytes();
                    out.write(e.getName().equals(entry) ? change.apply(bytes) : bytes);
                }
                out.closeEntry();
            }
            if (entry == null) {
                out.putNextEntry(new ZipEntry("contents/" + "0".repeat(64)));
                out.write("stray".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }
}
