package org.encompass.ui.tests;

import static org.encompass.ui.tests.ConsoleFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.encompass.core.ImportRequest;
import org.encompass.core.spi.ImageFormat;
import org.encompass.ui.internal.JournalView;
import org.encompass.ui.internal.MachinesView;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.commands.CloneOperationHandler;
import org.encompass.ui.internal.properties.VariablesSection;
import org.encompass.ui.internal.theme.SwitchThemeHandler;
import org.encompass.ui.internal.theme.Themes;
import org.encompass.ui.internal.wizards.DeployWizard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One master's clones through the console, as the operator drives them: lifecycle commands run as Jobs through the
 * handler service with the tree's selection, a refusal in a dialog and the Error Log, drops on machines through the
 * view's CNF drop adapter with undo and redo through Edit's commands, the journal, key bindings and the context
 * menu, the Machines navigator, the deploy wizard, the tabbed properties and the themes. A scenario: each test
 * continues from the clones the ones before it left (web-01 ... web-06 on vm-01 ... vm-06).
 */
@ExtendWith(TestWorkbench.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CloneLifecycleConsoleTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void openConsole() throws Exception {
        ConsoleFixture.open();
        Path image = emptyImage(dir.resolve("web.img"), 8);
        engine.importMaster(ImportRequest.of("web", image, ImageFormat.RAW, "local"), null);
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
        var errorLog = showView(org.eclipse.ui.IViewPart.class, org.encompass.ui.internal.ConsolePerspective.ERROR_LOG_VIEW);
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
        JournalView journal = showView(JournalView.class, JournalView.ID);
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
        TabbedPropertySheetPage page = propertySheet(view);
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

    /** The Properties view's tabbed page for what {@code view} selects (the view active again, as the operator leaves it). */
    private static TabbedPropertySheetPage propertySheet(RepositoryView view) {
        PropertySheet sheet = showView(PropertySheet.class, IPageLayout.ID_PROP_SHEET);
        return UiThread.sync(() -> {
            view.getSite().getPage().activate(view);
            return (TabbedPropertySheetPage) sheet.getCurrentPage();
        });
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
        MachinesView machines = showView(MachinesView.class, MachinesView.ID);
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
    @Order(11)
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
        TabbedPropertySheetPage page = propertySheet(view);
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
}
