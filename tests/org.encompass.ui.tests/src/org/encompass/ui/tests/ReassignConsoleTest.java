package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.encompass.core.Engine;
import org.encompass.core.query.JournalEntries;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.updates.ReassignDialog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reassignment in the console (issue 18): a master dropped on a busy machine asks, in a dialog that says what
 * happens to the old clone, then the engine's reassign runs as a Job, undoable (back to the standby clone) and
 * redoable; the Reassign command on a machine's context menu picks the image (here: the clone left on standby)
 * and destroys the other, which is not undoable. On the console's libvirt test host; each test deploys a master
 * of its own ({@link OwnMaster}) on a free machine and removes it at the end.
 */
@ExtendWith(TestWorkbench.class)
class ReassignConsoleTest {
    private static final String TARGET = "Deploy on it:";

    @TempDir
    static Path dir;
    static IWorkbench workbench;
    static Engine engine;

    @BeforeAll
    static void openConsole() throws Exception {
        ConsoleFixture.open();
        workbench = ConsoleFixture.workbench;
        engine = ConsoleFixture.engine;
    }

    /** One scenario: the drop asks and reassigns, then Edit > Undo goes back and Edit > Redo reassigns again. */
    @Test
    void droppingAMasterOnABusyMachineReassignsKeepingTheOldCloneOnStandbyAndUndoRedoWork() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "rea")) {
            String machine = master.freeMachines(1).get(0);
            String first = UpdateConsoleDriver.deployActive(engine, master.name, List.of(machine)).get(0);
            long before = engine.read(site -> JournalEntries.all(site).stream().mapToLong(JournalEntry::getId).max().orElse(0));
            String second = dropMasterOnBusyMachine(master.name, machine, first);
            undoThenRedo(machine, first, second, before);
        } finally {
            UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
        }
    }

    /** Drops {@code master} on {@code machine} (running {@code first}), answers the dialog; returns the fresh clone. */
    private static String dropMasterOnBusyMachine(String master, String machine, String first) throws Exception {
        RepositoryView view = UpdateConsoleDriver.repositoryView(workbench);
        String vm = machine.substring(machine.indexOf('/') + 1);
        UiThread.waitFor(vm + " holding " + first, 60,
                () -> UpdateConsoleDriver.item(view, vm).getText(1).endsWith("holds " + first + " (ACTIVE)"));
        Object dragged = UiThread.sync(() -> UpdateConsoleDriver.item(view, master + " v1").getData());
        Object target = UiThread.sync(() -> UpdateConsoleDriver.item(view, vm).getData());

        // An active clone is still refused there (the lifecycle allows assign only from UNASSIGNED).
        Object active = UiThread.sync(() -> UpdateConsoleDriver.item(view, first).getData());
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(active)));
        assertFalse(UiThread.sync(() -> new TreeDrop(view.viewer(), target, DND.DROP_MOVE).accepted()));

        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(dragged)));
        TreeDrop drop = UiThread.sync(() -> new TreeDrop(view.viewer(), target, DND.DROP_COPY));
        assertTrue(UiThread.sync(drop::accepted), "a master over a busy machine: reassign");
        assertTrue(UiThread.sync(drop::drop));
        UiThread.waitFor("the reassign dialog", 30, () -> UpdateConsoleDriver.window(ReassignDialog.class) != null);
        ReassignDialog dialog = UiThread.sync(() -> UpdateConsoleDriver.window(ReassignDialog.class));
        String shown = UiThread.sync(() -> ConsoleFixture.allTextOf(dialog.getShell()));
        assertTrue(shown.contains("Machine " + machine + " runs clone " + first), shown);
        WizardBot bot = WizardBot.of(dialog);
        assertTrue(UiThread.sync(() -> bot.button("stays on standby (OPERATIONAL/UNASSIGNED)").getText()).startsWith("stays on standby"));
        assertEquals("is destroyed", UiThread.sync(() -> bot.button("is destroyed").getText()));
        assertEquals(List.of(master), UiThread.sync(() -> bot.items(TARGET)), "the dropped master is the only choice");
        assertEquals(master, UiThread.sync(() -> bot.chosen(TARGET)), "and chosen");
        assertTrue(UiThread.sync(() -> bot.button("stays on standby").getSelection()), "standby is the default");
        assertFalse(UiThread.sync(() -> bot.button("is destroyed").getSelection()));
        UiThread.screenshot("console-reassign-dialog.png", () -> dialog.getShell().getBounds());
        UiThread.run(() -> UpdateConsoleDriver.press(dialog.getShell(), IDialogConstants.OK_LABEL));

        UiThread.waitFor("a fresh clone active on " + machine, 120, () -> {
            String now = UpdateConsoleDriver.cloneOn(engine, machine);
            return now != null && !now.equals(first) && UpdateConsoleDriver.state(engine, now).equals("OPERATIONAL/ACTIVE");
        });
        String second = UpdateConsoleDriver.cloneOn(engine, machine);
        assertEquals("OPERATIONAL/UNASSIGNED", UpdateConsoleDriver.state(engine, first), "the old clone is on standby");
        UiThread.waitFor("the navigator showing " + first + " on standby", 60, () -> {
            var item = UpdateConsoleDriver.findItem(view, first);
            return item != null && item.getText(1).equals("OPERATIONAL/UNASSIGNED");
        });
        JournalEntry entry = lastReassign();
        assertEquals(Outcome.SUCCEEDED, entry.getOutcome(), entry.getMessage());
        assertEquals(machine, entry.getTarget());
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
        return second;
    }

    /** Undo goes back to the standby clone destroying the fresh one, and redo reassigns again. */
    private static void undoThenRedo(String machine, String first, String second, long before) throws Exception {
        ICommandService commands = workbench.getService(ICommandService.class);
        UiThread.waitFor("undo enabled", 30, () -> commands.getCommand("org.eclipse.ui.edit.undo").isEnabled());
        execute("org.eclipse.ui.edit.undo");
        UiThread.waitFor(first + " active again on " + machine, 120,
                () -> first.equals(UpdateConsoleDriver.cloneOn(engine, machine))
                        && UpdateConsoleDriver.state(engine, first).equals("OPERATIONAL/ACTIVE"));
        UiThread.waitFor(second + " destroyed", 60, () -> UpdateConsoleDriver.state(engine, second).equals("DESTROYED"));

        UiThread.waitFor("redo enabled", 30, () -> commands.getCommand("org.eclipse.ui.edit.redo").isEnabled());
        execute("org.eclipse.ui.edit.redo");
        UiThread.waitFor("a fresh clone active on " + machine + " again", 120, () -> {
            String now = UpdateConsoleDriver.cloneOn(engine, machine);
            return now != null && !now.equals(first) && !now.equals(second)
                    && UpdateConsoleDriver.state(engine, now).equals("OPERATIONAL/ACTIVE");
        });
        assertEquals("OPERATIONAL/UNASSIGNED", UpdateConsoleDriver.state(engine, first), "on standby again");
        assertEquals(List.of("reassign", "reassign", "reassign"), engine.read(site -> JournalEntries.all(site).stream()
                .filter(e -> e.getId() > before && machine.equals(e.getTarget()) && e.getOutcome() == Outcome.SUCCEEDED)
                .map(JournalEntry::getOperation).filter(o -> o.equals("reassign")).toList()), "drop, undo, redo: each journaled");
    }

    private static void execute(String commandId) {
        UiThread.run(() -> {
            try {
                workbench.getService(IHandlerService.class).executeCommand(commandId, null);
            } catch (Exception e) {
                throw new AssertionError("executing " + commandId + ": " + e, e);
            }
        });
    }

    @Test
    void theReassignCommandReturnsTheMachineToItsStandbyCloneAndCanDestroyTheOther() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "reb")) {
            // A machine running a fresh clone, its first clone on standby (as the engine's reassign leaves them).
            String machine = master.freeMachines(1).get(0);
            String first = UpdateConsoleDriver.deployActive(engine, master.name, List.of(machine)).get(0);
            String second = engine.reassign(machine, master.name, false, Map.of(), null);
            assertEquals("OPERATIONAL/UNASSIGNED", UpdateConsoleDriver.state(engine, first));
            reassignBackDestroying(master.name, machine, first, second);
        }
    }

    private static void reassignBackDestroying(String master, String machine, String first, String second) throws Exception {
        RepositoryView view = UpdateConsoleDriver.repositoryView(workbench);
        String vm = machine.substring(machine.indexOf('/') + 1);
        UiThread.waitFor("the navigator showing " + first + " on standby and " + vm + " holding " + second, 60, () -> {
            var item = UpdateConsoleDriver.findItem(view, first);
            return item != null && item.getText(1).equals("OPERATIONAL/UNASSIGNED")
                    && UpdateConsoleDriver.item(view, vm).getText(1).endsWith("holds " + second + " (ACTIVE)");
        });
        UpdateConsoleDriver.select(view, UiThread.sync(() -> UpdateConsoleDriver.item(view, vm).getData()));
        assertTrue(UpdateConsoleDriver.contextMenu(view).contains("Reassign..."), UpdateConsoleDriver.contextMenu(view).toString());
        UpdateConsoleDriver.chooseFromContextMenuLater(view, "Reassign...");
        UiThread.waitFor("the reassign dialog", 30, () -> UpdateConsoleDriver.window(ReassignDialog.class) != null);
        ReassignDialog dialog = UiThread.sync(() -> UpdateConsoleDriver.window(ReassignDialog.class));
        WizardBot bot = WizardBot.of(dialog);
        List<String> offered = UiThread.sync(() -> bot.items(TARGET)).stream().map(item -> item.substring(0, item.indexOf(" ("))).toList();
        assertTrue(offered.contains(master) && offered.contains(first), "masters and unassigned clones: " + offered);
        assertFalse(offered.contains(second), "not the clone it runs: " + offered);
        UiThread.run(() -> {
            assertFalse(bot.button(IDialogConstants.OK_LABEL).isEnabled(), "nothing chosen yet");
            bot.choose(TARGET, bot.items(TARGET).get(offered.indexOf(first)));
            bot.pick("is destroyed");
            UpdateConsoleDriver.press(dialog.getShell(), IDialogConstants.OK_LABEL);
        });
        UiThread.waitFor(first + " active again on " + machine, 120,
                () -> first.equals(UpdateConsoleDriver.cloneOn(engine, machine))
                        && UpdateConsoleDriver.state(engine, first).equals("OPERATIONAL/ACTIVE"));
        UiThread.waitFor(second + " destroyed", 60, () -> UpdateConsoleDriver.state(engine, second).equals("DESTROYED"));
        JournalEntry entry = lastReassign();
        assertEquals(Outcome.SUCCEEDED, entry.getOutcome(), entry.getMessage());
        assertNotEquals(second, UpdateConsoleDriver.cloneOn(engine, machine));
        UiThread.waitFor("the undo history flushed: a destroyed clone cannot come back", 30,
                () -> !ConsolePlugin.getDefault().commandStack().canUndo());
    }

    private static JournalEntry lastReassign() {
        return engine.read(site -> {
            List<JournalEntry> entries = JournalEntries.all(site).stream().filter(e -> e.getOperation().equals("reassign")).toList();
            return entries.get(entries.size() - 1);
        });
    }
}
