package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.EncompassException;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.internal.ModelAccess;
import org.encompass.core.lifecycle.LifecycleException;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.PowerState;
import org.encompass.core.tests.fake.FakeHypervisorDriver;
import org.encompass.model.Master;
import org.encompass.model.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine against a real CDO/Derby repository, with the fake drivers from this bundle's plugin.xml. */
class EngineLifecycleTest {
    @TempDir
    Path dir;
    EngineFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new EngineFixture(dir);
        f.engine.addCustomizationItem("web", new FileReplacement("set hostname", "/etc/hostname", "${hostname}\n", true));
        f.engine.addCustomizationItem("web", new RegexReplacement("hosts entry", "/etc/hosts", "template-host",
                "${hostname}.${domain}", ""));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void fullLifecycleThroughEveryTransition() throws Exception {
        String clone = f.engine.cloneMaster("web", CloneMethod.SPARSE, null);
        assertEquals("web-01", clone);
        assertEquals("CLEAN/UNASSIGNED", f.state(clone));
        f.engine.setVariables(clone, Map.of("hostname", "www1", "domain", "example.org"));

        f.engine.assign(clone, "lab/vm-01", null);
        assertEquals("CLEAN/ASSIGNED", f.state(clone));
        Path image = f.imageOf(clone);
        assertEquals("www1\n", Files.readString(image.resolve("etc/hostname")));
        assertEquals("127.0.0.1 localhost\n127.0.1.1 www1.example.org\n", Files.readString(image.resolve("etc/hosts")));
        assertEquals(2, (int) f.read(s -> s.getClones().get(0).getCustomizationPointer()));

        f.engine.attach(clone, null);
        assertEquals("CLEAN/ATTACHED", f.state(clone));
        assertEquals(image.toString(), FakeHypervisorDriver.vm(f.hostUri, "vm-01").disk);

        f.engine.activate(clone, null);
        assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
        assertEquals(PowerState.RUNNING, FakeHypervisorDriver.vm(f.hostUri, "vm-01").power);
        assertNotNull(f.read(s -> s.getClones().get(0).getFirstBoot()));

        f.engine.deactivate(clone, null);
        f.engine.detach(clone, null);
        f.engine.unassign(clone, null);
        assertEquals("OPERATIONAL/UNASSIGNED", f.state(clone));
        assertNull(FakeHypervisorDriver.vm(f.hostUri, "vm-01").disk);

        f.engine.reconfigure(clone, null);
        assertEquals("MAINTENANCE/UNASSIGNED", f.state(clone));
        String captured = f.engine.capture(clone, "web-v2", null);
        assertEquals("CAPTURED", f.state(clone));
        assertFalse(Files.exists(image), "the captured clone's image is freed");
        f.read(site -> {
            Master v2 = site.getMasters().stream().filter(m -> m.getName().equals(captured)).findFirst().orElseThrow();
            assertEquals("web", v2.getParent().getName());
            assertEquals(clone, v2.getSourceClone().getName());
            assertEquals(2, v2.getCustomizationItems().size());
            assertTrue(Files.exists(Path.of(v2.getLocation(), "etc/hostname")));
            return null;
        });
        long succeeded = f.read(s -> JournalEntries.all(s).stream().filter(e -> e.getOutcome() == Outcome.SUCCEEDED).count());
        assertTrue(succeeded >= 12, "every step journaled: " + succeeded);
    }

    @Test
    void illegalTransitionIsRefusedNamedAndJournaledAndChangesNothing() {
        String clone = f.engine.cloneMaster("web", null, null);
        LifecycleException e = assertThrows(LifecycleException.class, () -> f.engine.activate(clone, null));
        assertEquals("cannot activate clone web-01: it is CLEAN/UNASSIGNED; allowed: assign, destroy", e.getMessage());
        assertEquals("CLEAN/UNASSIGNED", f.state(clone));
        assertEquals("activate FAILED: " + e.getMessage(), f.lastOutcome());
        assertEquals(PowerState.OFF, FakeHypervisorDriver.vm(f.hostUri, "vm-01").power);
    }

    @Test
    void assignRefusesMachinesThatDoNotFitOrAreBusy() {
        String a = f.engine.cloneMaster("web", null, null);
        String b = f.engine.cloneMaster("web", null, null);
        f.engine.setVariables(a, Map.of("hostname", "a", "domain", "d"));
        f.engine.assign(a, "vm-01", null);
        EncompassException busy = assertThrows(EncompassException.class, () -> f.engine.assign(b, "vm-01", null));
        assertTrue(busy.getMessage().contains("holds clone web-01"), busy.getMessage());
        EncompassException unknown = assertThrows(EncompassException.class, () -> f.engine.assign(b, "vm-99", null));
        assertTrue(unknown.getMessage().startsWith("unknown machine 'vm-99' (known: lab/vm-01"), unknown.getMessage());
        ModelAccess.of(f.engine).write(site -> {
            site.getMasters().get(0).getRequirements().setMinMemoryMiB(4096);
            return null;
        });
        EncompassException small = assertThrows(EncompassException.class, () -> f.engine.assign(b, "vm-02", null));
        assertEquals("machine lab/vm-02 does not meet the requirements of master web: 2048 MiB memory, needs 4096",
                small.getMessage());
        assertEquals("CLEAN/UNASSIGNED", f.state(b));
    }

    @Test
    void missingVariableRefusesAssignBeforeTouchingTheImage() throws Exception {
        String clone = f.engine.cloneMaster("web", null, null);
        f.engine.setVariables(clone, Map.of("hostname", "only-host"));
        EncompassException e = assertThrows(EncompassException.class, () -> f.engine.assign(clone, "vm-01", null));
        assertTrue(e.getMessage().contains("domain"), e.getMessage());
        assertEquals("CLEAN/UNASSIGNED", f.state(clone));
        Path image = f.imageOf(clone);
        assertEquals("localhost\n", Files.readString(image.resolve("etc/hostname")), "all items are checked first");
        assertEquals(0, (int) f.read(s -> s.getClones().get(0).getCustomizationPointer()));

        f.engine.setVariables(clone, Map.of("domain", "example.org"));
        f.engine.assign(clone, "vm-01", null);
        assertEquals("only-host\n", Files.readString(image.resolve("etc/hostname")));
        assertEquals(2, (int) f.read(s -> s.getClones().get(0).getCustomizationPointer()));

        f.engine.customizeRollback(clone, 1, false, null);
        assertEquals("127.0.0.1 localhost\n127.0.1.1 template-host\n", Files.readString(image.resolve("etc/hosts")));
        assertEquals("only-host\n", Files.readString(image.resolve("etc/hostname")), "staged: item 1 stays");
        f.engine.customizeRollback(clone, 0, false, null);
        assertEquals("localhost\n", Files.readString(image.resolve("etc/hostname")), "exact bytes restored");
        assertEquals(0, (int) f.read(s -> s.getClones().get(0).getCustomizationPointer()));
        assertEquals(0, (int) f.read(s -> s.getClones().get(0).getAppliedItems().size()));
        f.engine.customizeApply(clone, 1, null);
        assertEquals(1, (int) f.read(s -> s.getClones().get(0).getCustomizationPointer()));
        EncompassException backwards = assertThrows(EncompassException.class, () -> f.engine.customizeApply(clone, 0, null));
        assertEquals("cannot customize-apply web-01 to 0: the pointer is at 1 of 2 items; apply goes to 1..2",
                backwards.getMessage());
    }

    @Test
    void deployInParallelThenMigrate() {
        DeployResult result = f.engine.deploy(new DeployRequest("web", List.of("vm-01", "vm-02", "vm-03"), null,
                Map.of("vm-01", Map.of("hostname", "h1", "domain", "d"), "vm-02", Map.of("hostname", "h2", "domain", "d"),
                        "vm-03", Map.of("hostname", "h3", "domain", "d")), true), null);
        assertTrue(result.succeeded(), result.toString());
        assertEquals(3, result.clones().size());
        for (String clone : result.clones()) {
            assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
        }
        String moved = result.outcomes().get(0).cloneName();
        f.engine.migrate(moved, "vm-04", null);
        assertEquals("OPERATIONAL/ACTIVE", f.state(moved));
        assertEquals(PowerState.OFF, FakeHypervisorDriver.vm(f.hostUri, "vm-01").power);
        assertEquals(PowerState.RUNNING, FakeHypervisorDriver.vm(f.hostUri, "vm-04").power);
        assertEquals("vm-04", f.read(s -> s.getClones().stream().filter(c -> c.getName().equals(moved)).findFirst()
                .orElseThrow().getMachine().getName()));
    }

    @Test
    void deployRefusesUpFrontWhenAMachineIsTaken() {
        f.engine.deploy(new DeployRequest("web", List.of("vm-01"), null,
                Map.of("vm-01", Map.of("hostname", "h1", "domain", "d")), false), null);
        int clones = f.read(s -> s.getClones().size());
        EncompassException e = assertThrows(EncompassException.class, () -> f.engine.deploy(
                new DeployRequest("web", List.of("vm-02", "vm-01"), null, Map.of(), true), null));
        assertTrue(e.getMessage().startsWith("cannot deploy onto vm-01: it holds clone web-01"), e.getMessage());
        assertEquals(clones, (int) f.read(s -> s.getClones().size()), "nothing cloned");
    }

    @Test
    void deleteMasterRefusedWhileClonesLiveThenRetiredForLineage() {
        String clone = f.engine.cloneMaster("web", null, null);
        EncompassException e = assertThrows(EncompassException.class, () -> f.engine.deleteMaster("web", null));
        assertTrue(e.getMessage().startsWith("cannot delete master web: 1 clone(s) still use it (web-01)"), e.getMessage());
        f.engine.destroy(clone, null);
        assertEquals("DESTROYED", f.state(clone));
        f.engine.deleteMaster("web", null);
        assertNull(f.read(s -> s.getMasters().get(0).getLocation()), "retired: the destroyed clone still points to it");
        assertThrows(EncompassException.class, () -> f.engine.cloneMaster("web", null, null));
        EncompassException item = assertThrows(EncompassException.class, () -> f.engine.addCustomizationItem("web",
                new FileReplacement("late", "/etc/motd", "x", false)));
        assertTrue(item.getMessage().startsWith("cannot add a customization item to master web: it is retired"),
                item.getMessage());
        assertEquals(2, (int) f.read(s -> s.getMasters().get(0).getCustomizationItems().size()), "nothing was stored");
    }

    @Test
    void unreachableHostAddsNothing() {
        EncompassException e = assertThrows(EncompassException.class,
                () -> f.engine.addHost("gone", "fake", "fake://unreachable", null));
        assertTrue(e.getMessage().contains("host unreachable"), e.getMessage());
        assertEquals(1, (int) f.read(s -> s.getHosts().size()));
        EncompassException noDriver = assertThrows(EncompassException.class,
                () -> f.engine.addHost("odd", "no-such-kind", "x://y", null));
        assertTrue(noDriver.getMessage().contains("No hypervisorDriver for kind \"no-such-kind\""), noDriver.getMessage());
    }

    @Test
    void badRegexItemIsRefusedBeforeItIsStored() {
        EncompassException e = assertThrows(EncompassException.class, () -> f.engine.addCustomizationItem("web",
                new RegexReplacement("broken", "/etc/hosts", "([unclosed", "x", "")));
        assertTrue(e.getMessage().startsWith("cannot add the customization item to master web: bad pattern"), e.getMessage());
        assertEquals(2, (int) f.read(s -> s.getMasters().get(0).getCustomizationItems().size()));
        EncompassException backtracking = assertThrows(EncompassException.class, () -> f.engine.addCustomizationItem(
                "web", new RegexReplacement("lookahead", "/etc/hosts", "host(?=name)", "x", "")));
        assertTrue(backtracking.getMessage().contains("RE2"), backtracking.getMessage());
        EncompassException newline = assertThrows(EncompassException.class, () -> f.engine.addCustomizationItem("web",
                new FileReplacement("nl", "/etc/a\nb", "x", false)));
        assertFalse(newline.getMessage().contains("\n"), "one line: " + newline.getMessage());
        f.engine.addCustomizationItem("web", new RegexReplacement("commented", "/etc/hosts",
                "template-host  # the name (unbalanced '(' in a comment is fine with x)", "h", "x"));
        assertEquals(3, (int) f.read(s -> s.getMasters().get(0).getCustomizationItems().size()));
    }

    @Test
    void stateSurvivesARestart() {
        String clone = f.engine.cloneMaster("web", null, null);
        f.engine.setVariables(clone, Map.of("hostname", "r", "domain", "d"));
        f.engine.assign(clone, "vm-02", null);
        f.engine.attach(clone, null);
        long entries = f.read(s -> (long) JournalEntries.all(s).size());
        f.restart();
        assertEquals("CLEAN/ATTACHED", f.state(clone));
        assertEquals(entries, (long) f.read(s -> (long) JournalEntries.all(s).size()));
        assertEquals("vm-02", f.read(s -> s.getClones().get(0).getMachine().getName()));
        f.engine.activate(clone, null);
        assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
    }
}
