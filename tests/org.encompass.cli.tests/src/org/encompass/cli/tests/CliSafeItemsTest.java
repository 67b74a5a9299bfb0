package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.encompass.cli.internal.RawArguments;
import org.encompass.cli.internal.UsageException;
import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Customization items that cannot hang, corrupt or overload (issue 21), through the command line on a real
 * repository and real ext4 images: a catastrophic pattern applied in linear time with nothing left behind,
 * patterns RE2 cannot run refused at item-add (flag x honoured), one-line errors, a retired master, bounded
 * and exact content, and arguments decoded as UTF-8 from their raw bytes whatever the JVM's charset.
 */
class CliSafeItemsTest {
    private static final String FORTY = "a".repeat(39) + "b\n";

    @TempDir
    static Path shared;
    private static Path image;

    @BeforeAll
    static void buildImage() throws IOException, InterruptedException {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp");
        Path tree = Files.createDirectories(shared.resolve("tree/etc"));
        Files.writeString(tree.resolve("forty"), FORTY);
        Files.writeString(tree.resolve("hosts"), "127.0.0.1 localhost\n127.0.1.1 template\n");
        image = ImageTools.ext4(tree.getParent(), shared.resolve("web.img"), "16M");
    }

    private static CliSite site(Path temp) throws IOException {
        CliSite site = new CliSite(temp.resolve("repo"));
        Path nas = Files.createDirectories(temp.resolve("nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas");
        return site;
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // a hang guard only (the old engine ran for minutes)
    void theTestersPatternAppliesAndLeavesNoProcessOrTemporaryDirectory(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.json("master", "item-add", "web", "--path", "/etc/forty", "--pattern", "(.*a){12}$", "--replacement", "x");
        site.json("master", "item-add", "web", "--path", "/etc/hosts", "--pattern", "(?m)^127\\.0\\.1\\.1 (.*)$",
                "--replacement", "127.0.1.1 web-$1");
        site.ok("clone", "web");
        site.json("customize", "apply", "web-01").expect(2L, "customization", "pointer");
        Path cloneImage = Path.of(site.json("clone", "show", "web-01").string("location"));
        assertEquals(FORTY, ImageTools.readInImage(cloneImage, "/etc/forty"), "the pattern matches nothing: unchanged");
        assertEquals("127.0.0.1 localhost\n127.0.1.1 web-template\n", ImageTools.readInImage(cloneImage, "/etc/hosts"));
        assertEquals(List.of(), workDirectories(), "no debugfs work directory is left");
        assertTrue(ProcessHandle.current().children().noneMatch(p -> p.info().command().orElse("").contains("debugfs")),
                "no debugfs process is left");
    }

    @Test
    void patternsAreCheckedWithTheirFlagsAndErrorsAreOneLine(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.fails(1, List.of("bad pattern '(a)\\1'", "RE2"), "master", "item-add", "web", "--path", "/etc/hosts",
                "--pattern", "(a)\\1", "--replacement", "x");
        site.fails(1, List.of("bad pattern", "(with flag x)", "( # opened\\n a"), "master", "item-add", "web",
                "--path", "/etc/hosts", "--pattern", "( # opened\n a", "--replacement", "x", "--flags", "x");
        site.fails(1, List.of("refused path '/etc/a\\nb'", "control characters"), "master", "item-add", "web",
                "--path", "/etc/a\nb", "--content", "x");
        String commented = "^127\\.0\\.1\\.1 \\s+ (\\S+)  # the host name (unbalanced '(' in a comment)\n";
        site.fails(1, List.of("bad pattern", "missing closing )"), "master", "item-add", "web", "--path", "/etc/hosts",
                "--pattern", commented, "--replacement", "127.0.1.1 $1-x", "--flags", "m");
        assertEquals(0, site.json("master", "show", "web").list("items").size(), "nothing refused was stored");
        site.json("master", "item-add", "web", "--path", "/etc/hosts", "--pattern", commented, "--replacement",
                "127.0.1.1 $1-x", "--flags", "xm").expect(1L, "item", "number");
        site.ok("clone", "web");
        site.ok("customize", "apply", "web-01");
        Path cloneImage = Path.of(site.json("clone", "show", "web-01").string("location"));
        assertEquals("127.0.0.1 localhost\n127.0.1.1 template-x\n", ImageTools.readInImage(cloneImage, "/etc/hosts"));
        CliRun help = site.ok("master", "item-add", "--help");
        assertTrue(help.out().contains("RE2") && help.out().contains("backreferences"), help::describe);
    }

    @Test
    void itemsOnARetiredMasterAreRefused(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.ok("clone", "web");
        site.ok("destroy", "web-01");
        site.ok("master", "delete", "web");
        site.json("master", "show", "web").expect(Boolean.TRUE, "retired");
        site.fails(1, List.of("cannot add a customization item to master web", "retired"), "master", "item-add", "web",
                "--path", "/etc/motd", "--content", "x");
        assertEquals(0, site.json("master", "show", "web").list("items").size());
    }

    @Test
    void contentIsExactUtf8AndBounded(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.fails(1, List.of("cannot use --content-file /dev/zero", "more than 67108864 bytes"), "master", "item-add",
                "web", "--path", "/etc/zero", "--content-file", "/dev/zero");
        Path latin1 = Files.write(temp.resolve("latin1.txt"), "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        site.fails(1, List.of("not UTF-8 text", "byte 0xe9 at byte offset 3"), "master", "item-add", "web", "--path",
                "/etc/motd", "--content-file", latin1.toString());
        String text = "h\u00e9llo \u2713\n";
        Path utf8 = Files.writeString(temp.resolve("motd.txt"), "file: " + text);
        site.ok("master", "item-add", "web", "--path", "/etc/motd", "--content", text);
        site.ok("master", "item-add", "web", "--path", "/etc/issue", "--content-file", utf8.toString());
        site.ok("clone", "web");
        site.ok("customize", "apply", "web-01");
        Path cloneImage = Path.of(site.json("clone", "show", "web-01").string("location"));
        Path copy = temp.resolve("copy");
        ImageTools.check("e2cp", cloneImage + ":/etc/motd", copy.toString());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(copy));
        ImageTools.check("e2cp", cloneImage + ":/etc/issue", copy.toString());
        assertArrayEquals(Files.readAllBytes(utf8), Files.readAllBytes(copy));
    }

    /** What the JVM does under LANG=C (ASCII, every non-ASCII byte U+FFFD) is undone from the raw argv bytes. */
    @Test
    void argumentsAreDecodedAsUtf8FromTheirBytesWhateverTheJvmCharset() {
        byte[] cmdline = cmdline("java", "-jar", "x.jar", "--content", "h\u00e9llo \u2713");
        String[] seenUnderLangC = { "--content", "h\ufffd\ufffdllo \ufffd\ufffd\ufffd" };
        assertArrayEquals(new String[] { "--content", "h\u00e9llo \u2713" },
                RawArguments.decode(seenUnderLangC, cmdline, StandardCharsets.US_ASCII));

        byte[] invalid = concat(cmdline("java", "--content"), new byte[] { 'a', (byte) 0xff, 'b', 0 });
        UsageException refused = assertThrows(UsageException.class, () -> RawArguments.decode(
                new String[] { "--content", "a\ufffdb" }, invalid, StandardCharsets.UTF_8));
        assertEquals("argument 2 (the value of --content) is not valid UTF-8: byte 0xff at byte offset 1 starts no"
                + " UTF-8 sequence (arguments are read as UTF-8 whatever the locale)", refused.getMessage());

        String[] unrelated = { "list" };
        assertTrue(unrelated == RawArguments.decode(unrelated, cmdline, StandardCharsets.UTF_8),
                "arguments that are not the process's own are left as given");
    }

    private static byte[] cmdline(String... args) {
        List<Byte> bytes = new ArrayList<>();
        for (String arg : args) {
            for (byte b : arg.getBytes(StandardCharsets.UTF_8)) {
                bytes.add(b);
            }
            bytes.add((byte) 0);
        }
        byte[] result = new byte[bytes.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = bytes.get(i);
        }
        return result;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = new byte[a.length + b.length];
        System.arraycopy(a, 0, result, 0, a.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static List<Path> workDirectories() throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                "encompass-ext4-" + ProcessHandle.current().pid() + "-*")) {
            entries.forEach(found::add);
        }
        return found;
    }
}
