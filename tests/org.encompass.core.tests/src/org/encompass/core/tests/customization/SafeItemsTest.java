package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.encompass.core.customization.ApplyResult;
import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.CustomizationException;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.CustomizationItemValidator;
import org.encompass.core.customization.DirectoryImageFiles;
import org.encompass.core.customization.Ext4ImageFiles;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ItemListener;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.customization.UndoRecord;
import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items that cannot hang, corrupt or overload (issue 21), through the engine: linear-time patterns on a real
 * ext4 image, the one validator (flags such as x taken into account, one-line reasons), cancellation between
 * items, and no debugfs work directory left behind.
 */
class SafeItemsTest {

    private static final String FORTY = "a".repeat(39) + "b";

    @TempDir
    Path temp;
    private final CustomizationEngine engine = new CustomizationEngine();

    /** The tester's pattern: exponential for a backtracking engine (minutes for 40 characters), linear here. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard only: it finishes in well under a second
    void catastrophicPatternRunsInLinearTimeOnAnExt4Image() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs", "e2cp");
        Path tree = Files.createDirectories(temp.resolve("tree/etc"));
        Files.writeString(tree.resolve("forty"), FORTY + "\n");
        Files.writeString(tree.resolve("many"), "xa".repeat(1000) + "\n");
        byte[] exact = "h\u00e9llo \u2713\n".getBytes(StandardCharsets.UTF_8);
        Path image = TestImages.ext4(temp.resolve("tree"), temp.resolve("image.img"));
        List<CustomizationItem> items = List.of(
                new RegexReplacement("no match", "/etc/forty", "(.*a){12}$", "x", ""),
                new RegexReplacement("match", "/etc/many", "(.*a){12}$", "[$1]", "m"),
                new FileReplacement("utf-8", "/etc/motd", "h\u00e9llo \u2713\n", false));
        ApplyResult result;
        try (ImageFiles files = new Ext4ImageFiles(image, 0)) {
            assertEquals(1, workDirectories().size(), "the open image has its work directory");
            result = engine.apply(files, items, 0, 3, Map.of());
        }
        assertEquals(1, result.warnings().size(), result.warnings()::toString);
        assertTrue(result.warnings().get(0).contains("matched nothing in /etc/forty"), result.warnings()::toString);
        assertEquals(FORTY + "\n", read(image, "/etc/forty"));
        assertEquals("[xa]\n", read(image, "/etc/many"), "greedy .* takes all but the last 'a', as Java would");
        assertArrayEquals(exact, readBytes(image, "/etc/motd"), "content is written as exactly its UTF-8 bytes");
        assertEquals(List.of(), workDirectories(), "closing removes the work directory");
    }

    @Test
    void workDirectoriesOfEndedProcessesAreRemoved() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long deadPid = deadPid();
        Path abandoned = Files.createDirectories(tmp.resolve("encompass-ext4-" + deadPid + "-123456"));
        Files.writeString(abandoned.resolve("content"), "left by a killed process");
        Path image = TestImages.ext4(TestImages.tree(temp.resolve("tree"), Files.createDirectories(temp.resolve("o"))),
                temp.resolve("image.img"));
        try (ImageFiles files = new Ext4ImageFiles(image, 0)) {
            assertFalse(Files.exists(abandoned), "opening an image removes a dead process's work directory");
        }
    }

    @Test
    void patternsTheLinearEngineCannotRunAreRefusedWithTheReason() {
        for (String pattern : List.of("(a)\\1", "(?=a)b", "a++", "(?<!x)y")) {
            String problem = CustomizationItemValidator.problem(new RegexReplacement("", "/etc/hosts", pattern, "x", ""));
            assertTrue(problem != null && problem.startsWith("bad pattern '" + pattern + "'") && problem.contains("RE2"),
                    pattern + ": " + problem);
        }
        assertNull(CustomizationItemValidator.problem(new RegexReplacement("", "/etc/hosts", "(?P<ip>\\d+)\\s+\\w+", "$1", "")));
    }

    @Test
    void commentsFlagIsTakenIntoAccount() {
        String commented = "^ (\\d+) \\s+  # the address (with a comment holding an unbalanced '('\n"
                + " [ ]localhost $ # a space in a class is kept\n";
        RegexReplacement withX = new RegexReplacement("", "/etc/hosts", commented, "$1", "xm");
        assertNull(CustomizationItemValidator.problem(withX), "valid with x");
        assertTrue(CustomizationItemValidator.problem(new RegexReplacement("", "/etc/hosts", commented, "$1", "m")) != null,
                "the same pattern without x has an unbalanced '(' in its 'comment'");

        String invalidWithX = "( # opened\n a";
        String problem = CustomizationItemValidator.problem(new RegexReplacement("", "/etc/hosts", invalidWithX, "", "x"));
        assertTrue(problem != null && problem.contains("(with flag x)") && problem.contains("missing closing )"), problem);
        assertFalse(problem.contains("\n"), "one line: " + problem);
        assertTrue(problem.contains("( # opened\\n a"), "the newline shown escaped: " + problem);
    }

    @Test
    void commentedPatternAppliesLikeTheSameWithoutComments() throws Exception {
        Path root = TestImages.tree(temp.resolve("tree"), Files.createDirectories(temp.resolve("outside")));
        try (ImageFiles files = new DirectoryImageFiles(root)) {
            engine.apply(files, List.of(new RegexReplacement("x", "/etc/hosts",
                    "^127\\.0\\.1\\.1 \\s+ (\\S+)   # the host's own name\n", "127.0.1.1 web-$1", "xm")), 0, 1, Map.of());
            assertEquals("127.0.0.1 localhost\n127.0.1.1 web-template-host\n::1 localhost\n", Files.readString(root.resolve("etc/hosts")));
            engine.apply(files, List.of(new RegexReplacement("empty", "/etc/hostname", "x*", "-", "")), 0, 1, Map.of());
            assertEquals("-t-e-m-p-l-a-t-e---h-o-s-t-\n-", Files.readString(root.resolve("etc/hostname")),
                    "empty matches advance as with java.util.regex");
            Files.writeString(root.resolve("etc/motd"), "a b#c x y\na b#c#x y\n");
            // x keeps escaped blanks and '#', character classes and \Q...\E as they are
            engine.apply(files, List.of(new RegexReplacement("escapes", "/etc/motd", "a\\ b \\#c [# ] \\Qx y\\E # end",
                    "Z", "x")), 0, 1, Map.of());
            assertEquals("Z\nZ\n", Files.readString(root.resolve("etc/motd")));
        }
    }

    /** The search for {@code ^literal} patterns starts at lines with the literal: the same matches as a full search. */
    @Test
    void multilinePatternsAnchoredOnALiteralFindEveryMatch() throws Exception {
        Path root = TestImages.tree(temp.resolve("tree"), Files.createDirectories(temp.resolve("outside")));
        Files.writeString(root.resolve("etc/motd"), "Listen 80\nxListen 81\nListen x\nListen 82\nab cd\nab\nListen 83");
        try (ImageFiles files = new DirectoryImageFiles(root)) {
            engine.apply(files, List.of(new RegexReplacement("listen", "/etc/motd", "^Listen (\\d+)$", "L$1", "m"),
                    new RegexReplacement("alternation", "/etc/motd", "^ab|cd", "_", "m"),
                    new RegexReplacement("not multiline", "/etc/motd", "^Listen", "-", ""),
                    new RegexReplacement("quantified", "/etc/motd", "^_?\\n", "=", "m")), 0, 4, Map.of());
        }
        assertEquals("L80\nxListen 81\nListen x\nL82\n_ _\n=L83", Files.readString(root.resolve("etc/motd")));
    }

    @Test
    void pathsAndFlagsAreRefusedOnOneLine() {
        String newline = CustomizationItemValidator.problem(new FileReplacement("", "/etc/a\nb", "x", false));
        assertEquals("refused path '/etc/a\\nb': control characters (such as newlines) are not allowed in image paths",
                newline);
        String flag = CustomizationItemValidator.problem(new RegexReplacement("", "/etc/hosts", "a", "b", "g"));
        assertEquals("unknown regex flag 'g' in 'g' (known: i m s x u 1)", flag);
        String group = CustomizationItemValidator.problem(new RegexReplacement("", "/etc/hosts", "(a)", "$2", ""));
        assertEquals("the replacement refers to group $2 but the pattern has 1 group", group);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> CustomizationItemValidator.check(new FileReplacement("", "/etc/motd", "${open", true)));
        assertTrue(thrown.getMessage().startsWith("template: "), thrown.getMessage());
    }

    @Test
    void contentOverTheLimitIsRefused() {
        String big = "x".repeat((int) CustomizationItemValidator.MAX_CONTENT_BYTES + 1);
        String problem = CustomizationItemValidator.problem(new FileReplacement("", "/etc/big", big, false));
        assertTrue(problem != null && problem.contains("more than the limit of 67108864 bytes"), problem);
        assertNull(CustomizationItemValidator.problem(new FileReplacement("", "/etc/big", big.substring(1), false)));
    }

    @Test
    void cancellationStopsBetweenItemsAndKeepsThePointerTrue() throws Exception {
        Path root = TestImages.tree(temp.resolve("tree"), Files.createDirectories(temp.resolve("outside")));
        List<UndoRecord> applied = new ArrayList<>();
        ItemListener cancelAfterFirst = new ItemListener() {
            @Override
            public void applied(UndoRecord record) {
                applied.add(record);
            }

            @Override
            public boolean cancelled() {
                return !applied.isEmpty();
            }
        };
        try (ImageFiles files = new DirectoryImageFiles(root)) {
            CustomizationException stopped = assertThrows(CustomizationException.class, () -> engine.apply(files,
                    List.of(new FileReplacement("one", "/etc/motd", "1", false),
                            new FileReplacement("two", "/etc/hostname", "2", false)), 0, 2, Map.of(), cancelAfterFirst));
            assertTrue(stopped.getMessage().startsWith("cancelled before item 2 (two)"), stopped.getMessage());
            assertEquals(1, stopped.pointerReached());
        }
        assertEquals("1", Files.readString(root.resolve("etc/motd")));
        assertEquals(TestImages.HOSTNAME, Files.readString(root.resolve("etc/hostname")), "item 2 never ran");
    }

    private static byte[] readBytes(Path image, String path) throws Exception {
        Path copy = Files.createTempFile("e2cp-", ".out");
        try {
            ImageTools.check("e2cp", image + ":" + path, copy.toString());
            return Files.readAllBytes(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static String read(Path image, String path) throws Exception {
        Path copy = Files.createTempFile("e2cp-", ".out");
        try {
            ImageTools.check("e2cp", image + ":" + path, copy.toString());
            return Files.readString(copy, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** This process's debugfs work directories. */
    private static List<Path> workDirectories() throws Exception {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                "encompass-ext4-" + ProcessHandle.current().pid() + "-*")) {
            entries.forEach(found::add);
        }
        return found;
    }

    /** A process id no process can have: above the kernel's pid_max. */
    private static long deadPid() throws Exception {
        long beyondMax = Long.parseLong(Files.readString(Path.of("/proc/sys/kernel/pid_max")).strip()) + 1000;
        assertTrue(ProcessHandle.of(beyondMax).isEmpty());
        return beyondMax;
    }
}
