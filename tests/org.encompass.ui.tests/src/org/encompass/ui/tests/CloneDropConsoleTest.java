package org.encompass.ui.tests;

import static org.encompass.ui.tests.ConsoleFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.ui.commands.ICommandService;
import org.encompass.ui.internal.RepositoryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Placing clones in the console: a clone dropped on a machine through the navigator's CNF drop adapter (with undo
 * and redo through Edit's commands), a master dropped on a machine, and the deploy wizard. Each test works on a
 * master of its own ({@link OwnMaster}) and free machines of the console's test host, and leaves them as it found
 * them.
 */
@ExtendWith(ConsoleFixture.class)
class CloneDropConsoleTest {
    @TempDir
    static Path dir;


    @Test
    void droppingACloneOnAMachineAssignsAndAttachesAndUndoRedoWork() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "drop")) {
            List<String> machines = master.freeMachines(2);
            String holder = master.cloneOf();
            engine.assign(holder, machines.get(0), null);
            String clone = master.cloneOf();
            String free = OwnMaster.vm(machines.get(1));
            RepositoryView view = repositoryView();
            waitForState(view, clone, "CLEAN/UNASSIGNED");
            Object dragged = UiThread.sync(() -> item(view, clone).getData());
            Object busy = UiThread.sync(() -> item(view, OwnMaster.vm(machines.get(0))).getData());
            Object target = UiThread.sync(() -> item(view, free).getData());
            UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(dragged)));

            // On a busy machine the drop is accepted and asks whether to reassign (ReassignConsoleTest); not dropped here.
            TreeDrop onBusy = UiThread.sync(() -> new TreeDrop(view.viewer(), busy, DND.DROP_MOVE));
            assertTrue(UiThread.sync(onBusy::accepted));

            TreeDrop onFree = UiThread.sync(() -> new TreeDrop(view.viewer(), target, DND.DROP_MOVE));
            assertTrue(UiThread.sync(onFree::accepted));
            assertTrue(UiThread.sync(onFree::drop));
            waitForState(view, clone, "CLEAN/ATTACHED");
            assertTrue(UiThread.sync(() -> item(view, free).getText(1)).endsWith("holds " + clone + " (ATTACHED)"));
            UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
            UiThread.waitFor("undo enabled", 30, () -> workbench.getService(ICommandService.class).getCommand("org.eclipse.ui.edit.undo").isEnabled());

            execute("org.eclipse.ui.edit.undo");
            waitForState(view, clone, "CLEAN/UNASSIGNED");
            assertTrue(UiThread.sync(() -> item(view, free).getText(1)).endsWith("free"));
            UiThread.waitFor("redo enabled", 30, () -> workbench.getService(ICommandService.class).getCommand("org.eclipse.ui.edit.redo").isEnabled());

            execute("org.eclipse.ui.edit.redo");
            waitForState(view, clone, "CLEAN/ATTACHED");
            assertTrue(UiThread.sync(() -> item(view, free).getText(1)).endsWith("holds " + clone + " (ATTACHED)"));
        }
    }

    @Test
    void droppingAMasterOnAMachineDeploysIt() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "deploy")) {
            String vm = OwnMaster.vm(master.freeMachines(1).get(0));
            String clone = master.name + "-01";
            RepositoryView view = repositoryView();
            Object dragged = UiThread.sync(() -> item(view, master.row()).getData());
            Object machine = UiThread.sync(() -> item(view, vm).getData());
            UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(dragged)));
            TreeDrop onMachine = UiThread.sync(() -> new TreeDrop(view.viewer(), machine, DND.DROP_COPY));
            assertTrue(UiThread.sync(onMachine::accepted));
            assertTrue(UiThread.sync(onMachine::drop));
            UiThread.waitFor("a clone attached on " + vm, 60, () -> item(view, vm).getText(1).endsWith("holds " + clone + " (ATTACHED)"));
            waitForState(view, clone, "CLEAN/ATTACHED");
            UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
            UiThread.screenshot("console-after-drops.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
        }
    }

    @Test
    void theDeployWizardDeploysOnTheCheckedMachinesWithTheirData() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "wiz")) {
            List<String> machines = master.freeMachines(2);
            RepositoryView view = repositoryView();
            select(view, master.row());
            // The wizard is modal: open it from the event loop, then drive its widgets from here.
            UiThread.display().asyncExec(() -> execute(COMMANDS + "deploy"));
            UiThread.waitFor("the deploy wizard", 30, () -> wizardDialog() != null);
            DeployWizardBot bot = UiThread.sync(() -> new DeployWizardBot(wizardDialog()));
            assertEquals(master.name, UiThread.sync(bot::master), "the selected master is preselected");
            UiThread.run(bot::activate);
            clickButton("Next >");
            UiThread.run(() -> bot.check(machines));
            clickButton("Next >");
            UiThread.run(() -> bot.variables(Map.of(machines.get(0), "hostname=www5", machines.get(1), "hostname=www6, ip=10.0.0.16")));
            UiThread.screenshot("console-deploy-wizard.png", () -> wizardDialog().getShell().getBounds());
            clickButton("Finish");
            UiThread.waitFor("both machines running their clones", 90, () -> machines.stream()
                    .allMatch(m -> item(view, OwnMaster.vm(m)).getText(1).startsWith("RUNNING, holds")));
            assertEquals(Map.of("hostname", "www5"), variables(UpdateConsoleDriver.cloneOn(engine, machines.get(0))));
            assertEquals(Map.of("hostname", "www6", "ip", "10.0.0.16"), variables(UpdateConsoleDriver.cloneOn(engine, machines.get(1))));
        }
    }

    private static Map<String, String> variables(String clone) {
        return engine.read(site -> org.encompass.core.query.SiteLookup.clone(site, clone).getVariables().stream()
                .collect(java.util.stream.Collectors.toMap(org.encompass.model.Variable::getName, org.encompass.model.Variable::getValue)));
    }
}
