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
import org.eclipse.core.runtime.jobs.Job;
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
import org.encompass.core.EngineJobs;
import org.encompass.core.ImportRequest;
import org.encompass.core.spi.ImageFormat;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.JournalView;
import org.encompass.ui.internal.MachinesView;
import org.encompass.ui.internal.preferences.ConsolePreferencePage;
import org.encompass.ui.internal.preferences.ConsolePreferences;
import org.encompass.ui.internal.wizards.DeployWizard;
import org.encompass.ui.internal.wizards.InventoryMessages;
import org.encompass.ui.internal.wizards.NewInventoryWizard;
import org.encompass.driver.storage.file.ui.internal.FileStoragePage;
import org.encompass.driver.libvirt.ui.internal.LibvirtHostPage;
import org.encompass.driver.vsphere.ui.internal.VSphereHostPage;
import org.encompass.ui.internal.properties.VariablesSection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.conflicts.ConflictsView;
import org.encompass.ui.internal.theme.SwitchThemeHandler;
import org.encompass.ui.internal.theme.Themes;
import org.encompass.ui.internal.commands.CloneOperationHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console as the product runs it (workbench, perspective, plugin.xml menus, handlers, key
 * bindings) on a fresh repository with its first-run defaults (file storage, libvirt's test driver
 * with eight VMs). Commands are executed through the handler service with the tree's selection;
 * drops go through the view's CNF drop adapter and drop assistant; undo and redo through Edit's commands.
 */
@ExtendWith(TestWorkbench.class)
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
        // Credentials the wizards store go to TestWorkbench.home(), never to ~/.encompass.
        workbench = TestWorkbench.start();
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
        Platform.removeLogListener(logListener); // the workbench stays for the other test classes
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
        // It moved from the Clean group to a new Operational one: the selection follows it.
        assertEquals(List.of("web-01"), selectedNames(view), "the activated clone stays selected");
        assertEquals(List.of("deactivate", "reconfigure", "customize-rollback=false"), enabledCloneCommands());
        assertTrue(UiThread.sync(() -> item(view, "vm-01").getText(1)).endsWith("holds web-01 (ACTIVE)"));
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
    @Order(9)
    void theErrorLogViewIsInThePerspectiveAndListsTheRefusal() throws Exception {
        var reference = UiThread.sync(() -> workbench.getActiveWorkbenchWindow().getActivePage()
                .findViewReference(org.encompass.ui.internal.ConsolePerspective.ERROR_LOG_VIEW));
        assertNotNull(reference, "the Error Log is part of the console perspective");
        var errorLog = UiThread.sync(() -> {
            try {
                return workbench.getActiveWorkbenchWindow().getActivePage().showView(org.encompass.ui.internal.ConsolePerspective.ERROR_LOG_VIEW);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("org.eclipse.ui.internal.views.log.LogView", errorLog.getClass().getName());
        // The view's own tree, as the operator reads it (entries arrive from the platform log asynchronously).
        UiThread.waitFor("the refused assign in the Error Log", 60, () -> {
            var tree = findTree(workbench.getActiveWorkbenchWindow().getShell(), "Message");
            return tree != null && java.util.Arrays.stream(tree.getItems()).anyMatch(i -> i.getText(0).contains("the machine holds clone web-01"));
        });
        UiThread.screenshot("console-error-log.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
    }

    @Test
    @Order(3)
    void droppingACloneOnAMachineAssignsAndAttachesAndUndoRedoWork() throws Exception {
        RepositoryView view = repositoryView();
        Object clone = UiThread.sync(() -> item(view, "web-02").getData());
        Object busy = UiThread.sync(() -> item(view, "vm-01").getData());
        Object free = UiThread.sync(() -> item(view, "vm-02").getData());
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(clone)));

        // On a busy machine the drop is accepted and asks whether to reassign (ReassignConsoleTest); not dropped here.
        TreeDrop onBusy = UiThread.sync(() -> new TreeDrop(view.viewer(), busy, DND.DROP_MOVE));
        assertTrue(UiThread.sync(onBusy::accepted));

        TreeDrop onFree = UiThread.sync(() -> new TreeDrop(view.viewer(), free, DND.DROP_MOVE));
        assertTrue(UiThread.sync(onFree::accepted));
        assertTrue(UiThread.sync(onFree::drop));
        waitForState(view, "web-02", "CLEAN/ATTACHED");
        assertTrue(UiThread.sync(() -> item(view, "vm-02").getText(1)).endsWith("holds web-02 (ATTACHED)"));
        UiThread.waitFor("undo enabled", 30, () -> workbench.getService(ICommandService.class).getCommand("org.eclipse.ui.edit.undo").isEnabled());

        execute("org.eclipse.ui.edit.undo");
        waitForState(view, "web-02", "CLEAN/UNASSIGNED");
        assertTrue(UiThread.sync(() -> item(view, "vm-02").getText(1)).endsWith("free"));
        UiThread.waitFor("redo enabled", 30, () -> workbench.getService(ICommandService.class).getCommand("org.eclipse.ui.edit.redo").isEnabled());

        execute("org.eclipse.ui.edit.redo");
        waitForState(view, "web-02", "CLEAN/ATTACHED");
        assertTrue(UiThread.sync(() -> item(view, "vm-02").getText(1)).endsWith("holds web-02 (ATTACHED)"));
    }

    @Test
    @Order(4)
    void droppingAMasterOnAMachineDeploysIt() throws Exception {
        RepositoryView view = repositoryView();
        Object master = UiThread.sync(() -> item(view, "web v1").getData());
        Object machine = UiThread.sync(() -> item(view, "vm-03").getData());
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(master)));
        TreeDrop onMachine = UiThread.sync(() -> new TreeDrop(view.viewer(), machine, DND.DROP_COPY));
        assertTrue(UiThread.sync(onMachine::accepted));
        assertTrue(UiThread.sync(onMachine::drop));
        UiThread.waitFor("a clone attached on vm-03", 60, () -> item(view, "vm-03").getText(1).endsWith("holds web-03 (ATTACHED)"));
        waitForState(view, "web-03", "CLEAN/ATTACHED");
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
        UiThread.screenshot("console-after-drops.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
    }

    @Test
    @Order(5)
    void theJournalShowsEveryOperationLiveAndFilters() throws Exception {
        JournalView journal = UiThread.sync(() -> {
            try {
                return (JournalView) workbench.getActiveWorkbenchWindow().getActivePage().showView(JournalView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        UiThread.run(() -> journal.table().filter().setText("web-02"));
        // Newest first: the redo (assign + attach), the undo (detach + unassign), ..., the refused assign.
        UiThread.waitFor("web-02's journal", 30, () -> journalRows(journal).size() >= 6
                && journalRows(journal).get(0).equals("attach web-02 SUCCEEDED"));
        List<String> rows = UiThread.sync(() -> journalRows(journal));
        assertEquals("assign web-02 SUCCEEDED", rows.get(1), rows.toString());
        assertTrue(rows.contains("unassign web-02 SUCCEEDED") && rows.contains("detach web-02 SUCCEEDED"), rows.toString());
        assertTrue(rows.contains("assign web-02 FAILED"), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.contains("web-02")), rows.toString());

        // Live: an operation by anyone appears at the top without being asked.
        UiThread.run(() -> journal.table().filter().setText("clone"));
        int clones = UiThread.sync(() -> journal.table().viewer().getTable().getItemCount());
        engine.cloneMaster("web", null, null);
        UiThread.waitFor("one more clone operation in the journal", 30,
                () -> journal.table().viewer().getTable().getItemCount() == clones + 1
                        && journal.table().viewer().getTable().getItem(0).getText(3).equals("clone"));
        UiThread.run(() -> journal.table().filter().setText(""));
        UiThread.screenshot("console-journal.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
    }

    @Test
    @Order(6)
    void commonOperationsHaveKeyBindingsAndTheContextMenuOffersThem() {
        var bindings = workbench.getService(org.eclipse.ui.keys.IBindingService.class);
        assertEquals("Ctrl+Alt+A", UiThread.sync(() -> bindings.getBestActiveBindingFormattedFor(COMMANDS + "assign")));
        assertEquals("Ctrl+Alt+S", UiThread.sync(() -> bindings.getBestActiveBindingFormattedFor(COMMANDS + "activate")));
        assertEquals("Ctrl+Z", UiThread.sync(() -> bindings.getBestActiveBindingFormattedFor("org.eclipse.ui.edit.undo")));
        RepositoryView view = repositoryView();
        select(view, "web-03");
        List<String> menu = UiThread.sync(() -> {
            var control = view.viewer().getControl();
            var popup = control.getMenu();
            popup.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            List<String> labels = new ArrayList<>();
            for (var item : popup.getItems()) {
                if (item.isEnabled() && !item.getText().isEmpty()) {
                    labels.add(item.getText().replace("&", "").split("\t")[0]);
                }
            }
            popup.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
            return labels;
        });
        assertEquals(List.of("Show in Lifecycle Diagram", "Detach", "Activate"), menu, "opening the diagram comes first, as Open does");
    }

    @Test
    @Order(10)
    void propertiesShowTabbedSectionsAndEditCloneDataUndoably() throws Exception {
        engine.addCustomizationItem("web", new org.encompass.core.customization.FileReplacement("host name", "/etc/hostname", "${hostname}\n", true));
        engine.addCustomizationItem("web", new org.encompass.core.customization.RegexReplacement("domain", "/etc/hosts", "example", "${domain}", ""));
        RepositoryView view = repositoryView();
        select(view, "web-04");
        TabbedPropertySheetPage page = UiThread.sync(() -> {
            try {
                PropertySheet sheet = (PropertySheet) workbench.getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROP_SHEET);
                view.getSite().getPage().activate(view);
                return (TabbedPropertySheetPage) sheet.getCurrentPage();
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        UiThread.waitFor("the general tab of web-04", 30, () -> {
            var table = findTable(page.getControl());
            if (table == null) {
                return false;
            }
            for (var row : table.getItems()) {
                if (row.getText(0).equals("State") && row.getText(1).equals("CLEAN/UNASSIGNED")) {
                    return true;
                }
            }
            return false;
        });

        UiThread.run(() -> page.setSelectedTab("org.encompass.ui.tab.customization"));
        UiThread.waitFor("two pending items, the pointer at the first", 30, () -> {
            var table = findTable(page.getControl());
            return table != null && table.getItemCount() == 2 && table.getItem(0).getText(0).equals("\u25B6")
                    && table.getItem(0).getText(3).equals("/etc/hostname") && table.getItem(1).getText(5).equals("pending");
        });
        assertTrue(UiThread.sync(() -> allText(page.getControl())).contains("Customization pointer: 0 of 2 items applied"));
        UiThread.screenshot("console-properties-customization.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());

        UiThread.run(() -> page.setSelectedTab("org.encompass.ui.tab.variables"));
        VariablesSection variables = UiThread.sync(() -> (VariablesSection) page.getCurrentTab().getSections()[0]);
        assertTrue(UiThread.sync(() -> variables.set("hostname", "www4")));
        UiThread.waitFor("hostname=www4 in the table", 30, () -> {
            var table = findTable(page.getControl());
            return table != null && table.getItemCount() == 1 && table.getItem(0).getText(1).equals("www4");
        });
        assertEquals("www4", variable("web-04", "hostname"));
        UiThread.screenshot("console-properties-variables.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());

        UiThread.waitFor("undo enabled", 30, () -> workbench.getService(ICommandService.class).getCommand("org.eclipse.ui.edit.undo").isEnabled());
        execute("org.eclipse.ui.edit.undo");
        UiThread.waitFor("hostname removed again", 30, () -> variable("web-04", "hostname") == null);

        // An operational clone's data is read-only.
        select(view, "web-01");
        UiThread.waitFor("web-01's variables", 30, () -> allText(page.getControl()).contains("Read-only: the clone is OPERATIONAL/ATTACHED"));
        assertFalse(UiThread.sync(() -> ((VariablesSection) page.getCurrentTab().getSections()[0]).set("hostname", "x")));

        // The sheet's title follows the repository too: web-01 activated and deactivated behind the view's back.
        UiThread.waitFor("web-01 in the title", 30, () -> titleOf(page).equals("Clone web-01 \u2014 OPERATIONAL/ATTACHED"));
        engine.activate("web-01", null);
        UiThread.waitFor("ACTIVE in the title", 30, () -> titleOf(page).equals("Clone web-01 \u2014 OPERATIONAL/ACTIVE"));
        engine.deactivate("web-01", null);
        UiThread.waitFor("ATTACHED in the title again", 30, () -> titleOf(page).equals("Clone web-01 \u2014 OPERATIONAL/ATTACHED"));
    }

    /** The text the tabbed sheet's title shows (its CLabel); call on the UI thread. */
    private static String titleOf(TabbedPropertySheetPage page) {
        List<Control> all = new ArrayList<>();
        collectControls(page.getControl(), all);
        return all.stream().filter(c -> c instanceof org.eclipse.swt.custom.CLabel
                && c.getParent().getClass().getSimpleName().equals("TabbedPropertyTitle"))
                .map(c -> ((org.eclipse.swt.custom.CLabel) c).getText()).findFirst().orElse("");
    }

    @Test
    @Order(8)
    void theMachinesNavigatorShowsWhichCloneEachMachineHolds() throws Exception {
        MachinesView machines = UiThread.sync(() -> {
            try {
                return (MachinesView) workbench.getActiveWorkbenchWindow().getActivePage().showView(MachinesView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        UiThread.waitFor("vm-01 holding web-01", 30, () -> {
            TreeItem host = machines.viewer().getTree().getItem(0);
            machines.viewer().expandAll();
            TreeItem vm01 = host.getItem(0);
            return host.getText(0).equals("test") && host.getItemCount() == 8 && vm01.getText(0).equals("vm-01")
                    && vm01.getItemCount() == 1 && vm01.getItem(0).getText(0).equals("web-01")
                    && vm01.getItem(0).getText(1).equals("OPERATIONAL/ACTIVE") && host.getItem(3).getItemCount() == 0;
        });
        // The same commands work from here: deactivate web-01 selected under its machine.
        UiThread.run(() -> {
            machines.getSite().getPage().activate(machines);
            machines.viewer().setSelection(new StructuredSelection(machines.viewer().getTree().getItem(0).getItem(0).getItem(0).getData()));
        });
        execute(COMMANDS + "deactivate");
        UiThread.waitFor("web-01 deactivated", 60, () -> {
            machines.viewer().expandAll();
            return machines.viewer().getTree().getItem(0).getItem(0).getItem(0).getText(1).equals("OPERATIONAL/ATTACHED");
        });
        // A master dragged from the Repository navigator may be dropped on a free machine here (not dropped: it would deploy).
        Object master = UiThread.sync(() -> item(repositoryView(), "web v1").getData());
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(master)));
        Object free = UiThread.sync(() -> machines.viewer().getTree().getItem(0).getItem(7).getData());
        assertTrue(UiThread.sync(() -> new TreeDrop(machines.viewer(), free, DND.DROP_COPY).accepted()), "a master over " + free);
        UiThread.run(() -> LocalSelectionTransfer.getTransfer().setSelection(null));
        UiThread.screenshot("console-machines.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
    }

    @Test
    @Order(7)
    void theDeployWizardDeploysOnTheCheckedMachinesWithTheirData() throws Exception {
        RepositoryView view = repositoryView();
        select(view, "web v1");
        // The wizard is modal: open it from the event loop, then drive its widgets from here.
        UiThread.display().asyncExec(() -> execute(COMMANDS + "deploy"));
        UiThread.waitFor("the deploy wizard", 30, () -> wizardDialog() != null);
        DeployWizard wizard = UiThread.sync(() -> (DeployWizard) wizardDialog().getCurrentPage().getWizard());
        DeployWizardBot bot = UiThread.sync(() -> new DeployWizardBot(wizardDialog()));
        assertEquals("web", UiThread.sync(bot::master), "the selected master is preselected");
        UiThread.run(bot::activate);
        clickButton("Next >");
        UiThread.run(() -> bot.check(List.of("test/vm-05", "test/vm-06")));
        clickButton("Next >");
        UiThread.run(() -> bot.variables(Map.of("test/vm-05", "hostname=www5", "test/vm-06", "hostname=www6, ip=10.0.0.16")));
        UiThread.screenshot("console-deploy-wizard.png", () -> wizardDialog().getShell().getBounds());
        assertEquals(Map.of("test/vm-05", Map.of("hostname", "www5"), "test/vm-06", Map.of("hostname", "www6", "ip", "10.0.0.16")),
                UiThread.sync(() -> wizard.request().variables()));
        clickButton("Finish");
        UiThread.waitFor("vm-05 and vm-06 running their clones", 90, () -> item(view, "vm-05").getText(1).startsWith("RUNNING, holds")
                && item(view, "vm-06").getText(1).startsWith("RUNNING, holds"));
        String clone = UiThread.sync(() -> item(view, "vm-06").getText(1)).replaceAll(".*holds (\\S+) .*", "$1");
        assertEquals("10.0.0.16", variable(clone, "ip"));
    }

    @Test
    @Order(12)
    void theImportWizardImportsAMasterOntoStorage() throws Exception {
        Path image = dir.resolve("db.img");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(4 << 20);
        }
        UiThread.display().asyncExec(() -> execute(COMMANDS + "import-master"));
        UiThread.waitFor("the import wizard", 30, () -> wizardDialog() != null);
        var wizard = UiThread.sync(() -> (org.encompass.ui.internal.wizards.ImportMasterWizard) wizardDialog().getCurrentPage().getWizard());
        UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.Messages.importFile, dir.resolve("missing.img").toString()));
        assertFalse(UiThread.sync(() -> wizardDialog().getCurrentPage().isPageComplete()), "a file that does not exist is refused");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.Messages.importFile, image.toString()));
        assertEquals("db", UiThread.sync(() -> wizard.request().name()), "the name comes from the file");
        clickButton("Finish");
        RepositoryView view = repositoryView();
        UiThread.waitFor("master db v1 in the tree", 60, () -> {
            try {
                return item(view, "db v1") != null;
            } catch (AssertionError notYet) {
                return false;
            }
        });
    }

    @Test
    @Order(17)
    void theImportWizardStoresOrderedCustomizationItemsAndRefusesABadPattern() throws Exception {
        Path image = dir.resolve("app.img");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(4 << 20);
        }
        Path motd = Files.writeString(dir.resolve("motd.txt"), "welcome to ${hostname}\n");
        Path issue = Files.writeString(dir.resolve("issue.txt"), "Encompass\n");
        UiThread.display().asyncExec(() -> execute(COMMANDS + "import-master"));
        UiThread.waitFor("the import wizard", 30, () -> wizardDialog() != null);
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().getWizard() instanceof org.encompass.ui.internal.wizards.ImportMasterWizard), "the ImportMasterWizard");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.Messages.importFile, image.toString())
                .type(org.encompass.ui.internal.Messages.importName, "app"));
        clickButton("Next >");
        var items = UiThread.sync(() -> (org.encompass.ui.internal.wizards.CustomizationItemsPage) wizardDialog().getCurrentPage());
        // Three items: a templated file, a regex, another file; then the regex moves first and the last file goes.
        press(items, "addFile");
        type(items, "path", "/etc/motd");
        type(items, "source", dir.resolve("no-such-file.txt").toString());
        assertEquals("Item 1: the source file does not exist: " + dir.resolve("no-such-file.txt"), UiThread.sync(items::getErrorMessage));
        assertFalse(UiThread.sync(() -> findButton(wizardDialog().getShell(), "Finish").isEnabled()), "Finish waits for the source file");
        type(items, "source", motd.toString());
        UiThread.run(() -> {
            var template = (org.eclipse.swt.widgets.Button) items.field("template");
            template.setSelection(true);
            template.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        press(items, "addRegex");
        type(items, "path", "/etc/hosts");
        type(items, "pattern", "127\\.0\\.1\\.1(\\s+\\S+");
        String syntax = UiThread.sync(items::getErrorMessage);
        assertTrue(syntax.startsWith("Item 2: bad pattern") && syntax.contains("missing closing )"), syntax);
        type(items, "pattern", "127\\.0\\.1\\.1(\\s+)");
        type(items, "replacement", "$2");
        String group = UiThread.sync(items::getErrorMessage);
        assertTrue(group.startsWith("Item 2: ") && group.contains("refers to group $2 but the pattern has 1 group"), group);
        assertFalse(UiThread.sync(() -> findButton(wizardDialog().getShell(), "Finish").isEnabled()), "Finish waits for a valid pattern");
        UiThread.screenshot("wizard-import-items-bad-regex.png", () -> wizardDialog().getShell().getBounds());
        type(items, "pattern", "127\\.0\\.1\\.1\\s+\\S+");
        type(items, "replacement", "127.0.1.1 ${hostname}");
        type(items, "flags", "m");
        assertNull(UiThread.sync(items::getErrorMessage));
        press(items, "up");
        press(items, "addFile");
        type(items, "path", "/etc/issue");
        type(items, "source", issue.toString());
        press(items, "remove");
        assertEquals(List.of("1 regex /etc/hosts", "2 file /etc/motd"), UiThread.sync(() -> {
            List<String> rows = new ArrayList<>();
            for (var row : ((org.eclipse.swt.widgets.Table) items.field("items")).getItems()) {
                rows.add(row.getText(0) + " " + row.getText(1) + " " + row.getText(2));
            }
            return rows;
        }));
        UiThread.screenshot("wizard-import-items.png", () -> wizardDialog().getShell().getBounds());
        clickButton("Finish");
        UiThread.waitFor("master app with two customization items", 60, () -> engine.read(site -> site.getMasters().stream()
                .anyMatch(m -> m.getName().equals("app") && m.getCustomizationItems().size() == 2)));
        assertEquals(List.of("regex /etc/hosts 127\\.0\\.1\\.1\\s+\\S+ -> 127.0.1.1 ${hostname} m",
                "file /etc/motd template=true sha256=" + sha256("welcome to ${hostname}\n")), engine.read(site -> {
                    List<String> described = new ArrayList<>();
                    for (var item : org.encompass.core.query.SiteLookup.master(site, "app").getCustomizationItems()) {
                        if (item instanceof org.encompass.model.RegexReplacement regex) {
                            described.add("regex " + regex.getPath() + " " + regex.getPattern() + " -> " + regex.getReplacement() + " " + regex.getFlags());
                        } else if (item instanceof org.encompass.model.FileReplacement file) {
                            described.add("file " + file.getPath() + " template=" + file.isTemplate() + " sha256=" + file.getContentSha256()); // the content is on the storage device
                        }
                    }
                    return described;
                }));
    }

    private static void press(org.encompass.ui.internal.wizards.CustomizationItemsPage page, String button) {
        UiThread.run(() -> ((org.eclipse.swt.widgets.Button) page.field(button)).notifyListeners(org.eclipse.swt.SWT.Selection,
                new org.eclipse.swt.widgets.Event()));
    }

    private static void type(org.encompass.ui.internal.wizards.CustomizationItemsPage page, String field, String text) {
        UiThread.run(() -> ((Text) page.field(field)).setText(text));
    }

    // --- New Host / New Storage Device wizards with driver-contributed pages

    /** Two shut-off VMs for libvirt's test driver (test:///<this file>). */
    private static final String WIZARD_NODE = """
            <node>
              <domain type='test'><name>wiz-01</name><uuid>5e1f0000-0000-4000-8000-0000000000a1</uuid>
                <memory unit='MiB'>1024</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os>
                <devices><interface type='network'><mac address='52:54:00:e0:00:a1'/><source network='default'/></interface></devices>
              </domain>
              <domain type='test'><name>wiz-02</name><uuid>5e1f0000-0000-4000-8000-0000000000a2</uuid>
                <memory unit='MiB'>1024</memory><vcpu>1</vcpu><os><type arch='x86_64'>hvm</type></os>
                <devices><interface type='network'><mac address='52:54:00:e0:00:a2'/><source network='default'/></interface></devices>
              </domain>
            </node>
            """;

    @Test
    @Order(20)
    void theNewHostWizardAddsALibvirtHostThroughItsContributedPage() throws Exception {
        Path node = Files.writeString(dir.resolve("wizard-node.xml"), WIZARD_NODE);
        NewInventoryWizard wizard = openInventoryWizard("new-host");
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().getControl().isVisible()));
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "lab").choose(InventoryMessages.kind, "libvirt"));
        UiThread.screenshot("wizard-new-host-kind.png", () -> wizardDialog().getShell().getBounds());
        clickButton("Next >");
        assertTrue(UiThread.sync(() -> wizard.connectionPage().driverPage()) instanceof LibvirtHostPage, "libvirt's contributed page");
        UiThread.run(() -> ((Text) wizard.connectionPage().field("uri")).setText("no scheme here"));
        assertEquals(org.encompass.driver.libvirt.ui.internal.Messages.libvirtBadUri, UiThread.sync(() -> wizard.connectionPage().getErrorMessage()));
        assertFalse(UiThread.sync(() -> findButton(wizardDialog().getShell(), "Finish").isEnabled()), "Finish waits for a valid URI");
        UiThread.run(() -> ((Text) wizard.connectionPage().field("uri")).setText("test://" + node));
        assertNull(UiThread.sync(() -> wizard.connectionPage().getErrorMessage()));
        UiThread.screenshot("wizard-new-host-libvirt.png", () -> wizardDialog().getShell().getBounds());
        clickButton("Finish");
        Job.getJobManager().join(EngineJobs.FAMILY, null); // the job Finish scheduled
        assertEquals(List.of("wiz-01", "wiz-02"), engine.read(site -> org.encompass.core.query.SiteLookup.host(site, "lab")
                .getMachines().stream().map(org.encompass.model.Machine::getName).sorted().toList()));
        assertEquals("test://" + node, engine.read(site -> org.encompass.core.query.SiteLookup.host(site, "lab").getUri()));
        MachinesView machines = UiThread.sync(() -> {
            try {
                return (MachinesView) workbench.getActiveWorkbenchWindow().getActivePage().showView(MachinesView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        UiThread.waitFor("host lab with wiz-01 and wiz-02 in the Machines tree", 30, () -> {
            machines.viewer().expandAll();
            for (TreeItem host : machines.viewer().getTree().getItems()) {
                if (host.getText(0).equals("lab")) {
                    return host.getItemCount() == 2 && host.getItem(0).getText(0).equals("wiz-01") && host.getItem(1).getText(0).equals("wiz-02");
                }
            }
            return false;
        });
    }

    @Test
    @Order(21)
    void aHostThatCannotBeReachedShowsTheEnginesMessageAndAddsNothing() throws Exception {
        String uri = "test://" + dir.resolve("missing-node.xml");
        NewInventoryWizard wizard = openInventoryWizard("new-host");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "unreachable").choose(InventoryMessages.kind, "libvirt"));
        clickButton("Next >");
        UiThread.run(() -> ((Text) wizard.connectionPage().field("uri")).setText(uri));
        clickButton("Finish");
        Job.getJobManager().join(EngineJobs.FAMILY, null); // the job Finish scheduled
        UiThread.waitFor("the engine's message in a dialog", 30, () -> dialogWith("Cannot connect to " + uri) != null);
        UiThread.screenshot("wizard-new-host-refused.png", () -> dialogWith("Cannot connect to " + uri).getBounds());
        UiThread.run(() -> dialogWith("Cannot connect to " + uri).close());
        assertFalse(engine.read(site -> site.getHosts().stream().anyMatch(h -> h.getName().equals("unreachable"))), "nothing added");
    }

    @Test
    @Order(22)
    void theNewStorageWizardAddsAFileDirectory() throws Exception {
        Path images = Files.createDirectories(dir.resolve("more-images"));
        NewInventoryWizard wizard = openInventoryWizard("new-storage");
        // A kind without a contributed page gets the generic location field; going back to choose another kind replaces it.
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "scratch").choose(InventoryMessages.kind, "vsphere-datastore"));
        clickButton("Next >");
        assertEquals(InventoryMessages.genericNoLocation, UiThread.sync(() -> wizard.connectionPage().driverPage().validate()));
        assertNotNull(UiThread.sync(() -> wizard.connectionPage().field("location")));
        clickButton("< Back");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "scratch").choose(InventoryMessages.kind, "file"));
        clickButton("Next >");
        assertTrue(UiThread.sync(() -> wizard.connectionPage().driverPage()) instanceof FileStoragePage, "the file driver's page");
        UiThread.run(() -> ((Text) wizard.connectionPage().field("directory")).setText(dir.resolve("nowhere").toString()));
        assertEquals(org.encompass.driver.storage.file.ui.internal.Messages.fileNotADirectory, UiThread.sync(() -> wizard.connectionPage().getErrorMessage()));
        UiThread.run(() -> ((Text) wizard.connectionPage().field("directory")).setText(images.toString()));
        UiThread.screenshot("wizard-new-storage-file.png", () -> wizardDialog().getShell().getBounds());
        clickButton("Finish");
        Job.getJobManager().join(EngineJobs.FAMILY, null); // the job Finish scheduled
        assertEquals("file " + images, engine.read(site -> site.getStorageDevices().stream()
                .filter(d -> d.getName().equals("scratch")).map(d -> d.getKind() + " " + d.getLocation()).findFirst().orElse("none")));
    }

    @Test
    @Order(23)
    void vSphereCredentialsGoToSecureStorageAndAreRemovedWhenTheConnectFails() throws Exception {
        String password = "s3cret-wizard-pw";
        NewInventoryWizard wizard = openInventoryWizard("new-host");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "vcenter").choose(InventoryMessages.kind, "vsphere"));
        clickButton("Next >");
        assertTrue(UiThread.sync(() -> wizard.connectionPage().driverPage()) instanceof VSphereHostPage, "the vSphere page");
        UiThread.run(() -> {
            ((Text) wizard.connectionPage().field("server")).setText("127.0.0.1:9"); // discard port: nothing answers
            ((org.eclipse.swt.widgets.Button) wizard.connectionPage().field("ignoreCert")).setSelection(true);
            ((Text) wizard.connectionPage().field("user")).setText("administrator@vsphere.local");
        });
        assertEquals(org.encompass.driver.vsphere.ui.internal.Messages.noPassword, UiThread.sync(() -> wizard.connectionPage().getErrorMessage()));
        UiThread.run(() -> ((Text) wizard.connectionPage().field("password")).setText(password));
        String uri = UiThread.sync(() -> wizard.connectionPage().driverPage().location());
        assertEquals("vsphere://127.0.0.1:9/sdk?ignoreCert=true", uri);
        UiThread.screenshot("wizard-new-host-vsphere.png", () -> wizardDialog().getShell().getBounds());
        var store = org.encompass.core.credentials.CredentialStore.standard(System::getenv);
        assertEquals(TestWorkbench.home().resolve("secure").toAbsolutePath().normalize(), store.directory());
        clickButton("Finish");
        Job.getJobManager().join(EngineJobs.FAMILY, null); // the job Finish scheduled
        UiThread.waitFor("the engine's message in a dialog", 60, () -> dialogWith("vSphere 127.0.0.1") != null);
        UiThread.screenshot("wizard-new-host-vsphere-refused.png", () -> dialogWith("vSphere 127.0.0.1").getBounds());
        UiThread.run(() -> dialogWith("vSphere 127.0.0.1").close());
        // They were stored (the storage file exists now), then removed because nothing was added.
        assertTrue(Files.exists(TestWorkbench.home().resolve("secure").resolve("secure_storage")), "the credentials went to secure storage");
        assertEquals(Map.of(), store.users());
        assertFalse(engine.read(site -> site.getHosts().stream().anyMatch(h -> h.getName().equals("vcenter"))));
        assertTrue(logged.stream().noneMatch(s -> String.valueOf(s.getMessage()).contains(password)), "no password in the log");
    }

    @Test
    @Order(25)
    void theLibvirtPoolPageComesFromItsOwnBundleAndNamesThePool() throws Exception {
        NewInventoryWizard wizard = openInventoryWizard("new-storage");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "pool").choose(InventoryMessages.kind, "libvirt-pool"));
        clickButton("Next >");
        var page = UiThread.sync(() -> wizard.connectionPage().driverPage());
        assertTrue(page instanceof org.encompass.driver.storage.libvirt.ui.internal.LibvirtPoolPage, "the libvirt pool page: " + page);
        assertEquals("org.encompass.driver.storage.libvirt.ui",
                org.osgi.framework.FrameworkUtil.getBundle(page.getClass()).getSymbolicName(), "contributed by the driver's .ui bundle");
        UiThread.run(() -> ((Text) wizard.connectionPage().field("uri")).setText("test:///default"));
        assertEquals(org.encompass.driver.storage.libvirt.ui.internal.Messages.libvirtNoPool, UiThread.sync(() -> wizard.connectionPage().getErrorMessage()));
        UiThread.run(() -> ((Text) wizard.connectionPage().field("pool")).setText("default-pool"));
        assertNull(UiThread.sync(() -> wizard.connectionPage().getErrorMessage()));
        assertEquals("test:///default#default-pool", UiThread.sync(page::location));
        clickButton("Cancel");
        UiThread.waitFor("the wizard closed", 30, () -> wizardDialog() == null);
    }

    @Test
    @Order(24)
    void theFileMenuOffersNewStorageDeviceAndNewHost() {
        List<String> items = UiThread.sync(() -> {
            org.eclipse.swt.widgets.Menu bar = workbench.getActiveWorkbenchWindow().getShell().getMenuBar();
            for (org.eclipse.swt.widgets.MenuItem top : bar.getItems()) {
                if (top.getText().replace("&", "").equals("File")) {
                    top.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event()); // menus fill on show
                    List<String> texts = new ArrayList<>();
                    for (org.eclipse.swt.widgets.MenuItem item : top.getMenu().getItems()) {
                        texts.add(item.getText().replace("&", "").replaceAll("\\t.*", ""));
                    }
                    top.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
                    return texts;
                }
            }
            return List.<String>of();
        });
        assertTrue(items.containsAll(List.of("New Storage Device...", "New Host...")), "File menu: " + items);
    }

    private static NewInventoryWizard openInventoryWizard(String command) throws InterruptedException {
        UiThread.display().asyncExec(() -> execute(COMMANDS + command));
        UiThread.waitFor("the " + command + " wizard", 30, () -> wizardDialog() != null);
        return UiThread.sync(() -> (NewInventoryWizard) wizardDialog().getCurrentPage().getWizard());
    }

    /** A visible dialog (not the workbench window, not a wizard) showing {@code text}. */
    private static Shell dialogWith(String text) {
        Shell main = workbench.getActiveWorkbenchWindow() == null ? null : workbench.getActiveWorkbenchWindow().getShell();
        for (Shell shell : UiThread.display().getShells()) {
            if (shell != main && shell.isVisible() && allText(shell).contains(text)) {
                return shell;
            }
        }
        return null;
    }

    @Test
    @Order(26)
    void siteArchivesGoOutAndComeInThroughTheirWizards() throws Exception {
        Path image = dir.resolve("arc.img");
        byte[] data = new byte[1 << 20];
        new java.util.Random(7).nextBytes(data);
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(4 << 20);
            file.seek(1 << 20);
            file.write(data);
        }
        engine.importMaster(ImportRequest.of("arc", image, ImageFormat.RAW, "local"), null);

        // Export: the master, to a new file.
        Path exported = dir.resolve("to-branch.zip");
        UiThread.display().asyncExec(() -> execute(COMMANDS + "export-archive"));
        UiThread.waitFor("the export wizard", 30, () -> wizardDialog() != null);
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().getWizard() instanceof org.encompass.ui.internal.wizards.ExportArchiveWizard), "the ExportArchiveWizard");
        Path taken = Files.writeString(dir.resolve("taken.zip"), "keep");
        UiThread.run(() -> new WizardBot(wizardDialog()).checkRows(row -> "arc".equals(row.getData()))
                .type(org.encompass.ui.internal.wizards.ArchiveMessages.exportFile, taken.toString()));
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage()).contains("exists"), "an existing file is refused on the page");
        UiThread.run(() -> new WizardBot(wizardDialog()).checkRows(row -> "arc".equals(row.getData()))
                .type(org.encompass.ui.internal.wizards.ArchiveMessages.exportFile, exported.toString()));
        assertNull(UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage()));
        clickButton("Finish");
        UiThread.waitFor("the archive written", 60, () -> Files.isRegularFile(exported));
        assertEquals(List.of("arc"), engine.readArchive(exported).masters().stream().map(m -> m.name()).toList());

        // Import: a hostile archive is refused on the page; a good one from another site comes in with its item.
        Path hostile = archive(dir.resolve("hostile.zip"), Map.of("../../evil.img", new byte[] { 1 }));
        byte[] far = java.util.Arrays.copyOf(data, 2 << 20);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(far));
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<encompass-archive format=\"1\" site=\"branch\""
                + " created=\"2026-12-02T00:00:00Z\" created-by=\"test\">\n <master name=\"far\" version=\"2\" size=\""
                + far.length + "\" sha256=\"" + sha + "\" entry=\"masters/far.img\">\n  <file-replacement path=\"/etc/motd\""
                + " template=\"false\" description=\"motd\" content=\""
                + java.util.Base64.getEncoder().encodeToString("far away\n".getBytes()) + "\"/>\n </master>\n"
                + " <snapshot><host name=\"h\" driver=\"libvirt\" uri=\"test:///default\"/></snapshot>\n</encompass-archive>\n";
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("encompass-archive.xml", manifest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        entries.put("masters/far.img", far);
        Path good = archive(dir.resolve("from-branch.zip"), entries);

        UiThread.display().asyncExec(() -> execute(COMMANDS + "import-archive"));
        UiThread.waitFor("the import wizard", 30, () -> wizardDialog() != null);
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().getWizard() instanceof org.encompass.ui.internal.wizards.ImportArchiveWizard), "the ImportArchiveWizard");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.wizards.ArchiveMessages.importFile, hostile.toString()));
        String refusal = UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage());
        assertTrue(refusal != null && refusal.contains("outside its layout: \"../../evil.img\""), refusal);
        assertFalse(UiThread.sync(() -> findButton(wizardDialog().getShell(), "Finish").isEnabled()), "no Finish for a hostile archive");
        // Values the engine would refuse: the page shows the same reason as master item-add and the CLI's import.
        String farContent = java.util.Base64.getEncoder().encodeToString("far away\n".getBytes());
        Map<String, String> badValues = new java.util.LinkedHashMap<>(); // manifest -> the reason shown
        badValues.put(manifest.replace("path=\"/etc/motd\"", "path=\"../../../etc/shadow\""), "could leave the image");
        badValues.put(manifest.replace("template=\"false\"", "template=\"true\"").replace(farContent,
                java.util.Base64.getEncoder().encodeToString("${unclosed".getBytes())), "is not closed by '}'");
        badValues.put(manifest.replace("version=\"2\"", "version=\"2\" min-cpus=\"4294967297\""),
                "master far's min-cpus 4294967297 is out of range: allowed 0..4096");
        for (Map.Entry<String, String> bad : badValues.entrySet()) {
            Map<String, byte[]> crafted = new java.util.LinkedHashMap<>(entries);
            crafted.put("encompass-archive.xml", bad.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Path badArchive = archive(dir.resolve("bad-value.zip"), crafted);
            UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.wizards.ArchiveMessages.importFile, ""));
            UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.wizards.ArchiveMessages.importFile, badArchive.toString()));
            String reason = UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage());
            assertTrue(reason != null && reason.contains(bad.getValue()), bad.getValue() + ": " + reason);
            assertFalse(UiThread.sync(() -> findButton(wizardDialog().getShell(), "Finish").isEnabled()), "no Finish: " + bad.getValue());
            Files.delete(badArchive);
        }
        UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.wizards.ArchiveMessages.importFile, good.toString()));
        assertNull(UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage()));
        assertEquals(List.of("far"), UiThread.sync(() -> new WizardBot(wizardDialog()).rows()));
        UiThread.screenshot("wizard-import-archive.png", () -> wizardDialog().getShell().getBounds());
        clickButton("Finish");
        UiThread.waitFor("master far imported with its item", 60, () -> engine.read(site -> site.getMasters().stream()
                .anyMatch(m -> m.getName().equals("far") && m.getCustomizationItems().size() == 1 && sha.equals(m.getSha256()))));

        // The archive this site wrote holds a master it has: the import is refused in a dialog, and nothing changes.
        int masters = engine.read(site -> site.getMasters().size());
        UiThread.display().asyncExec(() -> execute(COMMANDS + "import-archive"));
        UiThread.waitFor("the import wizard again", 30, () -> wizardDialog() != null);
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().getWizard() instanceof org.encompass.ui.internal.wizards.ImportArchiveWizard), "the ImportArchiveWizard");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.wizards.ArchiveMessages.importFile, exported.toString()));
        clickButton("Finish");
        UiThread.waitFor("the refusal's dialog", 60, () -> dialogSaying("masters named arc (the same image) already") != null);
        UiThread.run(() -> dialogSaying("masters named arc").close());
        assertEquals(masters, (int) engine.read(site -> site.getMasters().size()), "nothing imported");
    }

    private static Path archive(Path zip, Map<String, byte[]> entries) throws java.io.IOException {
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    private static Shell dialogSaying(String text) {
        Shell main = workbench.getActiveWorkbenchWindow() == null ? null : workbench.getActiveWorkbenchWindow().getShell();
        for (Shell shell : UiThread.display().getShells()) {
            if (shell != main && shell.isVisible() && allText(shell).contains(text)) {
                return shell;
            }
        }
        return null;
    }

    private static org.eclipse.jface.wizard.WizardDialog wizardDialog() {
        for (Shell shell : UiThread.display().getShells()) {
            if (shell.isVisible() && shell.getData() instanceof org.eclipse.jface.wizard.WizardDialog dialog) {
                return dialog;
            }
        }
        return null;
    }

    private static void clickButton(String text) {
        UiThread.run(() -> {
            org.eclipse.swt.widgets.Button button = findButton(wizardDialog().getShell(), text);
            assertNotNull(button, "no button " + text);
            assertTrue(button.isEnabled(), text + " is enabled");
            button.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
    }

    private static org.eclipse.swt.widgets.Button findButton(Control control, String text) {
        if (control instanceof org.eclipse.swt.widgets.Button button && button.getText().replace("&", "").equals(text)) {
            return button;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                var found = findButton(child, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    @Order(11)
    void preferencesAreAPageAndFeedTheEngineAndRepositoryOptions() {
        assertNotNull(UiThread.sync(() -> workbench.getPreferenceManager().find(ConsolePreferencePage.ID)), "the Encompass preference page");
        var defaults = ConsolePlugin.getDefault().getPreferenceStore();
        assertEquals(org.encompass.core.EngineOptions.defaults().maxParallel(), defaults.getInt(ConsolePreferences.MAX_PARALLEL));
        assertNull(ConsolePreferences.cloneMethod(defaults), "the storage device's default");

        var store = new org.eclipse.jface.preference.PreferenceStore();
        ConsolePreferences.initializeDefaults(store);
        store.setValue(ConsolePreferences.MAX_PARALLEL, 3);
        store.setValue(ConsolePreferences.CLONES_PER_DEVICE, 2);
        store.setValue(ConsolePreferences.CLONES_PER_SOURCE, 1);
        store.setValue(ConsolePreferences.WRITE_BEHIND_COPIES, 5);
        store.setValue(ConsolePreferences.CLONE_METHOD, "FULL");
        store.setValue(ConsolePreferences.REPOSITORY, dir.resolve("elsewhere").toString());
        store.setValue(ConsolePreferences.TCP_PORT, 0);
        var engineOptions = ConsolePreferences.engineOptions(store);
        assertEquals(List.of(3, 2, 1, 5), List.of(engineOptions.maxParallel(), engineOptions.clonesPerDevice(),
                engineOptions.clonesPerSource(), engineOptions.writeBehindCopies()));
        assertEquals(org.encompass.core.spi.CloneMethod.FULL, ConsolePreferences.cloneMethod(store));
        var repositoryOptions = ConsolePreferences.repositoryOptions(store);
        assertEquals(TestWorkbench.home().resolve("data"), repositoryOptions.dataDirectory(), "-Dencompass.data (set by this test) wins over the preference");
        assertEquals(0, repositoryOptions.tcpPort());
    }

    // --- conflicts (discovery and reconciliation)

    @Test
    @Order(13)
    void aConflictAppearsLiveAndMarksItsMachineAndAcceptDiscoveredSettlesIt() throws Exception {
        ConflictScenarios c = new ConflictScenarios(workbench);
        ConflictsView view = c.conflictsView();
        assertEquals(List.of(), UiThread.sync(() -> ConflictScenarios.rows(view)), "a fresh console has no conflict");
        assertFalse(UiThread.sync(() -> c.markedIn(MachinesView.ID, "vm-05")));

        long id = c.writeConflict("mac-mismatch", "test/vm-05", "machine test/vm-05 now reports MAC 52:54:00:de:ad:05",
                "52:54:00:e0:00:05", "52:54:00:de:ad:05");
        c.waitForRows(view, "conflict #" + id, rows -> rows.equals(List.of(id + " mac-mismatch test/vm-05 machine test/vm-05 now reports MAC 52:54:00:de:ad:05 open")));
        UiThread.waitFor("vm-05 marked in the Machines tree", 30, () -> c.markedIn(MachinesView.ID, "vm-05"));
        UiThread.waitFor("vm-05 marked in the Repository tree", 30, () -> c.markedIn(RepositoryView.ID, "vm-05"));
        assertFalse(UiThread.sync(() -> c.markedIn(MachinesView.ID, "vm-06")), "only the machine the conflict names");
        c.conflictsView();
        c.reveal(RepositoryView.ID, "vm-05");
        UiThread.screenshot("console-conflict.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());

        assertFalse(c.enabled("accept-discovered"), "nothing selected");
        c.select(view, id);
        UiThread.waitFor("accept-discovered enabled", 30, () -> c.enabled("accept-discovered") && c.enabled("keep-model"));
        c.execute("accept-discovered");
        c.waitForRows(view, "no open conflict", List::isEmpty);
        assertEquals(List.of("52:54:00:de:ad:05"), ConflictScenarios.macs("test/vm-05"), "the model took the discovered MAC");
        UiThread.waitFor("vm-05 no longer marked", 30, () -> !c.markedIn(MachinesView.ID, "vm-05"));
        UiThread.run(() -> {
            view.table().showResolved().setSelection(true);
            view.table().refresh();
        });
        List<String> rows = UiThread.sync(() -> ConflictScenarios.rows(view));
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(rows.get(0).startsWith(id + " mac-mismatch test/vm-05") && rows.get(0).contains("accept-discovered by "), rows::toString);
        UiThread.run(() -> {
            view.table().showResolved().setSelection(false);
            view.table().refresh();
        });
    }

    @Test
    @Order(14)
    void discoverNowFindsTheContradictionAndKeepModelSettlesIt() throws Exception {
        ConflictScenarios c = new ConflictScenarios(workbench);
        ConflictsView view = c.conflictsView();
        UiThread.run(() -> view.getSite().getPage().activate(view));
        // The model now records a MAC that libvirt's vm-05 does not have: discovery must say so.
        c.execute("discover");
        UiThread.waitFor("the discovery summary in the status line", 120, () -> statusLineText().contains("Discovery: 1 host(s) reachable of 1"));
        assertTrue(UiThread.sync(this::statusLineText).contains("1 open conflict(s)"), UiThread.sync(this::statusLineText));
        c.waitForRows(view, "the discovered MAC mismatch", rows -> rows.size() == 1 && rows.get(0).contains(" mac-mismatch test/vm-05 "));
        long id = UiThread.sync(() -> view.table().rows().get(0).getId());
        UiThread.waitFor("vm-05 marked again", 30, () -> c.markedIn(MachinesView.ID, "vm-05"));

        c.select(view, id);
        UiThread.waitFor("keep-model enabled", 30, () -> c.enabled("keep-model"));
        c.execute("keep-model");
        c.waitForRows(view, "no open conflict", List::isEmpty);
        assertEquals(List.of("52:54:00:de:ad:05"), ConflictScenarios.macs("test/vm-05"), "the model kept its MAC");
        UiThread.waitFor("vm-05 no longer marked", 30, () -> !c.markedIn(MachinesView.ID, "vm-05"));

        c.execute("discover"); // a kept finding is not reported again
        UiThread.waitFor("a second discovery", 120, () -> statusLineText().contains("0 open conflict(s)"));
        assertEquals(List.of(), UiThread.sync(() -> ConflictScenarios.rows(view)));
    }

    @Test
    @Order(15)
    void aRefusedResolutionShowsTheEnginesMessage() throws Exception {
        ConflictScenarios c = new ConflictScenarios(workbench);
        ConflictsView view = c.conflictsView();
        long id = c.writeConflict("colour-mismatch", "test/vm-06", "vm-06 turned blue", "red", "blue");
        c.waitForRows(view, "conflict #" + id, rows -> rows.size() == 1);
        c.select(view, id);
        UiThread.waitFor("accept-discovered enabled", 30, () -> c.enabled("accept-discovered"));
        c.execute("accept-discovered");
        String message = "conflict #" + id + " has unknown kind colour-mismatch";
        UiThread.waitFor("the refusal dialog", 60, () -> c.dialogWith(message) != null);
        UiThread.screenshot("console-conflict-refused.png", () -> c.dialogWith(message).getBounds());
        UiThread.run(() -> c.dialogWith(message).close());
        assertEquals(1, UiThread.sync(() -> ConflictScenarios.rows(view)).size(), "still open");
        c.select(view, id);
        UiThread.waitFor("keep-model enabled", 30, () -> c.enabled("keep-model"));
        c.execute("keep-model");
        c.waitForRows(view, "no open conflict", List::isEmpty);
    }

    // --- themes

    @Test
    @Order(16)
    void theDarkThemeDarkensTheTreesAndTheLightOneRestoresThem() throws Exception {
        RepositoryView view = repositoryView();
        execute("org.encompass.ui.commands.theme", Map.of(SwitchThemeHandler.THEME_PARAMETER, Themes.DARK));
        UiThread.waitFor("the dark theme on the repository tree", 30,
                () -> view.viewer().getTree().getBackground().getRGB().equals(new org.eclipse.swt.graphics.RGB(0x1e, 0x1f, 0x22)));
        assertEquals(Themes.DARK, UiThread.sync(() -> Themes.active(workbench)));
        TabbedPropertySheetPage sheet = customizationTab(view, "web-01");
        UiThread.screenshot("console-dark.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
        // The tabbed sheet paints its title and tab list itself: sample them below and right of their texts.
        assertTrue(brightness(sheetPart(sheet, "TabbedPropertyTitle"), true) < 0x60, "dark property title");
        assertTrue(brightness(sheetPart(sheet, "TabbedPropertyList"), false) < 0x60, "dark property tab list");
        // CTabFolder paints its tab-row buttons (minimize, maximize) on an image of the tab row it made itself
        assertTrue(tabRowButtonBrightness().stream().allMatch(b -> b < 0x60), () -> "dark min/max buttons: "
                + tabRowButtonBrightness());

        execute("org.encompass.ui.commands.theme", Map.of(SwitchThemeHandler.THEME_PARAMETER, Themes.LIGHT));
        UiThread.waitFor("the light theme on the repository tree", 30,
                () -> view.viewer().getTree().getBackground().getRGB().equals(new org.eclipse.swt.graphics.RGB(0xff, 0xff, 0xff)));
        assertEquals(Themes.LIGHT, UiThread.sync(() -> Themes.active(workbench)));
        UiThread.screenshot("console-light.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
        assertTrue(brightness(sheetPart(sheet, "TabbedPropertyTitle"), true) > 0xc0, "light property title");
        assertTrue(brightness(sheetPart(sheet, "TabbedPropertyList"), false) > 0xc0, "light property tab list");
        assertTrue(tabRowButtonBrightness().stream().allMatch(b -> b > 0xc0), () -> "light min/max buttons: "
                + tabRowButtonBrightness());
    }

    /**
     * The brightness of a corner pixel of each tab-row tool bar of the window's part stacks (the CTabFolder's own
     * direct ToolBar children: its minimize and maximize buttons), away from the icons.
     */
    private static List<Integer> tabRowButtonBrightness() {
        List<Control> toolBars = UiThread.sync(() -> {
            List<Control> all = new ArrayList<>();
            collectControls(workbench.getActiveWorkbenchWindow().getShell(), all);
            return all.stream().filter(c -> c instanceof org.eclipse.swt.widgets.ToolBar bar && bar.isVisible()
                    && bar.getItemCount() > 0 && bar.getParent() instanceof org.eclipse.swt.custom.CTabFolder).toList();
        });
        assertFalse(toolBars.isEmpty(), "the part stacks show minimize and maximize buttons");
        List<Integer> brightness = new ArrayList<>();
        for (Control bar : toolBars) {
            brightness.add(brightness(bar, 1, 1));
        }
        return brightness;
    }

    /** Shows the Properties view on {@code clone}'s Customization tab. */
    private static TabbedPropertySheetPage customizationTab(RepositoryView view, String clone) {
        select(view, clone);
        TabbedPropertySheetPage page = UiThread.sync(() -> {
            try {
                PropertySheet sheet = (PropertySheet) workbench.getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROP_SHEET);
                view.getSite().getPage().activate(view);
                return (TabbedPropertySheetPage) sheet.getCurrentPage();
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        UiThread.run(() -> page.setSelectedTab("org.encompass.ui.tab.customization"));
        return page;
    }

    private static Control sheetPart(TabbedPropertySheetPage page, String className) {
        return UiThread.sync(() -> {
            List<Control> all = new ArrayList<>();
            collectControls(page.getControl(), all);
            return all.stream().filter(c -> c.getClass().getSimpleName().equals(className)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + className + " in the property sheet"));
        });
    }

    private static void collectControls(Control control, List<Control> into) {
        into.add(control);
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectControls(child, into);
            }
        }
    }

    /** Mean of R, G and B of the screen pixel near the control's right end (top row) or bottom-left corner (bottom row). */
    private static int brightness(Control control, boolean topRight) {
        var size = UiThread.sync(control::getSize);
        return brightness(control, topRight ? size.x - 4 : 4, topRight ? 4 : size.y - 4);
    }

    /** Mean of R, G and B of the screen pixel at ({@code x}, {@code y}) in the control. */
    private static int brightness(Control control, int x, int y) {
        return UiThread.sync(() -> {
            var point = control.toDisplay(x, y);
            var image = new org.eclipse.swt.graphics.Image(control.getDisplay(), 1, 1);
            var gc = new org.eclipse.swt.graphics.GC(control.getDisplay());
            try {
                gc.copyArea(image, point.x, point.y);
                var data = image.getImageData();
                var rgb = data.palette.getRGB(data.getPixel(0, 0));
                return (rgb.red + rgb.green + rgb.blue) / 3;
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    private static List<String> journalRows(JournalView journal) {
        List<String> texts = new ArrayList<>();
        for (var item : journal.table().viewer().getTable().getItems()) {
            texts.add(item.getText(3) + " " + item.getText(4) + " " + item.getText(5));
        }
        return texts;
    }

    private static String variable(String clone, String name) {
        return engine.read(site -> org.encompass.core.query.SiteLookup.clone(site, clone).getVariables().stream()
                .filter(v -> v.getName().equals(name)).map(org.encompass.model.Variable::getValue).findFirst().orElse(null));
    }

    /** The visible tree whose first column is {@code firstColumn}. */
    private static org.eclipse.swt.widgets.Tree findTree(Control control, String firstColumn) {
        if (control instanceof org.eclipse.swt.widgets.Tree tree && tree.isVisible() && tree.getColumnCount() > 0
                && tree.getColumn(0).getText().equals(firstColumn)) {
            return tree;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                var found = findTree(child, firstColumn);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static org.eclipse.swt.widgets.Table findTable(Control control) {
        if (control instanceof org.eclipse.swt.widgets.Table table && table.isVisible()) {
            return table;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                var found = child.isVisible() ? findTable(child) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
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
            view.viewer().setSelection(new StructuredSelection(item(view, name).getData()), true);
        });
    }

    private static List<String> selectedNames(RepositoryView view) {
        return UiThread.sync(() -> ((List<?>) view.viewer().getStructuredSelection().toList()).stream()
                .map(o -> o instanceof org.encompass.model.Clone c ? c.getName() : String.valueOf(o)).toList());
    }

    private static TreeItem item(RepositoryView view, String name) {
        view.viewer().expandAll();
        List<TreeItem> all = new ArrayList<>();
        for (TreeItem top : view.viewer().getTree().getItems()) {
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
            view.viewer().expandAll();
            List<TreeItem> all = new ArrayList<>();
            for (TreeItem top : view.viewer().getTree().getItems()) {
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

    static String allTextOf(Control control) {
        return allText(control);
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

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
