package org.encompass.ui.tests;

import static org.encompass.ui.tests.ConsoleFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.encompass.core.EngineJobs;
import org.encompass.driver.libvirt.ui.internal.LibvirtHostPage;
import org.encompass.driver.storage.file.ui.internal.FileStoragePage;
import org.encompass.driver.vsphere.ui.internal.VSphereHostPage;
import org.encompass.ui.internal.MachinesView;
import org.encompass.ui.internal.wizards.ConnectionPage;
import org.encompass.ui.internal.wizards.InventoryMessages;
import org.encompass.ui.internal.wizards.NewInventoryWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The New Host and New Storage Device wizards with the pages the drivers' .ui bundles contribute (libvirt, vSphere,
 * file, libvirt pool), a host that cannot be reached, credentials in secure storage, and the File menu.
 */
@ExtendWith(ConsoleFixture.class)
class InventoryWizardsTest {
    @TempDir
    static Path dir;


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
    void theNewHostWizardAddsALibvirtHostThroughItsContributedPage() throws Exception {
        Path node = Files.writeString(dir.resolve("wizard-node.xml"), WIZARD_NODE);
        openInventoryWizard("new-host");
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().getControl().isVisible()));
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "lab").choose(InventoryMessages.kind, "libvirt"));
        UiThread.screenshot("wizard-new-host-kind.png", () -> wizardDialog().getShell().getBounds());
        clickButton("Next >");
        assertTrue(UiThread.sync(InventoryWizardsTest::driverPage) instanceof LibvirtHostPage, "libvirt's contributed page");
        UiThread.run(() -> new WizardBot(wizardDialog()).set("uri", "no scheme here"));
        assertEquals(org.encompass.driver.libvirt.ui.internal.Messages.libvirtBadUri, UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage()));
        assertFalse(UiThread.sync(() -> findButton(wizardDialog().getShell(), "Finish").isEnabled()), "Finish waits for a valid URI");
        UiThread.run(() -> new WizardBot(wizardDialog()).set("uri", "test://" + node));
        assertNull(UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage()));
        UiThread.screenshot("wizard-new-host-libvirt.png", () -> wizardDialog().getShell().getBounds());
        clickButton("Finish");
        Job.getJobManager().join(EngineJobs.FAMILY, null); // the job Finish scheduled
        assertEquals(List.of("wiz-01", "wiz-02"), engine.read(site -> org.encompass.core.query.SiteLookup.host(site, "lab")
                .getMachines().stream().map(org.encompass.model.Machine::getName).sorted().toList()));
        assertEquals("test://" + node, engine.read(site -> org.encompass.core.query.SiteLookup.host(site, "lab").getUri()));
        MachinesView machines = showView(MachinesView.class, MachinesView.ID);
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
    void aHostThatCannotBeReachedShowsTheEnginesMessageAndAddsNothing() throws Exception {
        String uri = "test://" + dir.resolve("missing-node.xml");
        openInventoryWizard("new-host");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "unreachable").choose(InventoryMessages.kind, "libvirt"));
        clickButton("Next >");
        UiThread.run(() -> new WizardBot(wizardDialog()).set("uri", uri));
        clickButton("Finish");
        Job.getJobManager().join(EngineJobs.FAMILY, null); // the job Finish scheduled
        UiThread.waitFor("the engine's message in a dialog", 30, () -> dialogWith("Cannot connect to " + uri) != null);
        UiThread.screenshot("wizard-new-host-refused.png", () -> dialogWith("Cannot connect to " + uri).getBounds());
        UiThread.run(() -> dialogWith("Cannot connect to " + uri).close());
        assertFalse(engine.read(site -> site.getHosts().stream().anyMatch(h -> h.getName().equals("unreachable"))), "nothing added");
    }

    @Test
    void theNewStorageWizardAddsAFileDirectory() throws Exception {
        Path images = Files.createDirectories(dir.resolve("more-images"));
        openInventoryWizard("new-storage");
        // A kind without a contributed page gets the generic location field; going back to choose another kind replaces it.
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "scratch").choose(InventoryMessages.kind, "vsphere-datastore"));
        clickButton("Next >");
        assertEquals(InventoryMessages.genericNoLocation, UiThread.sync(() -> driverPage().validate()));
        assertNotNull(UiThread.sync(() -> new WizardBot(wizardDialog()).field("location", Text.class)));
        clickButton("< Back");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "scratch").choose(InventoryMessages.kind, "file"));
        clickButton("Next >");
        assertTrue(UiThread.sync(InventoryWizardsTest::driverPage) instanceof FileStoragePage, "the file driver's page");
        UiThread.run(() -> new WizardBot(wizardDialog()).set("directory", dir.resolve("nowhere").toString()));
        assertEquals(org.encompass.driver.storage.file.ui.internal.Messages.fileNotADirectory, UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage()));
        UiThread.run(() -> new WizardBot(wizardDialog()).set("directory", images.toString()));
        UiThread.screenshot("wizard-new-storage-file.png", () -> wizardDialog().getShell().getBounds());
        clickButton("Finish");
        Job.getJobManager().join(EngineJobs.FAMILY, null); // the job Finish scheduled
        assertEquals("file " + images, engine.read(site -> site.getStorageDevices().stream()
                .filter(d -> d.getName().equals("scratch")).map(d -> d.getKind() + " " + d.getLocation()).findFirst().orElse("none")));
    }

    @Test
    void vSphereCredentialsGoToSecureStorageAndAreRemovedWhenTheConnectFails() throws Exception {
        String password = "s3cret-wizard-pw";
        openInventoryWizard("new-host");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "vcenter").choose(InventoryMessages.kind, "vsphere"));
        clickButton("Next >");
        assertTrue(UiThread.sync(InventoryWizardsTest::driverPage) instanceof VSphereHostPage, "the vSphere page");
        UiThread.run(() -> {
            new WizardBot(wizardDialog()).set("server", "127.0.0.1:9") // discard port: nothing answers
                    .press("ignoreCert").set("user", "administrator@vsphere.local");
        });
        assertEquals(org.encompass.driver.vsphere.ui.internal.Messages.noPassword, UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage()));
        UiThread.run(() -> new WizardBot(wizardDialog()).set("password", password));
        String uri = UiThread.sync(() -> driverPage().location());
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
    void theLibvirtPoolPageComesFromItsOwnBundleAndNamesThePool() throws Exception {
        openInventoryWizard("new-storage");
        UiThread.run(() -> new WizardBot(wizardDialog()).type(InventoryMessages.name, "pool").choose(InventoryMessages.kind, "libvirt-pool"));
        clickButton("Next >");
        var page = UiThread.sync(InventoryWizardsTest::driverPage);
        assertTrue(page instanceof org.encompass.driver.storage.libvirt.ui.internal.LibvirtPoolPage, "the libvirt pool page: " + page);
        assertEquals("org.encompass.driver.storage.libvirt.ui",
                org.osgi.framework.FrameworkUtil.getBundle(page.getClass()).getSymbolicName(), "contributed by the driver's .ui bundle");
        UiThread.run(() -> new WizardBot(wizardDialog()).set("uri", "test:///default"));
        assertEquals(org.encompass.driver.storage.libvirt.ui.internal.Messages.libvirtNoPool, UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage()));
        UiThread.run(() -> new WizardBot(wizardDialog()).set("pool", "default-pool"));
        assertNull(UiThread.sync(() -> wizardDialog().getCurrentPage().getErrorMessage()));
        assertEquals("test:///default#default-pool", UiThread.sync(page::location));
        clickButton("Cancel");
        UiThread.waitFor("the wizard closed", 30, () -> wizardDialog() == null);
    }

    @Test
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

    private static void openInventoryWizard(String command) throws InterruptedException {
        UiThread.display().asyncExec(() -> execute(COMMANDS + command));
        UiThread.waitFor("the " + command + " wizard", 30, () -> wizardDialog() != null);
        assertTrue(UiThread.sync(() -> wizardDialog().getCurrentPage().getWizard()) instanceof NewInventoryWizard);
    }

    /** The page the chosen kind's driver contributes, on the wizard's connection page (call on the UI thread). */
    private static org.encompass.ui.drivers.DriverConnectionPage driverPage() {
        return ((ConnectionPage) wizardDialog().getCurrentPage()).driverPage();
    }
}
