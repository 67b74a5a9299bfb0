package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reassign} and {@code update ...} as an operator runs them: real file storage, real ext4 images customized
 * with debugfs, libvirt's test driver; a rollout stopped by a machine whose clone cannot be made, rolled back and
 * rolled out again; a rollout killed with SIGKILL half-way, then continued or rolled back; a rollback killed
 * half-way, then the rollout continued and the rollback run again.
 */
class CliServiceUpdateTest {
    @TempDir
    static Path shared;
    private static WebSite web;

    @BeforeAll
    static void buildImageAndNode() throws IOException, InterruptedException {
        ImageTools.assumeInstalled("mkfs.ext4", "debugfs");
        web = WebSite.prepare(shared, Map.of("hostname", "template\n"));
    }

    /** A site with web deployed on vm-01..vm-03 (hostnames one, two, three). */
    private static CliSite site(Path temp) throws IOException {
        CliSite site = web.siteWithHostnameItem(temp);
        site.json("deploy", "web", "lab/vm-01", "lab/vm-02", "lab/vm-03", "--var", "lab/vm-01:hostname=one",
                "--var", "lab/vm-02:hostname=two", "--var", "lab/vm-03:hostname=three").expect(Boolean.TRUE, "succeeded");
        return site;
    }

    private static String hostnameIn(CliSite site, String clone) throws IOException, InterruptedException {
        return ImageTools.readInImage(Path.of(site.json("clone", "show", clone).string("location")), "/etc/hostname");
    }

    private static List<String> statuses(CliSite site) {
        return site.json("update", "show").list("machines").stream().map(m -> Json.string(m, "status")).toList();
    }

    /** Starts the update of web on vm-04, writes /etc/motd into the maintenance clone, captures web-v2. */
    private static void startApplyCapture(CliSite site) {
        site.json("update", "start", "web", "--on", "lab/vm-04", "--var", "hostname=maint")
                .expect("upd-web-1", "name").expect("MAINTENANCE/ACTIVE", "maintenanceState");
        site.json("update", "apply", "--path", "/etc/motd", "--content", "patched\n").expect(1L, "appliedItems");
        site.json("update", "capture").expect("web-v2", "newMaster").expect("CAPTURED", "phase");
    }

    @Test
    void reassignLeavesTheOldCloneOnStandbyAndRefusesBadInput(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        Doc moved = site.json("reassign", "lab/vm-01", "--to", "web", "--var", "hostname=uno");
        moved.expect("web-04", "clone", "name").expect("OPERATIONAL/ACTIVE", "clone", "state")
                .expect("web-01", "oldClone", "name").expect("OPERATIONAL/UNASSIGNED", "oldClone", "state");
        assertEquals("uno\n", hostnameIn(site, "web-04"));
        assertEquals("one\n", hostnameIn(site, "web-01"), "the standby clone keeps its identity");

        site.fails(1, List.of("unknown machine", "vm-99"), "reassign", "lab/vm-99", "--to", "web");
        site.fails(1, List.of("no master or clone is named"), "reassign", "lab/vm-01", "--to", "nothing");
        site.fails(2, List.of("--standby or --destroy-old, not both"), "reassign", "lab/vm-01", "--to", "web-01",
                "--standby", "--destroy-old");
        assertEquals(4, site.json("clone", "list").list("clones").size(), "nothing cloned by the refusals");

        // back to the standby clone, the other one destroyed
        site.json("reassign", "lab/vm-01", "--to", "web-01", "--destroy-old").expect("OPERATIONAL/ACTIVE", "clone", "state")
                .expect("DESTROYED", "oldClone", "state");
    }

    @Test
    void aRolloutStoppedByAFailingMachineRollsBackThenRollsOutAndFinishes(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        startApplyCapture(site);
        site.fails(1, List.of("cannot start an update of master web: update upd-web-1 of it is running"),
                "update", "start", "web", "--on", "lab/vm-04");

        // the second machine's new clone cannot be made: its name is taken on the device
        Path blocker = Files.writeString(temp.resolve("nas/web-v2-02.img"), "in the way");
        site.fails(1, List.of("rollout of upd-web-1 stopped: 1 machine(s) did not reach ACTIVE", "lab/vm-02",
                "already exists", "update rollout --continue"), "update", "rollout", "--batch", "1");
        assertEquals(List.of("DONE", "FAILED", "PENDING"), statuses(site));
        site.json("update", "show").expect("PAUSED", "phase");
        assertEquals("OPERATIONAL/UNASSIGNED", site.state("web-01"), "vm-01 moved, its old clone on standby");
        assertEquals("one\n", hostnameIn(site, "web-v2-01"), "its variables were carried over");
        assertEquals("patched\n", ImageTools.readInImage(Path.of(site.json("clone", "show", "web-v2-01").string("location")),
                "/etc/motd"));
        site.fails(1, List.of("--continue"), "update", "rollout");
        site.fails(1, List.of("cannot delete master web: service update upd-web-1 keeps its standby clones web-01"),
                "master", "delete", "web");

        site.json("update", "rollback").expect("ROLLED_BACK", "phase");
        for (String clone : List.of("web-01", "web-02", "web-03")) {
            assertEquals("OPERATIONAL/ACTIVE", site.state(clone), clone);
        }
        assertEquals("DESTROYED", site.state("web-v2-01"));

        Files.delete(blocker);
        site.json("update", "rollout", "--batch", "2").expect("ROLLED_OUT", "phase");
        assertEquals(List.of("DONE", "DONE", "DONE"), statuses(site));
        for (Object row : site.json("update", "show").list("machines")) {
            assertEquals("OPERATIONAL/ACTIVE", Json.string(row, "newState"), row::toString);
            assertEquals("OPERATIONAL/UNASSIGNED", Json.string(row, "oldState"), row::toString);
        }
        site.json("update", "finish").expect("FINISHED", "phase");
        for (String clone : List.of("web-01", "web-02", "web-03")) {
            assertEquals("DESTROYED", site.state(clone), clone);
        }
        site.json("update", "list").expect("FINISHED", "updates", 0, "phase");
    }

    /** Kills {@code update rollout} after the first machine's old clone went down, before its new one came up. */
    private static void killRolloutHalfWay(Path temp, CliSite site) throws Exception {
        startApplyCapture(site);
        CliProcess process = CliProcess.start(temp, site.data(), "update.rollout.oldDown", "update", "rollout", "--batch", "1");
        process.awaitPause("update.rollout.oldDown");
        process.kill();
        CliRun first = site.run("update", "show", "--json");
        assertEquals(0, first.exitCode(), first::describe);
        Doc shown = Doc.of(first);
        shown.expect("ROLLING_OUT", "phase").expect("MOVING", "machines", 0, "status");
        assertEquals("OPERATIONAL/UNASSIGNED", site.state("web-01"), "the killed rollout had taken vm-01's clone down");
    }

    private static void everyEntryEnded(CliSite site) {
        for (Object entry : site.json("journal").list("entries")) {
            String outcome = Json.string(entry, "outcome");
            assertTrue(!outcome.equals("INTERRUPTED") && !outcome.equals("RUNNING"), () -> "open entry " + entry);
        }
    }

    @Test
    void aRolloutKilledHalfWayContinues(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        killRolloutHalfWay(temp, site);
        site.fails(1, List.of("--continue"), "update", "rollout");
        site.json("update", "rollout", "--continue", "--batch", "3").expect("ROLLED_OUT", "phase");
        assertEquals(List.of("DONE", "DONE", "DONE"), statuses(site));
        assertEquals("OPERATIONAL/ACTIVE", site.state("web-v2-01"));
        assertEquals(3, site.json("clone", "list").list("clones").stream()
                .filter(c -> Json.string(c, "name").startsWith("web-v2-")).count(), "no clone made twice");
        everyEntryEnded(site);
    }

    @Test
    void aRolloutKilledHalfWayRollsBack(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        killRolloutHalfWay(temp, site);
        site.json("update", "rollback").expect("ROLLED_BACK", "phase");
        for (String clone : List.of("web-01", "web-02", "web-03")) {
            assertEquals("OPERATIONAL/ACTIVE", site.state(clone), clone);
        }
        assertEquals("DESTROYED", site.state("web-v2-01"));
        everyEntryEnded(site);
    }

    @Test
    void aRollbackKilledHalfWayGoesOnWithEitherRolloutOrRollback(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        startApplyCapture(site);
        site.json("update", "rollout", "--batch", "3").expect("ROLLED_OUT", "phase");
        CliProcess process = CliProcess.start(temp, site.data(), "update.rollback.newDown", "update", "rollback");
        process.awaitPause("update.rollback.newDown");
        process.kill();
        CliRun first = site.run("update", "show", "--json"); // its stderr tells of the interrupted rollback
        assertEquals(0, first.exitCode(), first::describe);
        assertTrue(Doc.of(first).list("machines").stream().anyMatch(m -> "MOVING".equals(Json.string(m, "status"))),
                () -> "a machine whose new clone went down is no longer DONE: " + first.describe());

        // the rollout goes on: every machine runs its new clone again, none made twice
        site.json("update", "rollout", "--continue").expect("ROLLED_OUT", "phase");
        assertEquals(List.of("DONE", "DONE", "DONE"), statuses(site));
        for (String clone : List.of("web-v2-01", "web-v2-02", "web-v2-03")) {
            assertEquals("OPERATIONAL/ACTIVE", site.state(clone), clone);
        }
        // and the rollback, run again, ends as one that was never stopped
        site.json("update", "rollback").expect("ROLLED_BACK", "phase");
        for (String clone : List.of("web-01", "web-02", "web-03")) {
            assertEquals("OPERATIONAL/ACTIVE", site.state(clone), clone);
        }
        everyEntryEnded(site);
    }

    /** Kills {@code args} with SIGKILL at {@code point}; returns the interrupted update entry the next command finds. */
    private static Object killUpdateStep(Path temp, CliSite site, String point, String... args) throws Exception {
        CliProcess process = CliProcess.start(temp, site.data(), point, args);
        process.awaitPause(point);
        process.kill();
        CliRun first = site.run("journal", "--interrupted", "--json");
        assertEquals(0, first.exitCode(), first::describe);
        List<?> interrupted = Doc.of(first).list("entries");
        assertEquals(1, interrupted.size(), first::describe);
        assertEquals(String.join("-", args[0], args[1]), Json.string(interrupted.get(0), "operation"), first::describe);
        return interrupted.get(0);
    }

    private static String outcomeOf(CliSite site, Object entry) {
        Object id = Json.at(entry, "id");
        return site.json("journal").list("entries").stream().filter(e -> id.equals(Json.at(e, "id")))
                .map(e -> Json.string(e, "outcome")).findFirst().orElseThrow();
    }

    /**
     * Each step before the rollout killed with SIGKILL half-way, on one site: a start (unassigned) rolled back, then
     * another continued by starting again; an apply continued; a capture rolled back, then run again; a finish
     * continued after the rollback it made impossible was refused. After each, state and journal hold nothing half-done.
     */
    @Test
    void startApplyCaptureAndFinishKilledHalfWayGoOnOrRollBack(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        // start, killed once booted (before MAINTENANCE): rolled back, its clone destroyed and the machine free
        Object start = killUpdateStep(temp, site, "update.start.booted", "update", "start", "web", "--var", "hostname=maint");
        assertEquals("OPERATIONAL/ACTIVE", site.state("web-04"), "booted on the only free machine, vm-04");
        site.fails(1, List.of("no service update is running"), "update", "show");
        site.json("journal", "rollback", Json.at(start, "id").toString()).expect("ROLLED_BACK", "outcome");
        assertEquals("DESTROYED", site.state("web-04"));
        site.json("machine", "show", "lab/vm-04").expect(null, "clone");

        // killed again: starting again goes on with the clone it made, to MAINTENANCE/UNASSIGNED
        start = killUpdateStep(temp, site, "update.start.booted", "update", "start", "web", "--var", "hostname=maint");
        Doc started = site.json("update", "start", "web").expect("upd-web-1", "name")
                .expect("MAINTENANCE/UNASSIGNED", "maintenanceState").expect(null, "maintenanceMachine");
        assertEquals("SUCCEEDED", outcomeOf(site, start));
        assertEquals("maint\n", hostnameIn(site, started.string("maintenanceClone")));
        assertEquals(4, site.json("clone", "list").list("clones").stream()
                .filter(c -> !"DESTROYED".equals(Json.string(c, "state"))).count(), "no clone made twice");
        site.json("machine", "show", "lab/vm-04").expect(null, "clone");

        // apply, killed before it wrote: run again
        Object apply = killUpdateStep(temp, site, "update.apply.offline", "update", "apply", "--path", "/etc/motd", "--content", "x");
        site.json("update", "show").expect("MAINTENANCE", "phase").expect(0L, "appliedItems");
        site.json("update", "apply", "--path", "/etc/motd", "--content", "patched\n").expect(1L, "appliedItems");
        assertEquals("FAILED", outcomeOf(site, apply), "its items are not undone; it ended when the update went on");

        // capture, killed before its copy: rolled back (the update stays in MAINTENANCE), then run again
        Object capture = killUpdateStep(temp, site, "update.capture.offline", "update", "capture");
        site.json("journal", "rollback", Json.at(capture, "id").toString()).expect("ROLLED_BACK", "outcome");
        site.json("update", "show").expect("MAINTENANCE", "phase").expect(null, "newMaster");
        site.json("update", "capture").expect("web-v2", "newMaster").expect("CAPTURED", "phase");
        assertEquals("patched\n", ImageTools.readInImage(Path.of(site.json("master", "show", "web-v2").string("location")),
                "/etc/motd"));

        // finish, killed after the first standby clone went: rollback is refused, finish goes on
        site.json("update", "rollout", "--batch", "3").expect("ROLLED_OUT", "phase");
        Object finish = killUpdateStep(temp, site, "update.finish.destroyed", "update", "finish");
        assertEquals("DESTROYED", site.state("web-01"));
        assertEquals("OPERATIONAL/UNASSIGNED", site.state("web-02"));
        site.fails(1, List.of("cannot roll back upd-web-1: the standby clones of lab/vm-01 (web-01) were destroyed",
                "update finish"), "update", "rollback");
        assertEquals("OPERATIONAL/ACTIVE", site.state("web-v2-01"), "the refusal changed nothing");
        site.json("update", "finish").expect("FINISHED", "phase");
        assertEquals("SUCCEEDED", outcomeOf(site, finish));
        for (String clone : List.of("web-01", "web-02", "web-03")) {
            assertEquals("DESTROYED", site.state(clone), clone);
        }
        everyEntryEnded(site);
    }

    /**
     * {@code bench updates} runs the whole cycle and reports each step's phase (its figures are printed, never
     * asserted). ENCOMPASS_BENCH_MACHINES (default 4) sets the machines, e.g. 50 for the figures.
     */
    @Test
    void theUpdateBenchmarkRollsOutRollsBackAndStopsHalfWay(@TempDir Path temp) {
        ImageTools.assumeInstalled("qemu-img", "qemu-storage-daemon"); // copy-on-write clones, customized through FUSE
        String machines = System.getenv().getOrDefault("ENCOMPASS_BENCH_MACHINES", "4");
        CliRun run = CliRun.run(Map.of(), "bench", "updates", "--dir", temp.resolve("bench").toString(), "--master",
                web.image().toString(), "--machines", machines, "--batch", machines.equals("4") ? "2" : "10", "--json");
        assertEquals(0, run.exitCode(), run::describe);
        System.out.println(run.err()); // the figures
        List<String> phases = Doc.of(run).list("steps").stream().map(s -> Json.string(s, "phase")).toList();
        assertEquals(List.of("-", "CAPTURED", "ROLLED_OUT", "ROLLED_BACK", "stopped", "ROLLED_BACK"), phases, run::describe);
    }
}
