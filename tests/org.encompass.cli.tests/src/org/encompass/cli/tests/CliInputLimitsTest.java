package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.encompass.core.Limits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text stored in the repository at its documented maximum ({@link Limits}) and one character past
 * it, through the CLI and through a site archive; and hostile input (line breaks, escape sequences, NUL,
 * huge values, malformed XML) through both: refused at the boundary, and every message one safe line.
 */
class CliInputLimitsTest {
    @TempDir
    static Path shared;
    private static Path image;

    @BeforeAll
    static void smallImage() throws Exception {
        image = Files.write(shared.resolve("small.img"), new byte[64 << 10]);
    }

    private static CliSite site(Path temp) throws Exception {
        CliSite site = new CliSite(temp.resolve("repo"));
        Path nas = Files.createDirectories(temp.resolve("nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        return site;
    }

    /** A master import option, the limit it has and how the refusal names it. */
    private record Text(String option, Limits.Text limit, String name) {
    }

    @Test
    void masterTextsAreStoredAtTheirLimitAndRefusedOnePast(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        List<Text> texts = List.of(new Text("--version", Limits.VERSION, "the version"),
                new Text("--description", Limits.DESCRIPTION, "the description"),
                new Text("--service-profile", Limits.PROFILE, "the service profile"),
                new Text("--software-profile", Limits.PROFILE, "the software profile"),
                new Text("--arch", Limits.ARCHITECTURE, "the architecture"));
        int n = 0;
        for (Text text : texts) {
            site.fails(1, List.of(text.name() + " is " + (text.limit().max() + 1) + " characters long; at most "
                    + text.limit().max() + " are allowed"), "master", "import", "m" + n, "--file", image.toString(), "--storage",
                    "nas", text.option(), "v".repeat(text.limit().max() + 1));
            site.ok("master", "import", "m" + n, "--file", image.toString(), "--storage", "nas", text.option(),
                    "v".repeat(text.limit().max()));
            n++;
        }
        Doc m0 = site.json("master", "show", "m0");
        assertEquals("v".repeat(Limits.VERSION.max()), m0.string("version"));
        try (var files = Files.list(temp.resolve("nas"))) {
            assertEquals(texts.size(), files.count(), "a refused import leaves no image behind");
        }
    }

    @Test
    void itemTextsAreStoredAtTheirLimitAndRefusedOnePast(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas");
        String path = "/" + "p".repeat(Limits.IMAGE_PATH.max() - 1);
        List<List<String>> atLimit = List.of(
                List.of("--path", path, "--content", "x"),
                List.of("--path", "/etc/motd", "--content", "c".repeat(Limits.CONTENT.max()), "--description",
                        "d".repeat(Limits.DESCRIPTION.max())),
                List.of("--path", "/etc/hosts", "--pattern", "a".repeat(Limits.PATTERN.max()), "--replacement",
                        "r".repeat(Limits.REPLACEMENT.max()), "--flags", "i".repeat(Limits.FLAGS.max())));
        List<List<String>> onePast = List.of(
                List.of("--path", path + "p", "--content", "x"),
                List.of("--path", "/etc/motd", "--content", "c".repeat(Limits.CONTENT.max() + 1)),
                List.of("--path", "/etc/motd", "--content", "x", "--description", "d".repeat(Limits.DESCRIPTION.max() + 1)),
                List.of("--path", "/etc/hosts", "--pattern", "a".repeat(Limits.PATTERN.max() + 1), "--replacement", "r"),
                List.of("--path", "/etc/hosts", "--pattern", "a", "--replacement", "r".repeat(Limits.REPLACEMENT.max() + 1)),
                List.of("--path", "/etc/hosts", "--pattern", "a", "--replacement", "r", "--flags", "i".repeat(Limits.FLAGS.max() + 1)));
        List<String> names = List.of("the item's path", "the content for '/etc/motd'", "the item's description",
                "the pattern for '/etc/hosts'", "the replacement for '/etc/hosts'", "the flags for '/etc/hosts'");
        for (int i = 0; i < onePast.size(); i++) {
            List<String> args = new ArrayList<>(List.of("master", "item-add", "web"));
            args.addAll(onePast.get(i));
            List<String> expected = names.get(i).startsWith("the content") // content's limit is in bytes (64 MiB)
                    ? List.of(names.get(i) + " has ", " bytes, more than the limit of ")
                    : List.of(names.get(i) + " is ", " characters long; at most ");
            site.fails(1, expected, args.toArray(String[]::new));
        }
        for (List<String> options : atLimit) {
            List<String> args = new ArrayList<>(List.of("master", "item-add", "web"));
            args.addAll(options);
            site.ok(args.toArray(String[]::new));
        }
        Doc web = site.json("master", "show", "web");
        assertEquals(3, web.list("items").size(), web::describe);
        assertEquals((long) Limits.CONTENT.max(), ((Number) ((Map<?, ?>) web.list("items").get(1)).get("contentBytes")).longValue());
    }

    @Test
    void archiveTextsAtTheirLimitImportAndOnePastAreRefused(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        Map<String, String> atLimit = new LinkedHashMap<>();
        atLimit.put("version", "v".repeat(Limits.VERSION.max()));
        atLimit.put("description", "d".repeat(Limits.DESCRIPTION.max()));
        atLimit.put("service-profile", "s".repeat(Limits.PROFILE.max()));
        atLimit.put("software-profile", "s".repeat(Limits.PROFILE.max()));
        atLimit.put("architecture", "a".repeat(Limits.ARCHITECTURE.max()));
        atLimit.put("parent", "p".repeat(Limits.ARCHIVE_NOTE.max()));
        String item = "<regex-replacement path=\"/" + "p".repeat(Limits.IMAGE_PATH.max() - 1) + "\" pattern=\""
                + "a".repeat(Limits.PATTERN.max()) + "\" replacement=\"" + "r".repeat(Limits.REPLACEMENT.max()) + "\" flags=\""
                + "i".repeat(Limits.FLAGS.max()) + "\" description=\"" + "d".repeat(Limits.DESCRIPTION.max()) + "\"/>";
        for (Map.Entry<String, String> text : atLimit.entrySet()) {
            Map<String, String> past = new LinkedHashMap<>(atLimit);
            past.put(text.getKey(), text.getValue() + "x");
            String named = text.getKey().equals("parent") ? "master big's parent is "
                    : "master big: the " + text.getKey().replace('-', ' ') + " is ";
            site.fails(1, List.of(named, " characters long; at most "),
                    "archive", "import", archive(temp.resolve("past-" + text.getKey() + ".zip"), past, "hq", item).toString(),
                    "--storage", "nas");
        }
        for (String[] field : new String[][] { { "path=\"/p", "path=\"/pp" }, { "pattern=\"a", "pattern=\"aa" },
                { "replacement=\"r", "replacement=\"rr" }, { "flags=\"i", "flags=\"ii" }, { "description=\"d", "description=\"dd" } }) {
            site.fails(1, List.of("master big's item 1 is refused", " characters long; at most "), "archive", "import",
                    archive(temp.resolve("past-item.zip"), atLimit, "hq", item.replace(field[0], field[1])).toString(),
                    "--storage", "nas");
            Files.delete(temp.resolve("past-item.zip"));
        }
        site.fails(1, List.of("the archive's site is " + (Limits.ARCHIVE_NOTE.max() + 1) + " characters long"), "archive", "show",
                archive(temp.resolve("past-site.zip"), atLimit, "h".repeat(Limits.ARCHIVE_NOTE.max() + 1), item).toString());
        assertEquals(0, site.json("master", "list").list("masters").size(), "nothing was imported");

        site.ok("archive", "import", archive(temp.resolve("at-limit.zip"), atLimit, "h".repeat(Limits.ARCHIVE_NOTE.max()), item)
                .toString(), "--storage", "nas");
        Doc big = site.json("master", "show", "big");
        assertEquals(atLimit.get("version"), big.string("version"));
        assertEquals(atLimit.get("description"), big.string("description"));
        assertEquals(1, big.list("items").size());
    }

    @Test
    void hostileInputIsRefusedAtTheBoundaryAndEveryMessageIsOneSafeLine(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        // Through the command line.
        CliRun forged = site.fails(1, List.of("invalid master name 'x\\nencompass: imported 1 master'"), "master", "import",
                "x\nencompass: imported 1 master", "--file", image.toString(), "--storage", "nas");
        assertFalse(forged.err().contains("\u001b"), forged::describe);
        site.fails(1, List.of("the version holds a control character (U+001B at character 1)", "'\\u001b]0;pwned\\u0007'"),
                "master", "import", "web", "--file", image.toString(), "--storage", "nas", "--version", "\u001b]0;pwned\u0007");
        site.fails(1, List.of("the description holds a control character (U+0000 at character 2)"), "master", "import", "web",
                "--file", image.toString(), "--storage", "nas", "--description", "a\u0000b");
        site.fails(1, List.of("the location holds a control character"), "storage", "add", "evil", "--kind", "file",
                "--location", temp.resolve("a\nb").toString());
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas");
        site.fails(1, List.of("refused path '/etc/host\\nname': control characters"), "master", "item-add", "web", "--path",
                "/etc/host\nname", "--content", "x");
        site.fails(1, List.of("unknown master 'no\\u001b[2Jpe'"), "master", "show", "no\u001b[2Jpe");

        // Through an archive: an XML 1.1 manifest may carry control characters as references.
        Map<String, String> texts = new LinkedHashMap<>(Map.of("version", "&#x1b;]0;pwned&#x7;"));
        Path xml11 = archive(temp.resolve("xml11.zip"), texts, "hq", "", "1.1");
        site.fails(1, List.of("master big: the version holds a control character (U+001B at character 1)"), "archive", "show",
                xml11.toString());
        site.fails(1, List.of("the archive's site holds a control character"), "archive", "import",
                archive(temp.resolve("site.zip"), Map.of(), "hq&#x0a;encompass: imported 1 master", "", "1.1").toString(),
                "--storage", "nas");
        String hugeSha = "f".repeat(1_000_000);
        CliRun huge = site.fails(1, List.of("has no valid SHA-256", "... (1000000 characters)"), "archive", "show",
                rawArchive(temp.resolve("sha.zip"), "<?xml version=\"1.0\"?><encompass-archive format=\"1\" site=\"hq\">"
                        + "<master name=\"big\" entry=\"masters/big.img\" size=\"1\" sha256=\"" + hugeSha + "\"/></encompass-archive>")
                        .toString());
        assertTrue(huge.err().length() < 5000, () -> "the huge value is cut: " + huge.err().length() + " characters");

        // A malformed manifest: exactly one line, no "[Fatal Error]" from the XML parser on the process's stderr.
        PrintStream systemErr = System.err;
        ByteArrayOutputStream leaked = new ByteArrayOutputStream();
        System.setErr(new PrintStream(leaked, true, StandardCharsets.UTF_8));
        CliRun malformed;
        try {
            malformed = site.fails(1, List.of("the archive's manifest is not well-formed XML (line 2, column"), "archive", "show",
                    rawArchive(temp.resolve("malformed.zip"), "<?xml version=\"1.0\"?>\n<encompass-archive format=\"1\"><<")
                            .toString());
        } finally {
            System.setErr(systemErr);
        }
        String stray = leaked.toString(StandardCharsets.UTF_8);
        assertFalse(stray.contains("[Fatal Error]"), () -> "the parser printed on its own:\n" + stray + "\n" + malformed.describe());
        assertEquals(1, site.json("master", "list").list("masters").size(), "only the good import stays");
    }

    private static Path archive(Path zip, Map<String, String> masterTexts, String siteName, String items) throws Exception {
        return archive(zip, masterTexts, siteName, items, "1.0");
    }

    /** An archive of master {@code big} (a small image) with these texts (raw XML attribute values) and items. */
    private static Path archive(Path zip, Map<String, String> masterTexts, String siteName, String items, String xmlVersion)
            throws Exception {
        byte[] bytes = new byte[4096];
        bytes[0] = 1;
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        StringBuilder xml = new StringBuilder("<?xml version=\"" + xmlVersion + "\" encoding=\"UTF-8\"?>\n<encompass-archive format=\"1\""
                + " site=\"" + siteName + "\" created=\"2026-12-06T00:00:00Z\" created-by=\"test\">\n<master name=\"big\""
                + " entry=\"masters/big.img\" size=\"4096\" sha256=\"" + sha + "\"");
        masterTexts.forEach((key, value) -> xml.append(' ').append(key).append("=\"").append(value).append('"'));
        xml.append(">").append(items).append("</master>\n<snapshot/>\n</encompass-archive>\n");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("encompass-archive.xml"));
            out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("masters/big.img"));
            out.write(bytes);
            out.closeEntry();
        }
        return zip;
    }

    private static Path rawArchive(Path zip, String manifest) throws Exception {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("encompass-archive.xml"));
            out.write(manifest.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
