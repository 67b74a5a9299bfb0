package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.encompass.core.customization.ApplyResult;
import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.CustomizationException;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.DirectoryImageFiles;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.customization.UndoRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates, regex replacements, argument checks and path rules, on a directory tree (fast). */
class CustomizationEngineTest {

    private static final Map<String, String> VARS = Map.of("hostname", "web01", "tricky", "$1 \\ ${x} $$");

    @TempDir
    Path temp;
    private Path root;
    private ImageFiles files;
    private final CustomizationEngine engine = new CustomizationEngine();

    @BeforeEach
    void setUp() throws Exception {
        root = TestImages.tree(temp.resolve("tree"), Files.createDirectories(temp.resolve("outside")));
        files = new DirectoryImageFiles(root);
    }

    @AfterEach
    void tearDown() throws Exception {
        files.close();
    }

    @Test
    void templateSubstitutesVariablesAndKeepsEscapedAndForeignDollars() throws Exception {
        apply(new FileReplacement("t", "/etc/motd", "host ${hostname}, literal $${hostname}, $HOME, $$, ${tricky}\n",
                true));
        assertEquals("host web01, literal ${hostname}, $HOME, $$, $1 \\ ${x} $$\n", read("/etc/motd"));
    }

    @Test
    void nonTemplateContentIsTakenAsIs() throws Exception {
        apply(new FileReplacement("t", "/etc/motd", "${hostname} $${x}", false));
        assertEquals("${hostname} $${x}", read("/etc/motd"));
    }

    @Test
    void malformedTemplateIsAnErrorNamingTheItem() {
        CustomizationException open = applyFails(new FileReplacement("open", "/etc/motd", "a ${hostname", true));
        assertMessage(open, "item 1 (open): template: '${' at character 3 is not closed");
        CustomizationException name = applyFails(new FileReplacement("", "/etc/motd", "${1st}", true));
        assertMessage(name, "item 1: template: '${1st}' at character 1 is not a valid variable name");
    }

    @Test
    void regexGroupsAndVariablesAreInsertedLiterally() throws Exception {
        apply(new RegexReplacement("hosts", "/etc/hosts", "^(127\\.0\\.1\\.1)\\s+(\\S+)$",
                "$1 ${tricky} [$2] \\$1 \\\\ $${x}", "m"));
        assertEquals("127.0.0.1 localhost\n127.0.1.1 $1 \\ ${x} $$ [template-host] $1 \\ ${x}\n::1 localhost\n",
                read("/etc/hosts"));
    }

    @Test
    void flagsSelectCaseFirstMatchDotAllAndComments() throws Exception {
        apply(new RegexReplacement("first", "/etc/hosts", "LOCALHOST", "loopback", "i1"));
        assertEquals("127.0.0.1 loopback\n127.0.1.1 template-host\n::1 localhost\n", read("/etc/hosts"));
        apply(new RegexReplacement("all", "/etc/hosts", "host", "HOST", ""));
        assertEquals("127.0.0.1 loopback\n127.0.1.1 template-HOST\n::1 localHOST\n", read("/etc/hosts"));
        apply(new RegexReplacement("dotall", "/etc/hosts", "loopback.*template", "X", "s"));
        assertEquals("127.0.0.1 X-HOST\n::1 localHOST\n", read("/etc/hosts"));
        apply(new RegexReplacement("comments", "/etc/hosts", "^ ::1 \\s+ # IPv6 loopback\n", "::2 ", "xm"));
        assertEquals("127.0.0.1 X-HOST\n::2 localHOST\n", read("/etc/hosts"));
    }

    @Test
    void patternMatchingNothingIsAWarning() throws Exception {
        ApplyResult result = engine.apply(files,
                List.of(new RegexReplacement("absent", "/etc/hosts", "no such line", "x", "")), 0, 1, VARS);
        assertEquals(List.of("item 1 (absent): the pattern matched nothing in /etc/hosts"), result.warnings());
        assertEquals(TestImages.HOSTS, read("/etc/hosts"));
        assertEquals(1, result.pointer());
    }

    @Test
    void groupBeyondThePatternIsAnError() {
        CustomizationException error = applyFails(new RegexReplacement("g", "/etc/hosts", "(a)b", "$2", ""));
        assertMessage(error, "item 1 (g): the replacement refers to group $2 but the pattern has 1 group");
    }

    @Test
    void loneBackslashInReplacementIsAnError() {
        assertMessage(applyFails(new RegexReplacement("b", "/etc/hosts", "a", "x\\", "")),
                "item 1 (b): replacement: the replacement ends with a lone backslash");
    }

    @Test
    void missingVariableInRegexReplacementIsAnError() {
        assertMessage(applyFails(new RegexReplacement("r", "/etc/hosts", "a", "${domain}", "")),
                "item 1 (r): variable 'domain' has no value for this clone");
    }

    @Test
    void fileThatIsNotUtf8IsNotEditedByRegex() throws Exception {
        CustomizationException error = applyFails(new RegexReplacement("latin", "/etc/latin1.conf", "caf", "tea", ""));
        assertMessage(error, "item 1 (latin): /etc/latin1.conf is not UTF-8 text");
        assertEquals(0, error.pointerReached());
        assertArrayEquals(TestImages.LATIN1, Files.readAllBytes(root.resolve("etc/latin1.conf")));
    }

    @Test
    void pathsAreConfinedToTheImage() {
        assertMessage(applyFails(new FileReplacement("e", "", "x", false)), "item 1 (e): refused an empty path");
        assertMessage(applyFails(new FileReplacement("e", null, "x", false)), "refused an empty path");
        assertMessage(applyFails(new FileReplacement("e", "/etc/a\0b", "x", false)), "NUL character");
        assertMessage(applyFails(new FileReplacement("e", "../etc/hosts", "x", false)), "'..' could leave the image");
        assertMessage(applyFails(new FileReplacement("e", "/./", "x", false)), "names the image root");
    }

    @Test
    void targetOutsideTheRangeIsAnIllegalArgument() {
        List<CustomizationItem> items = CustomizationScenario.ITEMS;
        IllegalArgumentException back = assertThrows(IllegalArgumentException.class,
                () -> engine.apply(files, items, 3, 2, VARS));
        assertEquals("cannot apply up to item 2: the target must be between the pointer (3) and the number of items (5);"
                + " use rollback to go back", back.getMessage());
        assertThrows(IllegalArgumentException.class, () -> engine.apply(files, items, 0, 6, VARS));
        assertThrows(IllegalArgumentException.class, () -> engine.apply(files, items, 6, 6, VARS));
        assertThrows(IllegalArgumentException.class, () -> engine.apply(files, items, -1, 0, VARS));
        IllegalArgumentException forward = assertThrows(IllegalArgumentException.class,
                () -> engine.rollback(files, List.of(), 1, 2));
        assertEquals("cannot roll back to item 2: the target must be between 0 and the pointer (1); use apply to go"
                + " forward", forward.getMessage());
    }

    @Test
    void applyingNothingIsFine() throws Exception {
        ApplyResult result = engine.apply(files, CustomizationScenario.ITEMS, 2, 2, VARS);
        assertEquals(2, result.pointer());
        assertEquals(List.of(), result.records());
    }

    @Test
    void rollbackChecksRecordsBeforeWritingAnything() throws Exception {
        List<UndoRecord> records = engine.apply(files, CustomizationScenario.ITEMS, 0, 5,
                CustomizationScenario.VARIABLES).records();
        String applied = read("/etc/hostname");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> engine.rollback(files, List.of(records.get(0), records.get(1), records.get(3), records.get(4)), 5, 0));
        assertEquals("there is no undo record for item 3, which is applied (pointer 5)", missing.getMessage());
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class,
                () -> engine.rollback(files, records, 4, 0));
        assertEquals("there is an undo record for item 5 but the pointer says only 4 items are applied",
                beyond.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> engine.rollback(files, List.of(records.get(0), records.get(0)), 1, 0));
        assertEquals("there are two undo records for item 1", twice.getMessage());
        UndoRecord foreign = new UndoRecord(4, "/etc/hostname", true, "other\n".getBytes(StandardCharsets.UTF_8),
                records.get(4).appliedSha256());
        IllegalArgumentException unfit = assertThrows(IllegalArgumentException.class, () -> engine.rollback(files,
                List.of(records.get(0), records.get(1), records.get(2), records.get(3), foreign), 5, 0));
        assertTrue(unfit.getMessage().startsWith("the undo records for items 1 and 5 on /etc/hostname do not fit"),
                unfit.getMessage());
        assertEquals(applied, read("/etc/hostname"), "nothing was rolled back");
    }

    @Test
    void rollbackRecordsOnlyNeedToCoverTheRange() throws Exception {
        List<UndoRecord> records = engine.apply(files, CustomizationScenario.ITEMS, 0, 5,
                CustomizationScenario.VARIABLES).records();
        engine.rollback(files, records.subList(3, 5), 5, 3);
        assertEquals("web01\n", read("/etc/hostname"));
        assertEquals(TestImages.NETWORK, read("/etc/sysconfig/network"));
        assertEquals(CustomizationScenario.STAMP_APPLIED, read("/etc/encompass-id"));
    }

    @Test
    void undoRecordsValidateThemselves() {
        String sha = UndoRecord.sha256(new byte[0]);
        assertThrows(IllegalArgumentException.class, () -> new UndoRecord(0, "/a", true, null, sha));
        assertThrows(IllegalArgumentException.class, () -> new UndoRecord(0, "/a", false, new byte[0], sha));
        assertThrows(IllegalArgumentException.class, () -> new UndoRecord(0, "/a", false, null, "abc"));
        assertThrows(IllegalArgumentException.class, () -> new UndoRecord(-1, "/a", false, null, sha));
        byte[] content = {1, 2};
        UndoRecord record = new UndoRecord(0, "/a", true, content, sha);
        content[0] = 9;
        assertArrayEquals(new byte[] {1, 2}, record.originalContent(), "the record keeps its own copy");
        assertEquals(record, new UndoRecord(0, "/a", true, new byte[] {1, 2}, sha));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", sha);
    }

    private void apply(CustomizationItem item) throws CustomizationException {
        engine.apply(files, List.of(item), 0, 1, VARS);
    }

    private CustomizationException applyFails(CustomizationItem item) {
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, List.of(item), 0, 1, VARS));
        assertEquals(0, error.itemIndex());
        assertEquals(0, error.pointerReached());
        return error;
    }

    private String read(String path) throws IOException {
        return new String(Files.readAllBytes(root.resolve(path.substring(1))), StandardCharsets.UTF_8);
    }

    private static void assertMessage(Exception error, String part) {
        assertTrue(error.getMessage().contains(part), () -> "'" + error.getMessage() + "' should contain '" + part + "'");
    }
}
