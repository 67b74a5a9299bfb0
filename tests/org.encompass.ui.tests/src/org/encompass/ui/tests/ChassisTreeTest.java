package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.ImportRequest;
import org.encompass.core.query.SiteResources;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.ModelFactory;
import org.encompass.model.PowerState;
import org.encompass.persistence.EncompassRepository;
import org.encompass.ui.internal.MachinesView;
import org.encompass.ui.internal.NavigatorViewer;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.properties.GeneralSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chassis and their blades in both navigators and in the General properties, over a real repository. The
 * chassis record is written to the site directly (registering one through the engine needs a BMC that
 * answers, which the IPMI driver's own tests start); the engine then assigns a clone to a blade.
 */
@ExtendWith(TestWorkbench.class)
class ChassisTreeTest {
    @TempDir
    Path dir;
    EncompassRepository repository;
    CDOSession engineSession;
    Engine engine;
    Display display;
    Shell shell;

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display: run the build under xvfb-run (releng/scripts/test.sh does)");
        TestWorkbench.start();
        repository = EncompassRepository.open(dir.resolve("repo"));
        engineSession = repository.openSession();
        engine = new Engine(engineSession, EngineOptions.defaults());
        engine.init("ui-test");
        engine.addStorage("nas", "file", Files.createDirectories(dir.resolve("nas")).toString(), CloneMethod.SPARSE, null);
        Path image = dir.resolve("web.img");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(8 << 20);
        }
        engine.importMaster(ImportRequest.of("web", image, ImageFormat.RAW, "nas"), null);
        engine.cloneMaster("web", CloneMethod.SPARSE, null);
        addChassis(engineSession);
        // Committed by another transaction: the engine's view sees it once the commit's invalidation reached it.
        for (int i = 0; i < 200 && engine.read(site -> site.getChassis().isEmpty()); i++) {
            Thread.sleep(25);
        }
        engine.assign("web-01", "rack1/blade1", null);
        display = UiThread.display();
        shell = UiThread.sync(() -> {
            Shell s = new Shell(display);
            s.setLayout(new FillLayout());
            s.setSize(1000, 400);
            s.setText("Encompass chassis and blades");
            return s;
        });
    }

    /** A chassis of two blades as chassis add records it: blade1 running, blade2 off and its BMC silent. */
    private static void addChassis(CDOSession session) throws Exception {
        CDOTransaction transaction = session.openTransaction();
        try {
            Chassis chassis = ModelFactory.eINSTANCE.createChassis();
            chassis.setName("rack1");
            chassis.setKind("ipmi");
            chassis.setManagementAddress("ipmi://rack1?1=127.0.0.1:9001&2=127.0.0.1:9002");
            chassis.setDiscoveredStorage("nas");
            for (int slot = 1; slot <= 2; slot++) {
                Blade blade = ModelFactory.eINSTANCE.createBlade();
                blade.setName("blade" + slot);
                blade.setSlot(Integer.toString(slot));
                blade.setBmcAddress("127.0.0.1:900" + slot);
                blade.setUuid("guid-000" + slot);
                blade.setArchitecture("x86_64");
                blade.setCpus(2);
                blade.setMemoryMiB(2048);
                blade.setPower(slot == 1 ? PowerState.RUNNING : PowerState.OFF);
                blade.setReachable(slot == 1);
                chassis.getBlades().add(blade);
            }
            SiteResources.site(transaction).getChassis().add(chassis);
            transaction.commit();
        } finally {
            transaction.close();
        }
    }

    @AfterEach
    void tearDown() {
        if (shell != null) {
            UiThread.run(shell::dispose);
        }
        if (engine != null) {
            engine.close();
        }
        if (repository != null) {
            repository.close();
        }
    }

    @Test
    void theRepositoryNavigatorShowsChassisWithTheirBlades() throws Exception {
        CDOView view = repository.openSession().openView();
        NavigatorViewer tree = UiThread.sync(() -> {
            NavigatorViewer t = NavigatorViewer.show(RepositoryView.ID, shell, view, 2);
            shell.open();
            return t;
        });
        UiThread.run(() -> {
            tree.expandAll();
            TreeItem[] folders = tree.getTree().getItems();
            assertEquals(List.of("Masters", "Machines", "Chassis", "Storage"), List.of(folders[0].getText(0), folders[1].getText(0),
                    folders[2].getText(0), folders[3].getText(0)));
            assertEquals(0, folders[1].getItemCount(), "no hypervisor host: the machines folder is empty");
            TreeItem rack = folders[2].getItem(0);
            assertEquals("rack1", rack.getText(0));
            assertEquals("2 blades", rack.getText(1));
            assertEquals("ipmi ipmi://rack1?1=127.0.0.1:9001&2=127.0.0.1:9002", rack.getText(2));
            assertBlades(rack);
        });
        UiThread.screenshot("chassis-repository-tree.png", () -> shell.getBounds());
    }

    @Test
    void theMachinesNavigatorShowsAChassisGroupAndTheCloneABladeHolds() throws Exception {
        CDOView view = repository.openSession().openView();
        NavigatorViewer tree = UiThread.sync(() -> {
            NavigatorViewer t = NavigatorViewer.show(MachinesView.ID, shell, view, 2);
            shell.open();
            return t;
        });
        UiThread.run(() -> {
            tree.expandAll();
            TreeItem group = tree.getTree().getItem(0);
            assertEquals("Chassis", group.getText(0));
            TreeItem rack = group.getItem(0);
            assertEquals("rack1", rack.getText(0));
            assertBlades(rack);
            TreeItem held = rack.getItem(0).getItem(0);
            assertEquals("web-01", held.getText(0), "a blade holding a clone shows it as its child, as a VM does");
            assertEquals("CLEAN/ASSIGNED", held.getText(1));
            assertEquals(0, rack.getItem(1).getItemCount());
        });
        UiThread.screenshot("chassis-machines-tree.png", () -> shell.getBounds());

        Blade blade = SiteResources.site(view).getChassis().get(0).getBlades().get(0);
        assertEquals(List.of(
                new GeneralSection.Row("Name", "rack1/blade1"),
                new GeneralSection.Row("Chassis", "rack1"),
                new GeneralSection.Row("Slot", "1"),
                new GeneralSection.Row("BMC address", "127.0.0.1:9001"),
                new GeneralSection.Row("GUID", "guid-0001"),
                new GeneralSection.Row("MAC addresses", ""),
                new GeneralSection.Row("Power", "RUNNING"),
                new GeneralSection.Row("Reachable", "true"),
                new GeneralSection.Row("Network segments", "not recorded"),
                new GeneralSection.Row("Holds", "web-01 (CLEAN/ASSIGNED)"),
                new GeneralSection.Row("Boot device", ""),
                new GeneralSection.Row("Boot target (iSCSI)", ""),
                new GeneralSection.Row("Boot LUN", ""),
                new GeneralSection.Row("iSCSI portal", "")), GeneralSection.rows(blade));
        assertEquals(List.of(
                new GeneralSection.Row("Name", "rack1"),
                new GeneralSection.Row("Protocol", "ipmi"),
                new GeneralSection.Row("Management address", "ipmi://rack1?1=127.0.0.1:9001&2=127.0.0.1:9002"),
                new GeneralSection.Row("Firmware", ""),
                new GeneralSection.Row("Slots", "1, 2"),
                new GeneralSection.Row("Reachable", "1/2"),
                new GeneralSection.Row("Storage reach", "nas (found by discovery)")), GeneralSection.rows(blade.getChassis()));
    }

    private static void assertBlades(TreeItem rack) {
        assertEquals(2, rack.getItemCount());
        TreeItem blade1 = rack.getItem(0);
        TreeItem blade2 = rack.getItem(1);
        assertEquals("blade1", blade1.getText(0));
        assertTrue(blade1.getText(1).startsWith("RUNNING, holds web-01"), blade1.getText(1));
        assertEquals("slot 1 \u00b7 BMC 127.0.0.1:9001 \u00b7 GUID guid-0001", blade1.getText(2));
        assertEquals("blade2", blade2.getText(0));
        assertEquals("unreachable, OFF, free", blade2.getText(1));
        assertEquals("slot 2 \u00b7 BMC 127.0.0.1:9002 \u00b7 GUID guid-0002", blade2.getText(2));
    }
}
