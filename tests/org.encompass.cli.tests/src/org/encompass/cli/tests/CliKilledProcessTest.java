package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    private static Path image;
    private static String nodeUri;

    @BeforeAll
    static void buildImageAndNode() throws IOException, InterruptedException {
        Tools.assumeInstalled("mkfs.ext4", "e2cp", "qemu-img", "qemu-storage-daemon");
        Path tree = Files.createDirectories(shared.resolve("tree/etc"));
        Files.writeString(tree.resolve("hostname"), "template\n");
        image = Tools.ext4(tree.getParent(), shared.resolve("web.img"), "16M");
        nodeUri = "test://" + Tools.resource("node.xml", shared.resolve("node.xml")).toAbsolutePath();
    }

    private static CliSite site(Path temp) throws IOException {
        CliSite site = new CliSite(temp.resolve("repo"));
        Path nas = Files.createDirectories(temp.resolve("nas"));
        site.json("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        site.json("host", "add", "lab", "--uri", nodeUri);
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas", "--arch", "x86_64");
        site.json("master", "item-add", "web", "--path", "/etc/hostname", "--content", "${hostname}\n", "--template");
        return site;
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
