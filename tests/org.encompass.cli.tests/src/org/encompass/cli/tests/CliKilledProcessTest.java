package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real command-line process killed with SIGKILL at known points of deploy, customize apply and capture
 * (a JVM of its own, paused there, see {@link CliProcess}); then the journal's own recovery commands, run as
 * an operator would. Every entry must end, no clone be made twice, every name be usable again, and no
 * qemu-storage-daemon or FUSE mount of the dead process remain. Real file storage, real ext4 images, copy-on-write
 * clones customized through a FUSE export, libvirt's test driver.
 */
class CliKilledProcessTest {
    @TempDir
    static Path shared;
    private static WebSite web;

    @BeforeAll
    static void buildImageAndNode() throws IOException, InterruptedException {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp", "qemu-img", "qemu-storage-daemon");
        web = WebSite.prepare(shared, Map.of("hostname", "template\n"));
    }

    private static CliSite site(Path temp) throws IOException {
        return web.siteWithHostnameItem(temp);
    }

    /** Starts the command in its own JVM, waits until it pauses at {@code point}, and kills it there. */
    private static long killAt(Path temp, CliSite site, String point, String... args) throws Exception {
        CliProcess process = CliProcess.start(temp, site.data(), point, args);
        process.awaitPause(point);
        // while it holds the repository, another command is told who holds it (and no TCP hint: it is no console)
        CliRun refused = site.run("status");
        assertEquals(1, refused.exitCode(), refused::describe);
        assertEquals("encompass: repository " + site.data() + " is in use by an encompass command (pid " + process.pid()
                + "); try again when that command has ended\n", refused.err(), refused::describe);
        process.kill();
        return process.pid();
    }

    /** The first command after the kill: its start finds one interrupted operation and says so. */
    private static Doc interruptedAfterTheKill(CliSite site) {
        CliRun first = site.run("journal", "--interrupted", "--json");
        assertEquals(0, first.exitCode(), first::describe);
        assertEquals("encompass: 1 interrupted operation(s) found; see 'encompass journal'\n", first.err(), first::describe);
        return Doc.of(first);
    }

    /** Nothing INTERRUPTED or RUNNING is left in the journal. */
    private static void everyEntryEnded(CliSite site) {
        for (Object entry : site.json("journal").list("entries")) {
            String outcome = Json.string(entry, "outcome");
            assertTrue(!outcome.equals("INTERRUPTED") && !outcome.equals("RUNNING"), () -> "open entry " + entry);
        }
    }

    private static void noOrphans(CliSite site) {
        site.json("orphans").expect(List.of(), "orphans");
    }

    @Test
    void aDeployKilledAfterItsCopyIsRepairedAtTheNextStartAndItsNameIsFreeAgain(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        killAt(temp, site, "clone.copied", "deploy", "web", "lab/vm-01", "--method", "COW", "--var", "lab/vm-01:hostname=one");
        assertTrue(Files.exists(temp.resolve("nas/web-01.qcow2")), "the killed deploy had published its copy");

        // the next start rolls the clone back: it was journaled, never registered
        Doc journal = site.json("journal");
        Object clone = journal.list("entries").stream().filter(e -> "clone".equals(Json.string(e, "operation")))
                .reduce((a, b) -> b).orElseThrow();
        assertEquals("ROLLED_BACK", Json.string(clone, "outcome"), journal::describe);
        assertTrue(Json.string(clone, "message").contains("the name is free"), journal::describe);
        assertFalse(Files.exists(temp.resolve("nas/web-01.qcow2")), "its leftover was deleted");
        everyEntryEnded(site);
        noOrphans(site);

        site.json("deploy", "web", "lab/vm-01", "--method", "COW", "--var", "lab/vm-01:hostname=one")
                .expect("web-01", "outcomes", 0, "clone");
        assertEquals(1, site.json("clone", "list").list("clones").size(), "no clone was made twice");
        assertEquals("OPERATIONAL/ACTIVE", site.state("web-01"));
    }

    @Test
    void aCustomizationKilledWithItsExportOpenLeavesNoDaemonAndIsRolledBack(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.json("clone", "web", "--method", "COW");
        site.ok("set-var", "web-01", "hostname=one");
        long pid = killAt(temp, site, "customize.applied", "customize", "apply", "web-01");
        Path daemonDirectory = daemonDirectoryOf(pid).orElseThrow(() -> new AssertionError("no daemon directory of " + pid));
        long daemon = Long.parseLong(Files.readString(daemonDirectory.resolve("daemon.pid")).strip());
        assertTrue(ProcessHandle.of(daemon).map(ProcessHandle::isAlive).orElse(false), "the dead process left its daemon");
        assertFalse(mountsUnder(daemonDirectory).isEmpty(), "and its FUSE export mounted");

        Doc interrupted = interruptedAfterTheKill(site); // the next start stops both
        assertFalse(ProcessHandle.of(daemon).map(ProcessHandle::isAlive).orElse(false), "daemon stopped");
        assertEquals(List.of(), mountsUnder(daemonDirectory), "mount removed");
        assertFalse(Files.exists(daemonDirectory), "its directory removed");

        assertEquals(1, interrupted.list("entries").size(), interrupted::describe);
        interrupted.expect("customize-apply", "entries", 0, "operation");
        long id = (Long) interrupted.at("entries", 0, "id");
        site.json("journal", "rollback", Long.toString(id)).expect("ROLLED_BACK", "outcome")
                .expect("rolled back; clone web-01 is CLEAN/UNASSIGNED, customization pointer 0 of 1", "message");
        site.json("clone", "show", "web-01").expect(0L, "customization", "pointer");
        everyEntryEnded(site);
        site.ok("customize", "apply", "web-01");
        site.json("clone", "show", "web-01").expect(1L, "customization", "pointer");
        assertEquals(List.of(), daemonDirectoryOf(pid).stream().toList());
    }

    /**
     * A {@code customize apply} or {@code customize rollback} killed before an item's write (its intent
     * committed), after the write before the pointer's commit, and after it, on a raw ext4 clone (SPARSE) and
     * on a copy-on-write clone written through its FUSE export: the next start settles the item by the bytes
     * in the image (journaled as verify), the pointer agrees with them, and a rollback to 0 is exact.
     */
    @ParameterizedTest(name = "{0} {1} killed at {2}")
    @CsvSource({
        "SPARSE, apply, customize.intent, 0", "SPARSE, apply, customize.written, 1", "SPARSE, apply, customize.applied, 1",
        "SPARSE, rollback, rollback.intent, 1", "SPARSE, rollback, rollback.restored, 0", "SPARSE, rollback, rollback.done, 0",
        "COW, apply, customize.intent, 0", "COW, apply, customize.written, 1",
        "COW, rollback, rollback.intent, 1", "COW, rollback, rollback.restored, 0"})
    void aCustomizationKilledAtAnyOfItsStepsLeavesThePointerTrueToTheImage(String method, String operation, String point,
            long pointerAfter, @TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.json("clone", "web", "--method", method);
        site.ok("set-var", "web-01", "hostname=one");
        if (operation.equals("rollback")) {
            site.ok("customize", "apply", "web-01");
            assertEquals("one\n", hostname(site, temp));
            killAt(temp, site, point, "customize", "rollback", "web-01", "--to", "0");
        } else {
            killAt(temp, site, point, "customize", "apply", "web-01");
        }

        Doc interrupted = interruptedAfterTheKill(site); // its start settles the item in doubt
        interrupted.expect("customize-" + operation, "entries", 0, "operation");
        List<?> verified = site.json("journal").list("entries").stream()
                .filter(e -> "verify".equals(Json.string(e, "operation"))).toList();
        boolean inDoubt = point.endsWith(".intent") || point.equals("customize.written") || point.equals("rollback.restored");
        assertEquals(inDoubt ? 1 : 0, verified.size(), () -> "verify entries: " + verified);
        if (inDoubt) {
            assertEquals("SUCCEEDED", Json.string(verified.get(0), "outcome"));
            assertTrue(Json.string(verified.get(0), "message").endsWith(pointerAfter == 1
                    ? "/etc/hostname holds the bytes the item writes: the item is applied, pointer 1"
                    : "/etc/hostname holds its bytes from before the item: the item is not applied, pointer 0"),
                    () -> Json.string(verified.get(0), "message"));
        }
        site.json("clone", "show", "web-01").expect(pointerAfter, "customization", "pointer");
        assertEquals(pointerAfter == 1 ? "one\n" : "template\n", hostname(site, temp), "the image agrees with the pointer");

        site.ok("customize", "rollback", "web-01", "--to", "0");
        site.json("clone", "show", "web-01").expect(0L, "customization", "pointer");
        assertEquals("template\n", hostname(site, temp), "a rollback to 0 restores the original bytes");
        site.ok("customize", "apply", "web-01");
        assertEquals("one\n", hostname(site, temp));
    }

    @Test
    void anItemWhoseFileWasChangedDuringTheKillNeedsAttentionUntilAForcedRollback(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.json("clone", "web", "--method", "SPARSE");
        site.ok("set-var", "web-01", "hostname=one");
        Path clone = Path.of(site.json("clone", "show", "web-01").string("location"));
        killAt(temp, site, "customize.intent", "customize", "apply", "web-01");
        Path edited = Files.writeString(temp.resolve("edited"), "neither side\n");
        ImageTools.check("e2cp", edited.toString(), clone + ":/etc/hostname"); // someone else's write, during the outage

        interruptedAfterTheKill(site);
        Object verify = site.json("journal").list("entries").stream()
                .filter(e -> "verify".equals(Json.string(e, "operation"))).findFirst().orElseThrow();
        assertEquals("FAILED", Json.string(verify, "outcome"));
        assertTrue(Json.string(verify, "message").contains("/etc/hostname holds neither its bytes from before the item nor"
                + " the ones the item writes: clone web-01 needs attention; nothing was changed"), verify::toString);
        assertEquals("neither side\n", ImageTools.readInImage(clone, "/etc/hostname"), "never silently fixed");
        site.json("clone", "show", "web-01").expect(0L, "customization", "pointer");
        site.fails(1, List.of("clone web-01 needs attention: item 1 on /etc/hostname",
                "'encompass customize rollback web-01 --to 0 --force'"), "customize", "apply", "web-01");
        site.fails(1, List.of("needs attention"), "customize", "rollback", "web-01", "--to", "0");

        site.ok("customize", "rollback", "web-01", "--to", "0", "--force");
        assertEquals("template\n", ImageTools.readInImage(clone, "/etc/hostname"), "the bytes from before item 1");
        site.ok("customize", "apply", "web-01");
        site.json("clone", "show", "web-01").expect(1L, "customization", "pointer");
        assertEquals("one\n", ImageTools.readInImage(clone, "/etc/hostname"));
    }

    /** {@code /etc/hostname} in clone web-01's image, read with e2cp (a qcow2 clone converted to raw first). */
    private static String hostname(CliSite site, Path temp) throws IOException, InterruptedException {
        Path location = Path.of(site.json("clone", "show", "web-01").string("location"));
        if (!location.toString().endsWith(".qcow2")) {
            return ImageTools.readInImage(location, "/etc/hostname");
        }
        Path raw = temp.resolve("converted.raw");
        Files.deleteIfExists(raw);
        ImageTools.check("qemu-img", "convert", "-f", "qcow2", "-O", "raw", location.toString(), raw.toString());
        return ImageTools.readInImage(raw, "/etc/hostname");
    }

    @Test
    void aCaptureKilledAfterItsCopyIsRetriedOnceAndEnds(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.json("deploy", "web", "lab/vm-02", "--var", "lab/vm-02:hostname=two");
        site.ok("deactivate", "web-01");
        site.ok("reconfigure", "web-01");
        killAt(temp, site, "capture.copied", "capture", "web-01", "web-v2");

        Doc interrupted = interruptedAfterTheKill(site);
        assertEquals(1, interrupted.list("entries").size(), interrupted::describe);
        interrupted.expect("capture", "entries", 0, "operation");
        long id = (Long) interrupted.at("entries", 0, "id");
        assertEquals("MAINTENANCE/ATTACHED", site.state("web-01"), "the old state, its image kept");

        Doc retried = site.json("journal", "retry", Long.toString(id));
        retried.expect("SUCCEEDED", "outcome");
        long by = (Long) retried.at("retriedBy");
        assertTrue(by > id, retried::describe);
        site.fails(1, List.of("journal entry #" + id + " was retried already, by #" + by), "journal", "retry", Long.toString(id));
        assertEquals("CAPTURED", site.state("web-01"));
        assertEquals(2, site.json("master", "list").list("masters").size());
        everyEntryEnded(site);
        noOrphans(site);
    }

    @Test
    void anImageLeftUnderACloneNameIsNamedAnOrphanInTheRefusalAndReclaimFreesTheName(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        Path leftover = Files.writeString(temp.resolve("nas/web-01.qcow2"), "left by an older Encompass");
        site.fails(1, List.of("an image named 'web-01' already exists", "it is an orphan",
                "'encompass orphans reclaim LOCATION'"), "clone", "web", "--method", "COW");
        site.json("orphans").expect(leftover.toString(), "orphans", 0, "location");
        site.json("orphans", "reclaim", leftover.toString());
        site.json("clone", "web", "--method", "COW");
        assertEquals("CLEAN/UNASSIGNED", site.state("web-01"));
    }

    /** The qemu-storage-daemon directory (in the temp directory) that process {@code owner} made. */
    private static Optional<Path> daemonDirectoryOf(long owner) throws IOException {
        try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("encompass-qsd-")).filter(d -> {
                try {
                    return Files.readString(d.resolve("owner.pid")).strip().startsWith(owner + " ")
                            || Files.readString(d.resolve("owner.pid")).strip().equals(Long.toString(owner));
                } catch (IOException e) {
                    return false;
                }
            }).findFirst();
        }
    }

    private static List<String> mountsUnder(Path directory) throws IOException {
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream()
                .filter(line -> line.split(" ")[1].startsWith(directory + "/")).toList();
    }
}
