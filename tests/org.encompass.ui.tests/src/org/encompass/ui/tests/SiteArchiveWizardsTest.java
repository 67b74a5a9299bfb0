package org.encompass.ui.tests;

import static org.encompass.ui.tests.ConsoleFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.encompass.core.ImportRequest;
import org.encompass.core.spi.ImageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Site archives out and in through their wizards: a hostile or refused archive is stopped on the page or in a dialog. */
@ExtendWith(ConsoleFixture.class)
class SiteArchiveWizardsTest {
    @TempDir
    static Path dir;


    @Test
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
        UiThread.waitFor("the refusal's dialog", 60, () -> dialogWith("masters named arc (the same image) already") != null);
        UiThread.run(() -> dialogWith("masters named arc").close());
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
}
