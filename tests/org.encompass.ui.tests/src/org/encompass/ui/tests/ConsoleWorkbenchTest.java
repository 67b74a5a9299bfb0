package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.encompass.core.Engine;
import org.encompass.core.ImportRequest;
import org.encompass.core.spi.ImageFormat;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.commands.CloneOperationHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as the product runs it (workbench, perspective, plugin.xml menus, handlers, key
 * bindings) on a fresh repository with its first-run defaults (file storage, libvirt's test driver
 * with eight VMs). Commands are executed through the handler service with the tree's selection;
 * drops go through the view's own drop adapter; undo and redo through Edit's commands.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleWorkbenchTest {
    private static final String COMMANDS = "org.encompass.ui.commands.";

    @TempDir
    static Path dir;
    static IWorkbench workbench;
    static Engine engine;
    static final List<IStatus> logged = new CopyOnWriteArrayList<>();
    static final ILogListener logListener = (status, plugin) -> logged.add(status);

    @BeforeAll
    static void openConsole() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display: run the build under xvfb-run (releng/scripts/test.sh does)");
        workbench = TestWorkbench.start(dir.resolve("data"));
        Platform.addLogListener(logListener);
        engine = ConsolePlugin.getDefault().session().engine();
        Path image = dir.resolve("web.img");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(8 << 20);
        }
        engine.importMaster(ImportRequest.of("web", image, ImageFormat.RAW, "local"), null);
    }

    @AfterAll
    static void closeConsole() {
        Platform.removeLogListener(logListener);
        TestWorkbench.stop();
    }

    @Test
    @Order(1)
    void lifecycleCommandsFollowTheEnginesRulesAndRunAsJobs() throws Exception {
        RepositoryView view = repositoryView();
        select(view, "web v1");
        assertTrue(enabled("clone"), "clone is enabled on a master");
        assertFalse(enabled("attach"), "attach is not enabled on a master");
        execute(COMMANDS + "clone");
        waitForState(view, "web-01", "CLEAN/UNASSIGNED");

        select(view, "web-01");
        assertEquals(List.of("assign", "customize-rollback=false", "destroy"), enabledCloneCommands());
        execute(COMMANDS + "assign", Map.of(CloneOperationHandler.MACHINE_PARAMETER, "test/vm-01"));
        waitForState(view, "web-01", "CLEAN/ASSIGNED");
        assertEquals(List.of("unassign", "attach", "customize-rollback=false"), enabledCloneCommands());
        execute(COMMANDS + "attach");
        waitForState(view, "web-01", "CLEAN/ATTACHED");
        execute(COMMANDS + "activate");
        waitForState(view, "web-01", "OPERATIONAL/ACTIVE");
        assertEquals(List.of("deactivate", "reconfigure", "customize-rollback=false"), enabledCloneCommands());
        assertTrue(UiThread.sync(() -> item(view, "vm-01").getText(1)).endsWith("holds web-01"));
        UiThread.screenshot("console-active-clone.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
    }

    @Test
    @Order(2)
    void aRefusedOperationShowsTheEnginesMessageAndLogsIt() throws Exception {
        RepositoryView view = repositoryView();
        engine.cloneMaster("web", null, null);
        waitForState(view, "web-02", "CLEAN/UNASSIGNED");
        select(view, "web-02");
        logged.clear();
        // Allowed by the lifecycle (web-02 is unassigned) but refused by the engine: vm-01 is taken.
        execute(COMMANDS + "assign", Map.of(CloneOperationHandler.MACHINE_PARAMETER, "test/vm-01"));
        UiThread.waitFor("an error dialog", 30, () -> errorDialog() != null);
        String shown = UiThread.sync(() -> allText(errorDialog()));
        assertTrue(shown.contains("the machine holds clone web-01"), shown);
        UiThread.screenshot("console-refused-assign.png", () -> errorDialog().getBounds());
        UiThread.run(() -> errorDialog().close());
        assertTrue(logged.stream().anyMatch(s -> s.getMessage().contains("the machine holds clone web-01")), "the refusal is logged: " + logged);
        waitForState(view, "web-02", "CLEAN/UNASSIGNED");
    }

    @Test
    @Order(3)
    void droppingACloneOnAMachineAssignsAndAttachesAndUndoRedoWork() throws Exception {
        RepositoryView view = repositoryView();
        Object clone = UiThread.sync(() -> item(view, "web-02").getData());
        Object busy = UiThread.sync(() -> item(view, "vm-01").getData());
        Object free = UiThread.sync(() -> item(view, "vm-02").getData());
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(clone)));

        // Refused: the status line says why, nothing happens.
        assertFalse(UiThread.sync(() -> view.dropAdapter().validateDrop(busy, DND.DROP_MOVE, localTransfer())));
        assertTrue(UiThread.sync(() -> statusLineText().contains("machine test/vm-01 already holds clone web-01")), UiThread.sync(this::statusLineText));
        assertFalse(UiThread.sync(() -> view.dropAdapter().dropOn(busy)));

        assertTrue(UiThread.sync(() -> view.dropAdapter().validateDrop(free, DND.DROP_MOVE, localTransfer())));
        assertTrue(UiThread.sync(() -> view.dropAdapter().dropOn(free)));
        waitForState(view, "web-02", "CLEAN/ATTACHED");
        assertTrue(UiThread.sync(() -> item(view, "vm-02").getText(1)).endsWith("holds web-02"));
        UiThread.waitFor("undo enabled", 30, () -> workbench.getService(ICommandService.class).getCommand("org.eclipse.ui.edit.undo").isEnabled());

        execute("org.eclipse.ui.edit.undo");
        waitForState(view, "web-02", "CLEAN/UNASSIGNED");
        assertTrue(UiThread.sync(() -> item(view, "vm-02").getText(1)).endsWith("free"));
        UiThread.waitFor("redo enabled", 30, () -> workbench.getService(ICommandService.class).getCommand("org.eclipse.ui.edit.redo").isEnabled());

        execute("org.eclipse.ui.edit.redo");
        waitForState(view, "web-02", "CLEAN/ATTACHED");
        assertTrue(UiThread.sync(() -> item(view, "vm-02").getText(1)).endsWith("holds web-02"));
    }

    @Test
    @Order(4)
    void droppingAMasterOnAMachineDeploysIt() throws Exception {
        RepositoryView view = repositoryView();
        Object master = UiThread.sync(() -> item(view, "web v1").getData());
        Object machine = UiThread.sync(() -> item(view, "vm-03").getData());
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(master)));
        assertTrue(UiThread.sync(() -> view.dropAdapter().validateDrop(machine, DND.DROP_COPY, localTransfer())));
        assertTrue(UiThread.sync(() -> view.dropAdapter().dropOn(machine)));
        UiThread.waitFor("a clone attached on vm-03", 60, () -> item(view, "vm-03").getText(1).endsWith("holds web-03"));
        waitForState(view, "web-03", "CLEAN/ATTACHED");
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
        UiThread.screenshot("console-after-drops.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
    }

    // --- helpers

    private static RepositoryView repositoryView() {
        return UiThread.sync(() -> {
            IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
            RepositoryView view = (RepositoryView) page.findView(RepositoryView.ID);
            page.activate(view);
            return view;
        });
    }

    private static void select(RepositoryView view, String name) {
        UiThread.run(() -> {
            view.getSite().getPage().activate(view);
            view.tree().viewer().setSelection(new StructuredSelection(item(view, name).getData()), true);
        });
    }

    private static TreeItem item(RepositoryView view, String name) {
        view.tree().viewer().expandAll();
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem top : view.tree().viewer().getTree().getItems()) {
            collect(top, all);
        }
        return all.stream().filter(i -> i.getText(0).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no tree item " + name));
    }

    private static void collect(TreeItem item, List<TreeItem> into) {
        into.add(item);
        for (TreeItem child : item.getItems()) {
            collect(child, into);
        }
    }

    private static void waitForState(RepositoryView view, String clone, String state) throws InterruptedException {
        UiThread.waitFor(clone + " shown as " + state, 60, () -> {
            view.tree().viewer().expandAll();
            List<TreeItem> all = new ArrayList<>();
            for (TreeItem top : view.tree().viewer().getTree().getItems()) {
                collect(top, all);
            }
            return all.stream().anyMatch(i -> i.getText(0).equals(clone) && i.getText(1).equals(state));
        });
    }

    private static boolean enabled(String operation) {
        return UiThread.sync(() -> {
            Command command = workbench.getService(ICommandService.class).getCommand(COMMANDS + operation);
            return command.isEnabled();
        });
    }

    /** Enabled clone commands, in lifecycle order; customize-rollback is listed with its state as it depends on the pointer. */
    private static List<String> enabledCloneCommands() {
        List<String> result = new ArrayList<>();
        for (String op : List.of("assign", "unassign", "attach", "detach", "activate", "deactivate", "reconfigure", "capture",
                "customize-apply", "customize-rollback", "destroy")) {
            boolean on = enabled(op);
            if (op.equals("customize-rollback")) {
                result.add(op + "=" + on);
            } else if (on) {
                result.add(op);
            }
        }
        return result;
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

    private static void execute(String commandId, Map<String, String> parameters) {
        UiThread.run(() -> {
            try {
                Command command = workbench.getService(ICommandService.class).getCommand(commandId);
                workbench.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
            } catch (Exception e) {
                throw new AssertionError("executing " + commandId + ": " + e, e);
            }
        });
    }

    private static org.eclipse.swt.dnd.TransferData localTransfer() {
        return LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
    }

    private static Shell errorDialog() {
        Shell main = workbench.getActiveWorkbenchWindow() == null ? null : workbench.getActiveWorkbenchWindow().getShell();
        for (Shell shell : UiThread.display().getShells()) {
            if (shell != main && shell.isVisible() && allText(shell).contains("holds clone")) {
                return shell;
            }
        }
        return null;
    }

    private String statusLineText() {
        return allText(workbench.getActiveWorkbenchWindow().getShell());
    }

    private static String allText(Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof Label label) {
            text.append(label.getText()).append('\n');
        } else if (control instanceof CLabel label && label.getText() != null) {
            text.append(label.getText()).append('\n');
        } else if (control instanceof Text t) {
            text.append(t.getText()).append('\n');
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                text.append(allText(child));
            }
        }
        return text.toString();
    }
}
