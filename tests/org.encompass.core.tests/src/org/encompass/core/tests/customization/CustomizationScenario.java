package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.encompass.core.customization.ApplyResult;
import org.encompass.core.customization.CustomizationEngine;
import org.encompass.core.customization.CustomizationException;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ItemInImage;
import org.encompass.core.customization.ItemListener;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.customization.RollbackListener;
import org.encompass.core.customization.UndoRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customization scenario every kind of image must pass: staged apply, exact rollback, and each error
 * leaving the image as it was for the failing item with the right pointer. Subclasses build the same
 * template tree as a directory, a whole-disk ext4 or a partitioned disk, and inspect the result with tools
 * independent of the {@link ImageFiles} under test.
 */
abstract class CustomizationScenario {

    static final Map<String, String> VARIABLES = Map.of("hostname", "web01", "domain", "dc1.example.com",
            "literal", "NOT TO BE USED");

    /** The master's items: template, regex with groups and variables, created file, flags, same file twice. */
    static final List<CustomizationItem> ITEMS = List.of(
            new FileReplacement("set hostname", "/etc/hostname", "${hostname}\n", true),
            new RegexReplacement("hosts entry", "/etc/hosts", "^127\\.0\\.1\\.1\\s+(\\S+)$",
                    "127.0.1.1 ${hostname}.${domain} ${hostname} # was $1", "m"),
            new FileReplacement("stamp", "etc/encompass-id", "managed by encompass ${not-a-variable}\n", false),
            new RegexReplacement("network hostname", "/etc/sysconfig/network", "hostname=.*", "HOSTNAME=${hostname}",
                    "i1"),
            new FileReplacement("fqdn", "/etc/hostname", "${hostname}.${domain}\n$${literal}\n", true));

    static final String HOSTNAME_APPLIED = "web01.dc1.example.com\n${literal}\n";
    static final String HOSTS_APPLIED = "127.0.0.1 localhost\n127.0.1.1 web01.dc1.example.com web01 # was template-host\n"
            + "::1 localhost\n";
    static final String STAMP_APPLIED = "managed by encompass ${not-a-variable}\n";
    static final String NETWORK_APPLIED = "NETWORKING=yes\nHOSTNAME=web01\nDOMAIN=example.org\n";

    /** Files the scenario looks at; the stamp does not exist in the template. */
    static final List<String> WATCHED = List.of("/etc/hostname", "/etc/hosts", "/etc/sysconfig/network",
            "/etc/latin1.conf", "/etc/encompass-id");

    @TempDir
    Path temp;
    Path outside;
    final CustomizationEngine engine = new CustomizationEngine();
    private ImageFiles files;
    private Map<String, byte[]> original;

    /** Builds the image under test from the template tree. */
    abstract void createImage(Path tree) throws Exception;

    abstract ImageFiles open() throws Exception;

    /** The file's bytes read without the {@link ImageFiles} under test, or {@code null} when missing. */
    abstract byte[] peek(String path) throws Exception;

    /** Changes an existing file without the {@link ImageFiles} under test (an operator's edit). */
    abstract void poke(String path, byte[] content) throws Exception;

    /** Permission bits of a file, read without the {@link ImageFiles} under test. */
    abstract int mode(String path) throws Exception;

    /** Something that changes whenever anything in the image changes. */
    abstract String fingerprint() throws Exception;

    /** Checks the medium's own consistency (e2fsck for file systems). */
    void assertConsistent() throws Exception {
    }

    @BeforeEach
    void setUp() throws Exception {
        outside = Files.createDirectories(temp.resolve("outside"));
        createImage(TestImages.tree(temp.resolve("tree"), outside));
        original = snapshot();
        assertNull(original.get("/etc/encompass-id"));
        files = open();
    }

    @AfterEach
    void tearDown() throws Exception {
        files.close();
    }

    ImageFiles files() {
        return files;
    }

    @Test
    void appliesInStagesAndRollsBackExactly() throws Exception {
        Recorder recorder = new Recorder();
        ApplyResult first = engine.apply(files, ITEMS, 0, 2, VARIABLES, recorder);
        assertEquals(2, first.pointer());
        assertEquals(List.of(0, 1), recorder.indices());
        assertEquals(first.records(), recorder.records);
        assertText("web01\n", "/etc/hostname");
        assertText(HOSTS_APPLIED, "/etc/hosts");
        assertNull(peek("/etc/encompass-id"));
        assertText(TestImages.NETWORK, "/etc/sysconfig/network");

        ApplyResult rest = engine.apply(files, ITEMS, 2, ITEMS.size(), VARIABLES, recorder);
        assertEquals(5, rest.pointer());
        assertEquals(List.of(0, 1, 2, 3, 4), recorder.indices());
        assertTrue(rest.warnings().isEmpty(), rest.warnings()::toString);
        assertText(HOSTNAME_APPLIED, "/etc/hostname");
        assertText(STAMP_APPLIED, "/etc/encompass-id");
        assertText(NETWORK_APPLIED, "/etc/sysconfig/network");
        assertEquals(0640, mode("/etc/hostname"), "a replaced file keeps its mode");
        assertEquals(0600, mode("/etc/sysconfig/network"), "a replaced file keeps its mode");
        assertEquals(0644, mode("/etc/encompass-id"), "a created file gets mode 0644");
        assertArrayEquals("web01\n".getBytes(StandardCharsets.UTF_8), recorder.records.get(4).originalContent(),
                "item 5 starts from what item 1 wrote to the same file");
        assertEquals(sha(HOSTNAME_APPLIED), recorder.records.get(4).appliedSha256());
        assertConsistent();

        List<Integer> undone = new ArrayList<>();
        engine.rollback(files, recorder.records, 5, 2, record -> undone.add(record.index()));
        assertEquals(List.of(4, 3, 2), undone);
        assertText("web01\n", "/etc/hostname");
        assertText(HOSTS_APPLIED, "/etc/hosts");
        assertNull(peek("/etc/encompass-id"), "a file an item created is deleted again");
        assertText(TestImages.NETWORK, "/etc/sysconfig/network");

        engine.rollback(files, recorder.records.subList(0, 2), 2, 0, record -> undone.add(record.index()));
        assertEquals(List.of(4, 3, 2, 1, 0), undone);
        assertUnchanged(original);
        assertEquals(0640, mode("/etc/hostname"));
        assertConsistent();
    }

    @Test
    void badPatternIsFoundBeforeAnythingIsWritten() throws Exception {
        String before = fingerprint();
        List<CustomizationItem> items = List.of(ITEMS.get(0), ITEMS.get(1),
                new RegexReplacement("broken", "/etc/hosts", "([a-z", "x", ""));
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, items, 0, 3, VARIABLES, new Recorder()));
        assertMessage(error, "item 3 (broken)", "bad pattern", "missing closing ]");
        assertEquals(2, error.itemIndex());
        assertEquals(0, error.pointerReached());
        assertEquals(before, fingerprint());
    }

    @Test
    void unknownFlagIsAnError() throws Exception {
        String before = fingerprint();
        List<CustomizationItem> items = List.of(ITEMS.get(0),
                new RegexReplacement("global", "/etc/hosts", "localhost", "loopback", "mg"));
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, items, 0, 2, VARIABLES));
        assertMessage(error, "item 2 (global)", "unknown regex flag 'g'");
        assertEquals(1, error.itemIndex());
        assertEquals(0, error.pointerReached());
        assertEquals(before, fingerprint());
    }

    @Test
    void missingVariableNamesItemAndVariable() throws Exception {
        String before = fingerprint();
        List<CustomizationItem> items = List.of(ITEMS.get(0),
                new FileReplacement("rack label", "/etc/rack", "${hostname} in ${rack}\n", true));
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, items, 0, 2, VARIABLES));
        assertMessage(error, "item 2 (rack label)", "variable 'rack' has no value");
        assertEquals(0, error.pointerReached());
        assertEquals(before, fingerprint());
    }

    @Test
    void missingRegexTargetStopsAtThatItem() throws Exception {
        List<CustomizationItem> items = List.of(ITEMS.get(0),
                new RegexReplacement("fix nothing", "/etc/nothere.conf", "a", "b", ""), ITEMS.get(1));
        engine.apply(files, items, 0, 1, VARIABLES);
        String afterFirst = fingerprint();
        Recorder recorder = new Recorder();
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, items, 1, 3, VARIABLES, recorder));
        assertMessage(error, "item 2 (fix nothing)", "/etc/nothere.conf does not exist");
        assertEquals(1, error.itemIndex());
        assertEquals(1, error.pointerReached());
        assertEquals(List.of(), recorder.indices());
        assertEquals(afterFirst, fingerprint());
        assertNull(peek("/etc/nothere.conf"));
        assertText(TestImages.HOSTS, "/etc/hosts");
    }

    @Test
    void missingParentDirectoryIsAnErrorAndItemsBeforeStayApplied() throws Exception {
        Recorder recorder = new Recorder();
        List<CustomizationItem> items = List.of(ITEMS.get(0),
                new FileReplacement("deep", "/etc/nodir/file", "x\n", false), ITEMS.get(1));
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, items, 0, 3, VARIABLES, recorder));
        assertMessage(error, "item 2 (deep)", "directory /etc/nodir does not exist");
        assertEquals(1, error.itemIndex());
        assertEquals(1, error.pointerReached());
        assertEquals(List.of(0), recorder.indices());
        assertText("web01\n", "/etc/hostname");
        assertText(TestImages.HOSTS, "/etc/hosts");
        assertNull(peek("/etc/nodir/file"));
    }

    @Test
    void dotDotPathIsRefusedBeforeAnythingIsWritten() throws Exception {
        String before = fingerprint();
        List<CustomizationItem> items = List.of(ITEMS.get(0),
                new FileReplacement("escape", "/etc/../../outside/x", "x\n", false));
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, items, 0, 2, VARIABLES));
        assertMessage(error, "item 2 (escape)", "'..'");
        assertEquals(0, error.pointerReached());
        assertEquals(before, fingerprint());
        assertEquals(List.of(), List.of(outside.toFile().list()));
    }

    @Test
    void symbolicLinkLeavingTheImageIsRefused() throws Exception {
        String before = fingerprint();
        List<CustomizationItem> items = List.of(new FileReplacement("escape", "/etc/escape/pwned", "x\n", false));
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, items, 0, 1, VARIABLES));
        assertMessage(error, "item 1 (escape)", "refused path /etc/escape/pwned", "symbolic link");
        assertEquals(0, error.pointerReached());
        assertEquals(before, fingerprint());
        assertEquals(List.of(), List.of(outside.toFile().list()), "nothing may appear outside the image");
    }

    @Test
    void writingThroughASymbolicLinkIsRefused() throws Exception {
        String before = fingerprint();
        List<CustomizationItem> items = List.of(new RegexReplacement("via link", "/etc/hosts.link", "localhost",
                "loopback", ""));
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, items, 0, 1, VARIABLES));
        assertMessage(error, "item 1 (via link)", "/etc/hosts.link", "symbolic link");
        assertEquals(before, fingerprint());
        assertText(TestImages.HOSTS, "/etc/hosts");
    }

    @Test
    void rollbackRefusesWhenAFileChangedAfterApplyUnlessForced() throws Exception {
        Recorder recorder = new Recorder();
        engine.apply(files, ITEMS, 0, ITEMS.size(), VARIABLES, recorder);
        poke("/etc/hosts", "127.0.0.1 edited-by-operator\n".getBytes(StandardCharsets.UTF_8));
        String edited = fingerprint();
        List<Integer> undone = new ArrayList<>();
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.rollback(files, recorder.records, 5, 0, record -> undone.add(record.index())));
        assertMessage(error, "/etc/hosts changed after item 2 was applied; rollback would lose those changes");
        assertEquals(1, error.itemIndex());
        assertEquals(5, error.pointerReached());
        assertEquals(List.of(), undone, "nothing is rolled back when one file would lose changes");
        assertEquals(edited, fingerprint());

        engine.rollback(files, recorder.records, 5, 0, true, record -> undone.add(record.index()));
        assertEquals(List.of(4, 3, 2, 1, 0), undone);
        assertUnchanged(original);
        assertConsistent();
    }

    @Test
    void failingListenerUndoesTheItemItWasToldAbout() throws Exception {
        ItemListener persistence = record -> {
            if (record.index() == 1) {
                throw new IOException("repository is read-only");
            }
        };
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, ITEMS, 0, ITEMS.size(), VARIABLES, persistence));
        assertMessage(error, "item 2 (hosts entry) was applied but recording it failed", "repository is read-only",
                "undone");
        assertEquals(1, error.pointerReached());
        assertText("web01\n", "/etc/hostname");
        assertText(TestImages.HOSTS, "/etc/hosts");
        assertConsistent();
    }

    @Test
    void eachIntentComesBeforeItsWriteAndTheFileTellsWhichSideItIsOn() throws Exception {
        List<String> seen = new ArrayList<>();
        Recorder recorder = new Recorder() {
            @Override
            public void writing(UndoRecord intent) throws Exception {
                seen.add("intent " + intent.index() + " " + engine.inspect(files, intent));
            }

            @Override
            public void applied(UndoRecord record) {
                super.applied(record);
                try {
                    seen.add("applied " + record.index() + " " + engine.inspect(files, record));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        engine.apply(files, ITEMS, 0, ITEMS.size(), VARIABLES, recorder);
        assertEquals(List.of("intent 0 NOT_APPLIED", "applied 0 APPLIED", "intent 1 NOT_APPLIED", "applied 1 APPLIED",
                "intent 2 NOT_APPLIED", "applied 2 APPLIED", "intent 3 NOT_APPLIED", "applied 3 APPLIED",
                "intent 4 NOT_APPLIED", "applied 4 APPLIED"), seen, "a created file (item 3) is NOT_APPLIED while absent");

        seen.clear();
        engine.rollback(files, recorder.records, 5, 0, new RollbackListener() {
            @Override
            public void restoring(UndoRecord record) throws Exception {
                seen.add("restoring " + record.index() + " " + engine.inspect(files, record));
            }

            @Override
            public void rolledBack(UndoRecord record) throws Exception {
                seen.add("undone " + record.index() + " " + engine.inspect(files, record));
            }
        });
        assertEquals(List.of("restoring 4 APPLIED", "undone 4 NOT_APPLIED", "restoring 3 APPLIED", "undone 3 NOT_APPLIED",
                "restoring 2 APPLIED", "undone 2 NOT_APPLIED", "restoring 1 APPLIED", "undone 1 NOT_APPLIED",
                "restoring 0 APPLIED", "undone 0 NOT_APPLIED"), seen);
        assertUnchanged(original);
    }

    @Test
    void aFileChangedAnyOtherWayIsOnNeitherSide() throws Exception {
        Recorder recorder = new Recorder();
        engine.apply(files, ITEMS, 0, 3, VARIABLES, recorder);
        poke("/etc/hostname", "edited by hand\n".getBytes(StandardCharsets.UTF_8));
        poke("/etc/encompass-id", "not what item 3 wrote\n".getBytes(StandardCharsets.UTF_8));
        try (ImageFiles reopened = open()) { // as the next start reads it
            assertEquals(ItemInImage.NEITHER, engine.inspect(reopened, recorder.records.get(0)));
            assertEquals(ItemInImage.APPLIED, engine.inspect(reopened, recorder.records.get(1)));
            assertEquals(ItemInImage.NEITHER, engine.inspect(reopened, recorder.records.get(2)), "a created file changed");
        }
    }

    @Test
    void aFailedIntentWritesNothing() throws Exception {
        String before = fingerprint();
        Recorder recorder = new Recorder() {
            @Override
            public void writing(UndoRecord intent) throws IOException {
                if (intent.index() == 1) {
                    throw new IOException("repository is read-only");
                }
            }
        };
        CustomizationException error = assertThrows(CustomizationException.class,
                () -> engine.apply(files, ITEMS, 0, ITEMS.size(), VARIABLES, recorder));
        assertMessage(error, "item 2 (hosts entry): recording its intent failed (repository is read-only); nothing was written");
        assertEquals(1, error.pointerReached());
        assertEquals(List.of(0), recorder.indices());
        assertText("web01\n", "/etc/hostname");
        assertText(TestImages.HOSTS, "/etc/hosts");
        assertTrue(!before.equals(fingerprint()), "item 1 stays applied");

        CustomizationException undo = assertThrows(CustomizationException.class,
                () -> engine.rollback(files, recorder.records, 1, 0, new RollbackListener() {
                    @Override
                    public void restoring(UndoRecord record) throws IOException {
                        throw new IOException("repository is read-only");
                    }

                    @Override
                    public void rolledBack(UndoRecord record) {
                    }
                }));
        assertMessage(undo, "rolling back item 1 on /etc/hostname: recording its intent failed", "nothing was restored");
        assertEquals(1, undo.pointerReached());
        assertText("web01\n", "/etc/hostname");
    }

    // ---- helpers ----

    /** Collects undo records the way a caller persisting the pointer would. */
    static class Recorder implements ItemListener {
        final List<UndoRecord> records = new ArrayList<>();

        @Override
        public void applied(UndoRecord record) {
            records.add(record);
        }

        List<Integer> indices() {
            return records.stream().map(UndoRecord::index).toList();
        }
    }

    Map<String, byte[]> snapshot() throws Exception {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String path : WATCHED) {
            contents.put(path, peek(path));
        }
        return contents;
    }

    void assertUnchanged(Map<String, byte[]> expected) throws Exception {
        for (Map.Entry<String, byte[]> entry : expected.entrySet()) {
            assertArrayEquals(entry.getValue(), peek(entry.getKey()), entry.getKey() + " is not byte-equal to before");
        }
    }

    void assertText(String expected, String path) throws Exception {
        byte[] content = peek(path);
        assertEquals(expected, content == null ? null : new String(content, StandardCharsets.UTF_8), path);
    }

    static void assertMessage(Exception error, String... parts) {
        for (String part : parts) {
            assertTrue(error.getMessage().contains(part), () -> "'" + error.getMessage() + "' should contain '" + part + "'");
        }
    }

    static String sha(String text) {
        return UndoRecord.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
