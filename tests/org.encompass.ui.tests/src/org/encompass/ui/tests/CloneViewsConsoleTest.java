package org.encompass.ui.tests;

import static org.encompass.ui.tests.ConsoleFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.ui.internal.JournalView;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.properties.VariablesSection;
import org.encompass.ui.internal.theme.SwitchThemeHandler;
import org.encompass.ui.internal.theme.Themes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the console shows about clones: the Journal view (live, filterable), the tabbed Properties (customization
 * items with the pointer, variables edited undoably while CLEAN, read-only otherwise) and the dark and light themes.
 * Each test works on a master of its own ({@link OwnMaster}) and free machines of the console's test host, and
 * leaves them as it found them.
 */
@ExtendWith(ConsoleFixture.class)
class CloneViewsConsoleTest {
    @TempDir
    static Path dir;


    @Test
    void theJournalShowsEveryOperationLiveAndFilters() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "jrn")) {
            List<String> machines = master.freeMachines(2);
            String holder = master.cloneOf();
            engine.assign(holder, machines.get(0), null);
            String clone = master.cloneOf();
            assertThrows(RuntimeException.class, () -> engine.assign(clone, machines.get(0), null), "the machine is taken");
            engine.assign(clone, machines.get(1), null);
            engine.attach(clone, null);
            engine.detach(clone, null);
            engine.unassign(clone, null);
            engine.assign(clone, machines.get(1), null);
            engine.attach(clone, null);

            JournalView journal = showView(JournalView.class, JournalView.ID);
            filter(journal, clone);
            // Newest first: attach, assign, unassign, detach, attach, assign, then the refused assign.
            UiThread.waitFor(clone + "'s journal", 30, () -> journalRows(journal).size() >= 6
                    && journalRows(journal).get(0).equals("attach " + clone + " SUCCEEDED"));
            List<String> rows = UiThread.sync(() -> journalRows(journal));
            assertEquals("assign " + clone + " SUCCEEDED", rows.get(1), rows.toString());
            assertTrue(rows.contains("unassign " + clone + " SUCCEEDED") && rows.contains("detach " + clone + " SUCCEEDED"), rows.toString());
            assertTrue(rows.contains("assign " + clone + " FAILED"), rows.toString());
            assertTrue(rows.stream().allMatch(r -> r.contains(clone)), rows.toString());

            // Live: an operation by anyone appears at the top without being asked.
            filter(journal, "clone");
            int clones = UiThread.sync(() -> journalRows(journal).size());
            master.cloneOf();
            UiThread.waitFor("one more clone operation in the journal", 30, () -> {
                List<String> now = journalRows(journal);
                return now.size() == clones + 1 && now.get(0).startsWith("clone ");
            });
            filter(journal, "");
            UiThread.screenshot("console-journal.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
        }
    }

    @Test
    void propertiesShowTabbedSectionsAndEditCloneDataUndoably() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "prop")) {
            // An operational clone (activated and deactivated before the master had items), and a clean one.
            String operational = master.attachedOn(master.freeMachines(1).get(0));
            engine.activate(operational, null);
            engine.deactivate(operational, null);
            engine.addCustomizationItem(master.name, new FileReplacement("host name", "/etc/hostname", "${hostname}\n", true));
            engine.addCustomizationItem(master.name, new RegexReplacement("domain", "/etc/hosts", "example", "${domain}", ""));
            String clean = master.cloneOf();
            RepositoryView view = repositoryView();
            waitForState(view, clean, "CLEAN/UNASSIGNED");
            select(view, clean);
            TabbedPropertySheetPage page = propertySheet(view);
            // The sheet keeps the tab the operator (or another test) chose last: the General tab, chosen here.
            UiThread.run(() -> page.setSelectedTab("org.encompass.ui.tab.general"));
            UiThread.waitFor("the general tab of " + clean, 30, () -> {
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
            assertEquals("www4", variable(clean, "hostname"));
            UiThread.screenshot("console-properties-variables.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());

            UiThread.waitFor("undo enabled", 30, () -> workbench.getService(ICommandService.class).getCommand("org.eclipse.ui.edit.undo").isEnabled());
            execute("org.eclipse.ui.edit.undo");
            UiThread.waitFor("hostname removed again", 30, () -> variable(clean, "hostname") == null);

            // An operational clone's data is read-only.
            select(view, operational);
            UiThread.waitFor(operational + "'s variables", 30, () -> allText(page.getControl()).contains("Read-only: the clone is OPERATIONAL/ATTACHED"));
            assertFalse(UiThread.sync(() -> ((VariablesSection) page.getCurrentTab().getSections()[0]).set("hostname", "x")));

            // The sheet's title follows the repository too: the clone activated and deactivated behind the view's back.
            UiThread.waitFor(operational + " in the title", 30, () -> titleOf(page).equals("Clone " + operational + " \u2014 OPERATIONAL/ATTACHED"));
            engine.activate(operational, null);
            UiThread.waitFor("ACTIVE in the title", 30, () -> titleOf(page).equals("Clone " + operational + " \u2014 OPERATIONAL/ACTIVE"));
            engine.deactivate(operational, null);
            UiThread.waitFor("ATTACHED in the title again", 30, () -> titleOf(page).equals("Clone " + operational + " \u2014 OPERATIONAL/ATTACHED"));
        }
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
    void theDarkThemeDarkensTheTreesAndTheLightOneRestoresThem() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "theme")) {
            String clone = master.cloneOf();
            RepositoryView view = repositoryView();
            waitForState(view, clone, "CLEAN/UNASSIGNED");
            try {
                execute("org.encompass.ui.commands.theme", Map.of(SwitchThemeHandler.THEME_PARAMETER, Themes.DARK));
                UiThread.waitFor("the dark theme on the repository tree", 30,
                        () -> view.viewer().getTree().getBackground().getRGB().equals(new org.eclipse.swt.graphics.RGB(0x1e, 0x1f, 0x22)));
                assertEquals(Themes.DARK, UiThread.sync(() -> Themes.active(workbench)));
                TabbedPropertySheetPage sheet = customizationTab(view, clone);
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
            } finally {
                execute("org.encompass.ui.commands.theme", Map.of(SwitchThemeHandler.THEME_PARAMETER, Themes.LIGHT)); // as the other tests expect it
            }
        }
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

    /** Types {@code text} into the Journal view's filter field (its modify listener filters the rows). */
    private static void filter(JournalView journal, String text) {
        UiThread.run(() -> WizardBot.of(journal).first(Text.class).setText(text));
    }

    /** The Journal view's rows as "operation target outcome", newest first (call on the UI thread). */
    private static List<String> journalRows(JournalView journal) {
        List<String> texts = new ArrayList<>();
        for (List<String> row : WizardBot.of(journal).table()) {
            texts.add(row.get(3) + " " + row.get(4) + " " + row.get(5));
        }
        return texts;
    }

    private static String variable(String clone, String name) {
        return engine.read(site -> org.encompass.core.query.SiteLookup.clone(site, clone).getVariables().stream()
                .filter(v -> v.getName().equals(name)).map(org.encompass.model.Variable::getValue).findFirst().orElse(null));
    }
}
