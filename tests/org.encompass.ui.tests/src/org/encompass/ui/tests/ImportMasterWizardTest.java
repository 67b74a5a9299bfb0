package org.encompass.ui.tests;

import static org.encompass.ui.tests.ConsoleFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.EngineJobs;
import org.encompass.tests.support.ImageTools;
import org.encompass.tests.support.InspectableImages;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.wizards.ImageInspectionPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard: a master from an image file, one with ordered customization items (a bad pattern refused on
 * the page), and what a three-partition image holds shown by inspection (one libguestfs appliance, ~20-100 s here)
 * with an item written in a file system picked from it. Each test removes the master it imported.
 */
@ExtendWith(ConsoleFixture.class)
class ImportMasterWizardTest {
    @TempDir
    static Path dir;


    /** Each test imports a master of its own name; it goes again, so no test finds another's. */
    @AfterEach
    void removeImportedMasters() throws Exception {
        Job.getJobManager().join(EngineJobs.FAMILY, null);
        if (engine != null) {
            UpdateConsoleDriver.removeAll(engine, List.of("db", "app", "linux"));
        }
    }

    @Test
    void theImportWizardImportsAMasterOntoStorage() throws Exception {
        Path image = emptyImage(dir.resolve("db.img"), 4);
        UiThread.display().asyncExec(() -> execute(COMMANDS + "import-master"));
        UiThread.waitFor("the import wizard", 30, () -> wizardDialog() != null);
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().getWizard()) instanceof org.encompass.ui.internal.wizards.ImportMasterWizard);
        UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.Messages.importFile, dir.resolve("missing.img").toString()));
        assertFalse(UiThread.sync(() -> wizardDialog().getCurrentPage().isPageComplete()), "a file that does not exist is refused");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.Messages.importFile, image.toString()));
        assertEquals("db", UiThread.sync(() -> new WizardBot(wizardDialog()).text(org.encompass.ui.internal.Messages.importName)),
                "the name comes from the file");
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
    void theImportWizardStoresOrderedCustomizationItemsAndRefusesABadPattern() throws Exception {
        Path image = emptyImage(dir.resolve("app.img"), 4);
        Path motd = Files.writeString(dir.resolve("motd.txt"), "welcome to ${hostname}\n");
        Path issue = Files.writeString(dir.resolve("issue.txt"), "Encompass\n");
        UiThread.display().asyncExec(() -> execute(COMMANDS + "import-master"));
        UiThread.waitFor("the import wizard", 30, () -> wizardDialog() != null);
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().getWizard() instanceof org.encompass.ui.internal.wizards.ImportMasterWizard), "the ImportMasterWizard");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.Messages.importFile, image.toString())
                .type(org.encompass.ui.internal.Messages.importName, "app"));
        clickButton("Next >");
        var inspection = UiThread.sync(() -> (ImageInspectionPage) wizardDialog().getCurrentPage());
        UiThread.waitFor("the inspection of an image of zeros", 30, () -> UiThread.sync(() -> status(inspection))
                .startsWith("Not inspected: no file system found in "));
        clickButton("Next >");
        var items = UiThread.sync(() -> (org.encompass.ui.internal.wizards.CustomizationItemsPage) wizardDialog().getCurrentPage());
        // Three items: a templated file, a regex, another file; then the regex moves first and the last file goes.
        press(items, "addFile");
        type(items, "path", "/etc/motd");
        type(items, "source", dir.resolve("no-such-file.txt").toString());
        assertEquals("Item 1: the source file does not exist: " + dir.resolve("no-such-file.txt"), UiThread.sync(items::getErrorMessage));
        assertFalse(UiThread.sync(() -> findButton(wizardDialog().getShell(), "Finish").isEnabled()), "Finish waits for the source file");
        type(items, "source", motd.toString());
        assertFalse(UiThread.sync(() -> new WizardBot(wizardDialog()).field("template", org.eclipse.swt.widgets.Button.class).getSelection()));
        press(items, "template");
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
            for (var row : new WizardBot(wizardDialog()).table()) {
                rows.add(row.get(0) + " " + row.get(1) + " " + row.get(2));
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

    @Test
    void theWizardShowsTheImagesFileSystemsAndAnItemIsWrittenInAPickedOne() throws Exception {
        Assumptions.assumeTrue(ImageTools.find("guestfish") != null, "guestfish is not installed (releng/scripts/guestfs.sh)");
        Path image = InspectableImages.threePartitions(dir, "linux.img");
        Path grub = Files.writeString(dir.resolve("grub.cfg"), "set timeout=1\n");
        Path hostname = Files.writeString(dir.resolve("hostname.txt"), "${hostname}\n");
        UiThread.display().asyncExec(() -> execute(COMMANDS + "import-master"));
        UiThread.waitFor("the import wizard", 30, () -> wizardDialog() != null);
        UiThread.run(() -> new WizardBot(wizardDialog()).type(org.encompass.ui.internal.Messages.importFile, image.toString())
                .type(org.encompass.ui.internal.Messages.importName, "linux"));
        clickButton("Next >");
        var inspection = UiThread.sync(() -> (ImageInspectionPage) wizardDialog().getCurrentPage());
        assertTrue(UiThread.sync(() -> field(inspection, "cancel", org.eclipse.swt.widgets.Button.class).isEnabled()),
                "Cancel while the appliance runs");
        UiThread.waitFor("the inspection in a libguestfs appliance", 400, () -> UiThread.sync(() -> status(inspection))
                .startsWith("Read by libguestfs"));
        assertEquals(List.of("/dev/sda1 vfat EFI 16.0 MiB ", "/dev/sda2 ext4 root 40.0 MiB root",
                "/dev/sda3 xfs data 300.0 MiB "), UiThread.sync(() -> {
                    List<String> rows = new ArrayList<>();
                    for (var row : field(inspection, "fileSystems", org.eclipse.swt.widgets.Table.class).getItems()) {
                        rows.add(String.join(" ", row.getText(0), row.getText(1), row.getText(2), row.getText(3), row.getText(4)));
                    }
                    return rows;
                }));
        assertEquals("Debian GNU/Linux 12 (bookworm) (linux debian 12), hostname " + InspectableImages.HOSTNAME,
                UiThread.sync(() -> field(inspection, "os", org.eclipse.swt.widgets.Label.class).getText()));
        UiThread.screenshot("wizard-import-inspection.png", () -> wizardDialog().getShell().getBounds());
        clickButton("Next >");
        var items = UiThread.sync(() -> (org.encompass.ui.internal.wizards.CustomizationItemsPage) wizardDialog().getCurrentPage());
        press(items, "addFile");
        assertEquals(List.of("/etc/hostname", "/etc/hosts", "/etc/machine-id", "/etc/resolv.conf"),
                UiThread.sync(() -> List.of(field(items, "suggestion", Combo.class).getItems())));
        pick(items, "suggestion", 0);
        assertEquals("/etc/hostname", UiThread.sync(() -> field(items, "path", Text.class).getText()));
        assertEquals("ext4 /dev/sda2 (root)", UiThread.sync(() -> field(items, "fileSystem", Combo.class).getText()));
        type(items, "source", hostname.toString());
        press(items, "addFile");
        type(items, "path", "/EFI/BOOT/grub.cfg");
        pick(items, "fileSystem", 0);
        assertEquals("/dev/sda1:/EFI/BOOT/grub.cfg", UiThread.sync(() -> field(items, "path", Text.class).getText()));
        type(items, "source", grub.toString());
        assertNull(UiThread.sync(items::getErrorMessage));
        UiThread.screenshot("wizard-import-items-file-system.png", () -> wizardDialog().getShell().getBounds());
        clickButton("Finish");
        UiThread.waitFor("master linux with its two items", 120, () -> engine.read(site -> site.getMasters().stream()
                .anyMatch(m -> m.getName().equals("linux") && m.getCustomizationItems().size() == 2)));
        assertEquals(List.of("/etc/hostname", "/dev/sda1:/EFI/BOOT/grub.cfg"), engine.read(site -> org.encompass.core.query.SiteLookup
                .master(site, "linux").getCustomizationItems().stream().map(org.encompass.model.CustomizationItem::getPath).toList()));
    }

    private static String status(ImageInspectionPage page) {
        assertEquals(page, wizardDialog().getCurrentPage());
        return bot().field("status", org.eclipse.swt.widgets.Label.class).getText();
    }

    /** The current page's widget named {@code name} of {@code type} (call on the UI thread). */
    private static <T extends org.eclipse.swt.widgets.Control> T field(org.eclipse.jface.wizard.IWizardPage page, String name,
            Class<T> type) {
        assertEquals(page, wizardDialog().getCurrentPage());
        return bot().field(name, type);
    }

    private static WizardBot bot() {
        return new WizardBot(wizardDialog());
    }

    private static void pick(org.encompass.ui.internal.wizards.CustomizationItemsPage page, String name, int index) {
        UiThread.run(() -> {
            Combo combo = field(page, name, Combo.class);
            combo.select(index);
            combo.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
    }

    /** Clicks the items page's button named {@code button} ({@code page} is the wizard's current page). */
    private static void press(org.eclipse.jface.wizard.IWizardPage page, String button) {
        UiThread.run(() -> {
            assertEquals(page, wizardDialog().getCurrentPage());
            new WizardBot(wizardDialog()).press(button);
        });
    }

    /** Types into the items page's field named {@code field} ({@code page} is the wizard's current page). */
    private static void type(org.eclipse.jface.wizard.IWizardPage page, String field, String text) {
        UiThread.run(() -> {
            assertEquals(page, wizardDialog().getCurrentPage());
            new WizardBot(wizardDialog()).set(field, text);
        });
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
