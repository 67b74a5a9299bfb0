package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.encompass.core.DeployRequest;
import org.encompass.core.EngineOptions;
import org.encompass.core.EncompassException;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.internal.Journal;
import org.encompass.core.spi.PowerState;
import org.encompass.core.tests.fake.FakeHypervisorDriver;
import org.encompass.core.tests.fake.Faults;
import org.encompass.model.Clone;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.model.ServiceUpdate;
import org.encompass.model.UpdateMachine;
import org.encompass.model.UpdateMachineStatus;
import org.encompass.model.UpdatePhase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reassignment and service updates (paper, section 3) on a real repository with the fake drivers. */
class ServiceUpdateTest {
    @TempDir
    Path dir;
    EngineFixture f;
    private static final Map<String, String> MAINT = Map.of("hostname", "maint");

    @BeforeEach
    void setUp() throws Exception {
        f = new EngineFixture(dir);
        f.engine.addCustomizationItem("web", new FileReplacement("set hostname", "/etc/hostname", "${hostname}\n", true));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** Deploys web on the machines with hostname h1, h2, ...; returns the clones in machine order. */
    private List<String> deploy(String... machines) {
        Map<String, Map<String, String>> vars = new java.util.LinkedHashMap<>();
        for (int i = 0; i < machines.length; i++) {
            vars.put(machines[i], Map.of("hostname", "h" + (i + 1)));
        }
        var result = f.engine.deploy(new DeployRequest("web", List.of(machines), null, vars, true), null);
        assertTrue(result.succeeded(), result.toString());
        return result.outcomes().stream().map(o -> o.cloneName()).toList();
    }

    private String cloneOn(String machine) {
        return f.read(site -> site.getClones().stream()
                .filter(c -> c.getMachine() != null && c.getMachine().getName().equals(machine)).map(Clone::getName)
                .findFirst().orElse(null));
    }

    private String masterOf(String clone) {
        return f.read(site -> site.getClones().stream().filter(c -> c.getName().equals(clone)).findFirst().orElseThrow()
                .getMaster().getName());
    }

    private <T> T update(java.util.function.Function<ServiceUpdate, T> read) {
        return f.read(site -> read.apply(site.getUpdates().get(site.getUpdates().size() - 1)));
    }

    private JournalEntry lastEntry(String operation) {
        return f.read(site -> {
            List<JournalEntry> entries = Journal.entries(site).stream().filter(e -> e.getOperation().equals(operation)).toList();
            return entries.get(entries.size() - 1);
        });
    }

    @Test
    void reassignPutsTheOldCloneOnStandbyAndCanGoBackDestroyingTheOther() throws Exception {
        String old = deploy("vm-01").get(0);
        String fresh = f.engine.reassign("vm-01", "web", false, Map.of("hostname", "other"), null);
        assertNotEquals(old, fresh);
        assertEquals("OPERATIONAL/UNASSIGNED", f.state(old), "the old clone is on standby");
        assertEquals("OPERATIONAL/ACTIVE", f.state(fresh));
        assertEquals(fresh, cloneOn("vm-01"));
        assertEquals("other\n", Files.readString(f.imageOf(fresh).resolve("etc/hostname")));
        assertEquals(f.imageOf(fresh).toString(), FakeHypervisorDriver.vm(f.hostUri, "vm-01").disk);
        JournalEntry entry = lastEntry("reassign");
        assertEquals(Outcome.SUCCEEDED, entry.getOutcome(), entry.getMessage());
        assertEquals("lab/vm-01", entry.getTarget());

        // back to the standby clone, destroying the one it ran
        assertEquals(old, f.engine.reassign("vm-01", old, true, Map.of(), null));
        assertEquals("OPERATIONAL/ACTIVE", f.state(old));
        assertEquals("DESTROYED", f.state(fresh));
        assertEquals(PowerState.RUNNING, FakeHypervisorDriver.vm(f.hostUri, "vm-01").power);
    }

    @Test
    void reassignRefusesUnknownMachineAndImageBeforeChangingAnything() {
        String old = deploy("vm-01").get(0);
        int clones = f.read(s -> s.getClones().size());
        EncompassException unknown = assertThrows(EncompassException.class,
                () -> f.engine.reassign("vm-99", "web", false, Map.of(), null));
        assertTrue(unknown.getMessage().startsWith("unknown machine 'vm-99' (known: lab/vm-01"), unknown.getMessage());
        EncompassException image = assertThrows(EncompassException.class,
                () -> f.engine.reassign("vm-01", "nothing", false, Map.of(), null));
        assertTrue(image.getMessage().contains("no master or clone is named"), image.getMessage());
        EncompassException same = assertThrows(EncompassException.class,
                () -> f.engine.reassign("vm-01", old, false, Map.of(), null));
        assertTrue(same.getMessage().contains("runs that clone already"), same.getMessage());
        assertEquals(clones, (int) f.read(s -> s.getClones().size()), "nothing cloned");
        assertEquals("OPERATIONAL/ACTIVE", f.state(old));
    }

    @Test
    void fullUpdateCycleMovesMachinesKeepsStandbyClonesThenFinishes() throws Exception {
        List<String> olds = deploy("vm-01", "vm-02");
        String name = f.engine.updateStart("web", "vm-04", MAINT, null);
        assertEquals("upd-web-1", name);
        String maintenance = update(ServiceUpdate::getMaintenanceClone);
        assertEquals("MAINTENANCE/ACTIVE", f.state(maintenance));
        EncompassException twice = assertThrows(EncompassException.class, () -> f.engine.updateStart("web", "vm-03", MAINT, null));
        assertTrue(twice.getMessage().startsWith("cannot start an update of master web: update upd-web-1 of it is running"),
                twice.getMessage());

        assertEquals(1, f.engine.updateApply(null, List.of(new FileReplacement("patch", "/etc/motd", "patched\n", false)), null));
        assertEquals("patched\n", Files.readString(f.imageOf(maintenance).resolve("etc/motd")));
        assertEquals("MAINTENANCE/ATTACHED", f.state(maintenance), "applied offline: deactivated first");

        String newMaster = f.engine.updateCapture(null, null, null);
        assertEquals("web-v2", newMaster);
        assertEquals("CAPTURED", f.state(maintenance));
        assertEquals("2", f.read(s -> s.getMasters().stream().filter(m -> m.getName().equals(newMaster)).findFirst()
                .orElseThrow().getVersion()));
        assertEquals("web", f.read(s -> s.getMasters().stream().filter(m -> m.getName().equals(newMaster)).findFirst()
                .orElseThrow().getParent().getName()));

        assertEquals(UpdatePhase.ROLLED_OUT, f.engine.updateRollout(null, 1, List.of(), false, null));
        for (int i = 0; i < 2; i++) {
            String machine = "vm-0" + (i + 1);
            String now = cloneOn(machine);
            assertEquals(newMaster, masterOf(now));
            assertEquals("OPERATIONAL/ACTIVE", f.state(now));
            assertEquals("h" + (i + 1) + "\n", Files.readString(f.imageOf(now).resolve("etc/hostname")), "variables carried over");
            assertEquals("patched\n", Files.readString(f.imageOf(now).resolve("etc/motd")), "the update is in the new clone");
            assertEquals("OPERATIONAL/UNASSIGNED", f.state(olds.get(i)), "standby");
        }
        assertEquals(List.of(UpdateMachineStatus.DONE, UpdateMachineStatus.DONE),
                update(u -> u.getMachines().stream().map(UpdateMachine::getStatus).toList()));

        EncompassException delete = assertThrows(EncompassException.class, () -> f.engine.deleteMaster("web", null));
        assertTrue(delete.getMessage().startsWith("cannot delete master web: service update upd-web-1 keeps its standby clones "
                + olds.get(0) + ", " + olds.get(1)), delete.getMessage());

        assertEquals(2, f.engine.updateFinish(null, null));
        assertEquals("DESTROYED", f.state(olds.get(0)));
        assertEquals("DESTROYED", f.state(olds.get(1)));
        assertEquals(UpdatePhase.FINISHED, update(ServiceUpdate::getPhase));
        for (String step : List.of("update-apply", "update-capture", "update-rollout", "update-finish")) {
            assertEquals(Outcome.SUCCEEDED, lastEntry(step).getOutcome(), step);
        }
        assertEquals(List.of(Outcome.SUCCEEDED, Outcome.FAILED), f.read(site -> Journal.entries(site).stream()
                .filter(e -> e.getOperation().equals("update-start")).map(JournalEntry::getOutcome).toList()),
                "the start, then the refused second one");
    }

    @Test
    void anUnassignedStartBootsTheCloneOnceOnAFreeMachineThenLeavesItForOfflineChanges() throws Exception {
        deploy("vm-01", "vm-02");
        assertEquals("upd-web-1", f.engine.updateStart("web", null, MAINT, null));
        String maintenance = update(ServiceUpdate::getMaintenanceClone);
        assertEquals("MAINTENANCE/UNASSIGNED", f.state(maintenance), "booted once, then taken down");
        assertEquals(null, update(ServiceUpdate::getMaintenanceMachine));
        assertEquals(null, cloneOn("vm-03"), "the machine it booted on is free again");
        assertEquals(PowerState.OFF, FakeHypervisorDriver.vm(f.hostUri, "vm-03").power);
        assertEquals(List.of("clone", "set-variables", "assign", "attach", "activate", "reconfigure", "deactivate", "detach",
                "unassign"),
                f.read(site -> Journal.entries(site).stream().filter(e -> maintenance.equals(e.getTarget())
                        || maintenance.equals(Journal.decode(e.getArguments()).get("clone")))
                        .filter(e -> !e.getOperation().startsWith("update")).map(JournalEntry::getOperation).toList()),
                "the lifecycle's own operations, each journaled: booted on the first idle machine, vm-03");
        assertTrue(lastEntry("update-start").getStateAfter().endsWith("unassigned (booted once on lab/vm-03)"),
                lastEntry("update-start").getStateAfter());
        assertEquals("maint\n", Files.readString(f.imageOf(maintenance).resolve("etc/hostname")), "its variables applied");

        assertEquals(1, f.engine.updateApply(null, List.of(new FileReplacement("patch", "/etc/motd", "offline\n", false)), null));
        assertEquals("offline\n", Files.readString(f.imageOf(maintenance).resolve("etc/motd")));
        assertEquals("MAINTENANCE/UNASSIGNED", f.state(maintenance));
        String newMaster = f.engine.updateCapture(null, null, null);
        assertEquals("CAPTURED", f.state(maintenance));
        assertEquals(UpdatePhase.ROLLED_OUT, f.engine.updateRollout(null, 2, List.of(), false, null));
        assertEquals(newMaster, masterOf(cloneOn("vm-01")));
    }

    @Test
    void anUnassignedStartWithNoFreeMachineIsRefusedNamingTheConstraint() {
        deploy("vm-01", "vm-02", "vm-03", "vm-04");
        EncompassException refused = assertThrows(EncompassException.class, () -> f.engine.updateStart("web", null, MAINT, null));
        assertEquals("cannot start an update of master web unassigned: no free machine (holding no clone, not powered on)"
                + " to boot its maintenance clone once", refused.getMessage());
        assertEquals(4, f.read(site -> site.getClones().size()), "nothing cloned");
        assertEquals(0, f.read(site -> site.getUpdates().size()));
    }

    @Test
    void aFailingMachineStopsTheRolloutWhichThenRollsBackToTheStandbyClones() throws Exception {
        List<String> olds = deploy("vm-01", "vm-02", "vm-03");
        f.engine.updateStart("web", "vm-04", MAINT, null);
        String newMaster = f.engine.updateCapture(null, "web-next", null);
        assertEquals("web-next", newMaster);

        Faults.next("activate", Faults.Kind.FAIL); // the first machine's new clone does not come up
        EncompassException stopped = assertThrows(EncompassException.class,
                () -> f.engine.updateRollout(null, 1, List.of(), false, null));
        assertTrue(stopped.getMessage().contains("rollout of upd-web-1 stopped: 1 machine(s) did not reach ACTIVE"),
                stopped.getMessage());
        assertEquals(UpdatePhase.PAUSED, update(ServiceUpdate::getPhase));
        assertEquals(List.of(UpdateMachineStatus.FAILED, UpdateMachineStatus.PENDING, UpdateMachineStatus.PENDING),
                update(u -> u.getMachines().stream().map(UpdateMachine::getStatus).toList()), "stopped after the first");
        assertEquals(olds.get(1), cloneOn("vm-02"), "the others were not touched");
        assertEquals(Outcome.FAILED, lastEntry("update-rollout").getOutcome());

        EncompassException notWithoutContinue = assertThrows(EncompassException.class,
                () -> f.engine.updateRollout(null, 1, List.of(), false, null));
        assertTrue(notWithoutContinue.getMessage().contains("--continue"), notWithoutContinue.getMessage());

        assertEquals(UpdatePhase.ROLLED_BACK, f.engine.updateRollback(null, List.of(), null));
        for (int i = 0; i < 3; i++) {
            assertEquals(olds.get(i), cloneOn("vm-0" + (i + 1)));
            assertEquals("OPERATIONAL/ACTIVE", f.state(olds.get(i)));
        }
        String failedNew = update(u -> u.getMachines().get(0).getNewClone());
        assertEquals("DESTROYED", f.state(failedNew));
        assertEquals(PowerState.RUNNING, FakeHypervisorDriver.vm(f.hostUri, "vm-01").power);
    }

    @Test
    void aPausedRolloutContinuesAfterTheCauseIsGone() {
        List<String> olds = deploy("vm-01", "vm-02");
        f.engine.updateStart("web", "vm-04", MAINT, null);
        String newMaster = f.engine.updateCapture(null, null, null);
        Faults.next("activate", Faults.Kind.FAIL);
        assertThrows(EncompassException.class, () -> f.engine.updateRollout(null, 1, List.of(), false, null));
        assertEquals(UpdatePhase.ROLLED_OUT, f.engine.updateRollout(null, 1, List.of(), true, null));
        assertEquals(newMaster, masterOf(cloneOn("vm-01")));
        assertEquals(newMaster, masterOf(cloneOn("vm-02")));
        assertEquals("OPERATIONAL/ACTIVE", f.state(cloneOn("vm-01")));
        assertEquals("OPERATIONAL/UNASSIGNED", f.state(olds.get(0)));
    }

    @Test
    void machinesToMoveListsWhatARolloutStillMovesSoAConsoleCanGoBatchByBatch() throws Exception {
        deploy("vm-01", "vm-02", "vm-03");
        f.engine.updateStart("web", "vm-04", MAINT, null);
        f.engine.updateCapture(null, null, null);
        java.util.function.Supplier<List<String>> toMove = () -> f.read(site -> org.encompass.core.query.ServiceUpdateLookup
                .machinesToMove(site, site.getUpdates().get(0)));
        assertEquals(List.of("lab/vm-01", "lab/vm-02", "lab/vm-03"), toMove.get(), "not the maintenance machine vm-04");
        assertEquals(UpdatePhase.ROLLED_OUT, f.engine.updateRollout(null, 1, toMove.get().subList(0, 1), false, null));
        assertEquals(List.of("lab/vm-02", "lab/vm-03"), toMove.get());
        assertEquals(UpdatePhase.ROLLED_OUT, f.engine.updateRollout(null, 2, toMove.get(), false, null));
        assertEquals(List.of(), toMove.get());
        assertEquals(UpdatePhase.ROLLED_BACK, f.engine.updateRollback(null, List.of(), null));
        assertEquals(List.of("lab/vm-01", "lab/vm-02", "lab/vm-03"), toMove.get(), "rolled back machines move again");
    }

    @Test
    void aCloneNameTakenOnTheDeviceStopsOnlyItsMachineTheOthersOfTheBatchGoOn() throws Exception {
        // one machine at a time: before, every machine after the blocked one was given the same taken name
        f.close();
        f = new EngineFixture(Files.createDirectories(dir.resolve("one-at-a-time")), EngineOptions.defaults().withMaxParallel(1));
        f.engine.addCustomizationItem("web", new FileReplacement("set hostname", "/etc/hostname", "${hostname}\n", true));
        List<String> olds = deploy("vm-01", "vm-02", "vm-03");
        f.engine.updateStart("web", "vm-04", MAINT, null);
        String newMaster = f.engine.updateCapture(null, null, null);
        Path blocker = Files.writeString(f.dir.resolve("nas/" + newMaster + "-02"), "in the way");

        EncompassException stopped = assertThrows(EncompassException.class,
                () -> f.engine.updateRollout(null, 3, List.of(), false, null));
        assertTrue(stopped.getMessage().contains("stopped: 1 machine(s) did not reach ACTIVE (lab/vm-02: "), stopped.getMessage());
        assertTrue(stopped.getMessage().contains(newMaster + "-02 exists already; no master or clone owns that image: it is an orphan"),
                stopped.getMessage());
        assertEquals(List.of(UpdateMachineStatus.DONE, UpdateMachineStatus.FAILED, UpdateMachineStatus.DONE),
                update(u -> u.getMachines().stream().map(UpdateMachine::getStatus).toList()), "only vm-02 stopped");
        assertEquals(newMaster + "-03", cloneOn("vm-03"), "the taken name is skipped");
        assertEquals("h3\n", Files.readString(f.imageOf(cloneOn("vm-03")).resolve("etc/hostname")));
        assertEquals(olds.get(1), cloneOn("vm-02"), "vm-02 still runs its old clone");
        assertEquals("OPERATIONAL/ACTIVE", f.state(olds.get(1)));
        assertEquals("in the way", Files.readString(blocker), "the orphan is never overwritten");

        assertEquals(UpdatePhase.ROLLED_OUT, f.engine.updateRollout(null, 3, List.of(), true, null));
        assertEquals(newMaster, masterOf(cloneOn("vm-02")));
        assertNotEquals(newMaster + "-02", cloneOn("vm-02"));
    }
}
