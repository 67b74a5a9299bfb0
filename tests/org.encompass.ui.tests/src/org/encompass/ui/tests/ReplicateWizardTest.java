package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.encompass.core.Engine;
import org.encompass.core.query.SiteLookup;
import org.encompass.model.Clone;
import org.encompass.model.Variable;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.wizards.ArchiveMessages;
import org.encompass.ui.internal.wizards.ImportArchiveWizard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard's replication page (issue 18, point 5): a site's deployment exported to an archive (two active
 * clones and one on no machine) is replicated into the console's repository onto free machines of libvirt's test driver.
 * The page shows the planner's proposals and why the third clone cannot be placed; the operator moves one clone to
 * another machine and edits the other's variables; Finish deploys both as mapped and reports the one not placed.
 */
@ExtendWith(TestWorkbench.class)
class ReplicateWizardTest {
    private static final String MASTER = "rep";
    private static final String HOST = "replica";

    @TempDir
    static Path dir;
    static IWorkbench workbench;
    static Engine engine;
    static List<String> exportedOn;
    static List<String> exported;
    static String unassigned;
    static Path archive;
    /** The live clones before the replication: the others it made go in the clean-up. */
    static java.util.Set<String> before = java.util.Set.of();

    @BeforeAll
    static void exportADeployment() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display: run the build under xvfb-run (releng/scripts/test.sh does)");
        workbench = TestWorkbench.start();
        engine = ConsolePlugin.getDefault().session().engine();
        UpdateConsoleDriver.importMaster(engine, dir, MASTER);
        // a test-driver host of its own: the console's test host may be busy with other classes' clones
        if (engine.read(site -> site.getHosts().stream().noneMatch(h -> h.getName().equals(HOST)))) {
            engine.addHost(HOST, "libvirt", "test://" + shutOffMachines(dir.resolve("replica.xml"), 6), null);
        }
        exportedOn = List.of(HOST + "/vm-1", HOST + "/vm-2");
        exported = UpdateConsoleDriver.deployActive(engine, MASTER, exportedOn);
        unassigned = engine.cloneMaster(MASTER, null, null);
        archive = dir.resolve("deployment.zip");
        engine.exportArchive(archive, List.of(MASTER), null);
    }

    /** A libvirt test-driver node file with {@code count} shut-off machines vm-1..vm-N. */
    static Path shutOffMachines(Path file, int count) throws java.io.IOException {
        StringBuilder xml = new StringBuilder("<node>\n");
        for (int i = 1; i <= count; i++) {
            xml.append(String.format(java.util.Locale.ROOT, """
                      <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
                        <name>vm-%d</name>
                        <uuid>7e91ca00-0000-4000-8000-%012d</uuid>
                        <memory unit='MiB'>2048</memory>
                        <vcpu>2</vcpu>
                        <os><type arch='x86_64'>hvm</type></os>
                        <test:runstate>5</test:runstate>
                      </domain>
                    """, i, i));
        }
        return java.nio.file.Files.writeString(file, xml.append("</node>\n").toString()).toAbsolutePath();
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) {
            // the snapshot holds the other classes' clones too: what the replication made of them goes as well
            UpdateConsoleDriver.removeClones(engine, engine.read(site -> site.getClones().stream()
                    .filter(c -> !org.encompass.core.query.States.of(c).isTerminal() && !before.contains(c.getName()))
                    .filter(c -> c.getMaster() == null || !c.getMaster().getName().equals(MASTER)).map(Clone::getName).toList()));
            UpdateConsoleDriver.removeAll(engine, List.of(MASTER));
        }
    }

    @Test
    void theMappingPageProposesMachinesTheOperatorChangesOneAndFinishDeploysThemThere() throws Exception {
        UpdateConsoleDriver.executeLater(workbench, "org.encompass.ui.commands.import-archive");
        UiThread.waitFor("the import wizard", 30, () -> wizard() != null);
        assertTrue(UiThread.sync(() -> wizard().getCurrentPage().getWizard() instanceof ImportArchiveWizard));
        UiThread.run(() -> new WizardBot(wizard()).type(ArchiveMessages.importFile, archive.toString())
                .choose(ArchiveMessages.importStorage, "local"));
        assertFalse(UiThread.sync(() -> button(IDialogConstants.NEXT_LABEL).isEnabled()), "a plain import has no second page");
        UiThread.run(() -> new WizardBot(wizard()).check(ArchiveMessages.importReplicate, true));
        assertFalse(UiThread.sync(() -> button(IDialogConstants.FINISH_LABEL).isEnabled()), "no Finish before the mapping is shown");
        UiThread.run(() -> UpdateConsoleDriver.press(button(IDialogConstants.NEXT_LABEL)));

        // the planner's proposals: free machines of the test host for the active clones; the third is not placed
        // (the site's snapshot holds the other test classes' clones too: the rows of this test's are looked up by name)
        List<String> names = UiThread.sync(() -> new WizardBot(wizard()).rows());
        List<Integer> at = List.of(names.indexOf(exported.get(0)), names.indexOf(exported.get(1)), names.indexOf(unassigned));
        assertFalse(at.contains(-1), names.toString());
        List<String> allMachines = UiThread.sync(() -> new WizardBot(wizard()).column(2));
        List<String> allHow = UiThread.sync(() -> new WizardBot(wizard()).column(4));
        List<String> machines = at.stream().map(allMachines::get).toList();
        List<String> how = at.stream().map(allHow::get).toList();
        for (int i = 0; i < 2; i++) {
            assertTrue(machines.get(i).contains("/") && !exportedOn.contains(machines.get(i)), machines.toString());
            assertEquals("by requirements and topology", how.get(i), how.toString());
        }
        assertNotEquals(machines.get(0), machines.get(1));
        assertEquals("-", machines.get(2));
        assertTrue(how.get(2).startsWith("not placed: it ran on no machine at "), how.get(2));
        String warning = UiThread.sync(() -> wizard().getCurrentPage().getMessage());
        assertTrue(warning.contains("clone(s) cannot be placed"), warning);
        UiThread.screenshot("wizard-replicate.png", () -> wizard().getShell().getBounds());

        // the operator moves the second clone to another fitting free machine, and gives the first a new hostname
        UiThread.run(() -> new WizardBot(wizard()).selectRow(exported.get(1)));
        List<String> offered = UiThread.sync(() -> new WizardBot(wizard()).items(ArchiveMessages.replicateMachine));
        assertEquals(machines.get(1), UiThread.sync(() -> new WizardBot(wizard()).chosen(ArchiveMessages.replicateMachine)));
        assertFalse(offered.stream().anyMatch(exportedOn::contains), "busy machines are not offered: " + offered);
        // this test's host's machines (other classes' hosts may hold running machines the planner would propose)
        List<String> others = new ArrayList<>(offered.stream().filter(m -> m.startsWith(HOST + "/")).toList());
        others.removeAll(machines);
        assertTrue(others.size() >= 2, offered.toString());
        String chosen = others.get(0);
        String first = others.get(1);
        UiThread.run(() -> new WizardBot(wizard()).selectRow(exported.get(0)).choose(ArchiveMessages.replicateMachine, first)
                .selectRow(exported.get(1)));
        UiThread.run(() -> new WizardBot(wizard()).choose(ArchiveMessages.replicateMachine, chosen));
        assertEquals(chosen, UiThread.sync(() -> new WizardBot(wizard()).column(2)).get(at.get(1)));
        assertEquals("mapped", UiThread.sync(() -> new WizardBot(wizard()).column(4)).get(at.get(1)));
        assertEquals(first, UiThread.sync(() -> new WizardBot(wizard()).column(2)).get(at.get(0)));
        UiThread.run(() -> new WizardBot(wizard()).selectRow(exported.get(0)).enter(ArchiveMessages.replicateVariables, "hostname"));
        assertEquals("Expected NAME=VALUE: hostname", UiThread.sync(() -> wizard().getCurrentPage().getErrorMessage()));
        assertFalse(UiThread.sync(() -> button(IDialogConstants.FINISH_LABEL).isEnabled()), "no Finish with a bad variable");
        UiThread.run(() -> new WizardBot(wizard()).enter(ArchiveMessages.replicateVariables, "hostname=branch1"));
        assertEquals(null, UiThread.sync(() -> wizard().getCurrentPage().getErrorMessage()));
        assertTrue(UiThread.sync(() -> new WizardBot(wizard()).column(3)).get(at.get(0)).contains("hostname=branch1"));

        before = java.util.Set.copyOf(engine.read(site -> site.getClones().stream().map(Clone::getName).toList()));
        UiThread.run(() -> UpdateConsoleDriver.press(button(IDialogConstants.FINISH_LABEL)));
        UiThread.waitFor("the report of the clone not placed", 120, () -> ConsoleFixture.dialogWith("clone " + unassigned + " not placed") != null);
        String report = UiThread.sync(() -> ConsoleFixture.allTextOf(ConsoleFixture.dialogWith("not placed")));
        assertTrue(report.contains("Replicated "), report);
        UiThread.run(() -> ConsoleFixture.dialogWith("not placed").close());

        for (String machine : List.of(first, chosen)) {
            // the engine's view may see the replicate's last commit a moment after the Job reported
            UiThread.waitFor("an active clone on " + machine + " (" + report + ")", 30, () -> {
                String on = UpdateConsoleDriver.cloneOn(engine, machine);
                return on != null && UpdateConsoleDriver.state(engine, on).equals("OPERATIONAL/ACTIVE");
            });
            String clone = UpdateConsoleDriver.cloneOn(engine, machine);
            assertTrue(clone != null && !exported.contains(clone), machine + " holds " + clone);
            assertEquals("OPERATIONAL/ACTIVE", UpdateConsoleDriver.state(engine, clone), "active as at the exporting site");
        }
        assertEquals("branch1", engine.read(site -> {
            Clone clone = SiteLookup.machine(site, first).getClone();
            return clone.getVariables().stream().filter(v -> v.getName().equals("hostname")).map(Variable::getValue)
                    .findFirst().orElse(null);
        }), "the row's edited variable");
    }

    private static WizardDialog wizard() {
        return UpdateConsoleDriver.window(WizardDialog.class);
    }

    /** The dialog's button reading {@code label} (Next, Finish: outside the page). */
    private static Button button(String label) {
        List<Control> pending = new ArrayList<>(List.of(wizard().getShell()));
        while (!pending.isEmpty()) {
            Control control = pending.remove(0);
            if (control instanceof Button b && b.getText().replace("&", "").equals(label.replace("&", ""))) {
                return b;
            }
            if (control instanceof Composite composite) {
                pending.addAll(List.of(composite.getChildren()));
            }
        }
        throw new AssertionError("no button " + label);
    }
}
