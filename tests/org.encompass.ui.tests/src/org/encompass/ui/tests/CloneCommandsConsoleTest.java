package org.encompass.ui.tests;

import static org.encompass.ui.tests.ConsoleFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.keys.IBindingService;
import org.encompass.ui.internal.ConsolePerspective;
import org.encompass.ui.internal.MachinesView;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.commands.CloneOperationHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clone's lifecycle commands in the console, as the operator runs them: as Jobs through the handler service with
 * a navigator's selection, enabled by the engine's rules, a refusal in a dialog, the platform log and the Error Log
 * view, key bindings and the context menu, and the Machines navigator. Each test works on a master of its own
 * ({@link OwnMaster}) and free machines of the console's test host, and leaves them as it found them.
 */
@ExtendWith(ConsoleFixture.class)
class CloneCommandsConsoleTest {
    @TempDir
    static Path dir;


    @Test
    void lifecycleCommandsFollowTheEnginesRulesAndRunAsJobs() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "cmd")) {
            String machine = master.freeMachines(1).get(0);
            String clone = master.name + "-01";
            RepositoryView view = repositoryView();
            select(view, master.row());
            assertTrue(enabled("clone"), "clone is enabled on a master");
            assertFalse(enabled("attach"), "attach is not enabled on a master");
            execute(COMMANDS + "clone");
            waitForState(view, clone, "CLEAN/UNASSIGNED");

            select(view, clone);
            assertEquals(List.of("assign", "customize-rollback=false", "destroy"), enabledCloneCommands());
            execute(COMMANDS + "assign", Map.of(CloneOperationHandler.MACHINE_PARAMETER, machine));
            waitForState(view, clone, "CLEAN/ASSIGNED");
            assertEquals(List.of("unassign", "attach", "customize-rollback=false"), enabledCloneCommands());
            execute(COMMANDS + "attach");
            waitForState(view, clone, "CLEAN/ATTACHED");
            execute(COMMANDS + "activate");
            waitForState(view, clone, "OPERATIONAL/ACTIVE");
            // It moved from the Clean group to a new Operational one: the selection follows it.
            assertEquals(List.of(clone), selectedNames(view), "the activated clone stays selected");
            assertEquals(List.of("deactivate", "reconfigure", "customize-rollback=false"), enabledCloneCommands());
            String row = UiThread.sync(() -> item(view, OwnMaster.vm(machine)).getText(1));
            assertTrue(row.endsWith("holds " + clone + " (ACTIVE)"), row);
            UiThread.screenshot("console-active-clone.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
        }
    }

    @Test
    void aRefusedOperationShowsTheEnginesMessageAndLogsIt() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "ref")) {
            logged.clear();
            String refusal = refuseAnAssign(master);
            UiThread.screenshot("console-refused-assign.png", () -> errorDialog().getBounds());
            UiThread.run(() -> errorDialog().close());
            assertTrue(logged.stream().anyMatch(s -> s.getMessage().contains(refusal)), "the refusal is logged: " + logged);
        }
    }

    @Test
    void theErrorLogViewIsInThePerspectiveAndListsTheRefusal() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "log")) {
            String refusal = refuseAnAssign(master);
            UiThread.run(() -> errorDialog().close());
            var reference = UiThread.sync(() -> workbench.getActiveWorkbenchWindow().getActivePage()
                    .findViewReference(ConsolePerspective.ERROR_LOG_VIEW));
            assertNotNull(reference, "the Error Log is part of the console perspective");
            var errorLog = showView(IViewPart.class, ConsolePerspective.ERROR_LOG_VIEW);
            assertEquals("org.eclipse.ui.internal.views.log.LogView", errorLog.getClass().getName());
            // The view's own tree, as the operator reads it (entries arrive from the platform log asynchronously).
            UiThread.waitFor("the refused assign in the Error Log", 60, () -> {
                Tree tree = findTree(workbench.getActiveWorkbenchWindow().getShell(), "Message");
                return tree != null && Arrays.stream(tree.getItems()).anyMatch(i -> i.getText(0).contains(refusal));
            });
            UiThread.screenshot("console-error-log.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
        }
    }

    @Test
    void commonOperationsHaveKeyBindingsAndTheContextMenuOffersThem() throws Exception {
        var bindings = workbench.getService(IBindingService.class);
        assertEquals("Ctrl+Alt+A", UiThread.sync(() -> bindings.getBestActiveBindingFormattedFor(COMMANDS + "assign")));
        assertEquals("Ctrl+Alt+S", UiThread.sync(() -> bindings.getBestActiveBindingFormattedFor(COMMANDS + "activate")));
        assertEquals("Ctrl+Z", UiThread.sync(() -> bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.edit.undo")));
        try (OwnMaster master = OwnMaster.importInto(dir, "menu")) {
            String clone = master.attachedOn(master.freeMachines(1).get(0));
            RepositoryView view = repositoryView();
            waitForState(view, clone, "CLEAN/ATTACHED");
            select(view, clone);
            List<String> menu = UiThread.sync(() -> {
                var popup = view.viewer().getControl().getMenu();
                popup.notifyListeners(SWT.Show, new Event());
                List<String> labels = new ArrayList<>();
                for (var item : popup.getItems()) {
                    if (item.isEnabled() && !item.getText().isEmpty()) {
                        labels.add(item.getText().replace("&", "").split("\t")[0]);
                    }
                }
                popup.notifyListeners(SWT.Hide, new Event());
                return labels;
            });
            assertEquals(List.of("Show in Lifecycle Diagram", "Detach", "Activate"), menu, "opening the diagram comes first, as Open does");
        }
    }

    @Test
    void theMachinesNavigatorShowsWhichCloneEachMachineHolds() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "mach")) {
            List<String> machines = master.freeMachines(2);
            String busy = OwnMaster.vm(machines.get(0));
            String free = OwnMaster.vm(machines.get(1));
            String clone = master.attachedOn(machines.get(0));
            engine.activate(clone, null);
            MachinesView view = showView(MachinesView.class, MachinesView.ID);
            UiThread.waitFor(busy + " holding " + clone, 30, () -> {
                TreeItem host = testHost(view);
                TreeItem machine = machineItem(view, busy);
                return host.getItemCount() == 8 && machine.getItemCount() == 1 && machine.getItem(0).getText(0).equals(clone)
                        && machine.getItem(0).getText(1).equals("OPERATIONAL/ACTIVE") && machineItem(view, free).getItemCount() == 0;
            });
            // The same commands work from here: deactivate the clone selected under its machine.
            UiThread.run(() -> {
                view.getSite().getPage().activate(view);
                view.viewer().setSelection(new StructuredSelection(machineItem(view, busy).getItem(0).getData()));
            });
            execute(COMMANDS + "deactivate");
            UiThread.waitFor(clone + " deactivated", 60, () -> machineItem(view, busy).getItem(0).getText(1).equals("OPERATIONAL/ATTACHED"));
            // A master dragged from the Repository navigator may be dropped on a free machine here (not dropped: it would deploy).
            Object dragged = UiThread.sync(() -> item(repositoryView(), master.row()).getData());
            UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(dragged)));
            Object target = UiThread.sync(() -> machineItem(view, free).getData());
            assertTrue(UiThread.sync(() -> new TreeDrop(view.viewer(), target, DND.DROP_COPY).accepted()), "a master over " + target);
            UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
            UiThread.screenshot("console-machines.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
        }
    }

    /**
     * Makes a clone of {@code master} hold a free machine, then assigns another clone to it through the assign
     * command: allowed by the lifecycle (the second clone is unassigned) but refused by the engine. Returns the
     * refusal the error dialog shows (the dialog is left open).
     */
    private static String refuseAnAssign(OwnMaster master) throws Exception {
        String machine = master.freeMachines(1).get(0);
        String holder = master.cloneOf();
        engine.assign(holder, machine, null);
        String clone = master.cloneOf();
        RepositoryView view = repositoryView();
        waitForState(view, clone, "CLEAN/UNASSIGNED");
        select(view, clone);
        execute(COMMANDS + "assign", Map.of(CloneOperationHandler.MACHINE_PARAMETER, machine));
        UiThread.waitFor("an error dialog", 30, () -> errorDialog() != null);
        String refusal = "the machine holds clone " + holder;
        String shown = UiThread.sync(() -> allText(errorDialog()));
        assertTrue(shown.contains(refusal), shown);
        waitForState(view, clone, "CLEAN/UNASSIGNED");
        return refusal;
    }

    /** The console's libvirt test host in the Machines navigator, expanded (call on the UI thread). */
    private static TreeItem testHost(MachinesView view) {
        view.viewer().expandAll();
        return Arrays.stream(view.viewer().getTree().getItems()).filter(i -> i.getText(0).equals("test")).findFirst()
                .orElseThrow(() -> new AssertionError("no host test in the Machines navigator"));
    }

    /** A machine of the test host in the Machines navigator (call on the UI thread). */
    private static TreeItem machineItem(MachinesView view, String vm) {
        return Arrays.stream(testHost(view).getItems()).filter(i -> i.getText(0).equals(vm)).findFirst()
                .orElseThrow(() -> new AssertionError("no machine " + vm + " under test"));
    }

    /** The visible tree whose first column is {@code firstColumn}. */
    private static Tree findTree(Control control, String firstColumn) {
        if (control instanceof Tree tree && tree.isVisible() && tree.getColumnCount() > 0 && tree.getColumn(0).getText().equals(firstColumn)) {
            return tree;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Tree found = findTree(child, firstColumn);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
