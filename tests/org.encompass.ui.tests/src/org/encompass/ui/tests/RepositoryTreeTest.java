package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.ImportRequest;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.query.SiteResources;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Clone;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.ModelFactory;
import org.encompass.model.Placement;
import org.encompass.model.Site;
import org.encompass.persistence.EncompassRepository;
import org.encompass.ui.internal.NavigatorViewer;
import org.encompass.ui.internal.RepositoryView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's repository tree on real SWT widgets (under Xvfb in the build), over a real
 * repository with the real file storage and libvirt test drivers; the engine writes through one
 * session, the tree reads another (as a second console would) and must follow live.
 */
@ExtendWith(TestWorkbench.class)
class RepositoryTreeTest {
    @TempDir
    Path dir;
    EncompassRepository repository;
    CDOSession engineSession;
    CDOSession consoleSession;
    Engine engine;
    Display display;
    Shell shell;

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display: run the build under xvfb-run (releng/scripts/test.sh does)");
        TestWorkbench.start(); // CNF's navigator viewer needs a running workbench
        repository = EncompassRepository.open(dir.resolve("repo"));
        engineSession = repository.openSession();
        consoleSession = repository.openSession();
        engine = new Engine(engineSession, EngineOptions.defaults());
        engine.init("ui-test");
        engine.addStorage("nas", "file", Files.createDirectories(dir.resolve("nas")).toString(), CloneMethod.SPARSE, null);
        engine.addHost("lab", "libvirt", "test:///default", null);
        Path image = dir.resolve("web.img");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(8 << 20);
        }
        engine.importMaster(ImportRequest.of("web", image, ImageFormat.RAW, "nas"), null);
        engine.cloneMaster("web", CloneMethod.SPARSE, null);
        display = UiThread.display();
        shell = UiThread.sync(() -> {
            Shell s = new Shell(display);
            s.setLayout(new FillLayout());
            s.setSize(900, 400);
            s.setText("Encompass repository tree");
            return s;
        });
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
    void showsMastersClonesMachinesAndStorageAndFollowsCommitsLive() throws Exception {
        CDOView view = consoleSession.openView();
        NavigatorViewer tree = UiThread.sync(() -> {
            NavigatorViewer t = NavigatorViewer.show(RepositoryView.ID, shell, view, 2);
            shell.open();
            return t;
        });
        UiThread.run(() -> {
            TreeItem[] folders = tree.getTree().getItems();
            assertEquals(List.of("Masters", "Machines", "Chassis", "Storage"), texts(folders, 0));
            TreeItem web = folders[0].getItem(0);
            assertEquals("web v1", web.getText(0));
            assertEquals("1 clones", web.getText(1));
            tree.expandAll();
            assertEquals("clean (1)", web.getItem(0).getText(0), "clones are grouped by metastate");
            assertEquals("web-01", web.getItem(0).getItem(0).getText(0));
            assertEquals("CLEAN/UNASSIGNED", web.getItem(0).getItem(0).getText(1));
            TreeItem lab = folders[1].getItem(0);
            assertEquals("lab", lab.getText(0));
            assertEquals("test", lab.getItem(0).getText(0));
            assertTrue(lab.getItem(0).getText(1).endsWith("free"), lab.getItem(0).getText(1));
            assertEquals("nas", folders[3].getItem(0).getText(0));
        });

        // Another session commits: the tree must show it without being told.
        engine.cloneMaster("web", CloneMethod.SPARSE, null);
        engine.assign("web-01", "lab/test", null);
        UiThread.waitFor("web-02 and web-01 assigned", 15, () -> {
            tree.expandAll();
            TreeItem clean = tree.getTree().getItem(0).getItem(0).getItem(0);
            return clean.getItemCount() == 2 && "CLEAN/ASSIGNED".equals(clean.getItem(0).getText(1));
        });
        UiThread.run(() -> assertEquals("web-02", tree.getTree().getItem(0).getItem(0).getItem(0).getItem(1).getText(0)));

        // A master imported by another session appears, and its folder stays open.
        Path second = dir.resolve("db.img");
        try (RandomAccessFile file = new RandomAccessFile(second.toFile(), "rw")) {
            file.setLength(4 << 20);
        }
        engine.importMaster(ImportRequest.of("db", second, ImageFormat.RAW, "nas"), null);
        UiThread.waitFor("master db", 15, () -> tree.getTree().getItem(0).getItemCount() == 2 && tree.getTree().getItem(0).getExpanded());
        UiThread.run(() -> {
            TreeItem[] folders = tree.getTree().getItems();
            assertEquals("db v1", folders[0].getItem(1).getText(0));
            TreeItem vm = folders[1].getItem(0).getItem(0);
            assertTrue(vm.getText(1).endsWith("holds web-01 (ASSIGNED)"), vm.getText(1));
        });
        UiThread.screenshot("repository-tree.png", () -> shell.getBounds());
    }

    @Test
    void anEmptyFolderOpensWhenItsFirstObjectArrives() throws Exception {
        try (EncompassRepository empty = EncompassRepository.open(dir.resolve("empty-repo"))) {
            CDOSession writer = empty.openSession();
            try (Engine other = new Engine(writer, EngineOptions.defaults())) {
                other.init("empty");
                other.addStorage("nas2", "file", Files.createDirectories(dir.resolve("nas2")).toString(), null, null);
                CDOView view = empty.openSession().openView();
                NavigatorViewer tree = UiThread.sync(() -> {
                    NavigatorViewer t = NavigatorViewer.show(RepositoryView.ID, shell, view, 2);
                    shell.open();
                    return t;
                });
                TreeItem masters = UiThread.sync(() -> tree.getTree().getItem(0));
                assertEquals(0, (int) UiThread.sync(masters::getItemCount));
                other.importMaster(ImportRequest.of("first", dir.resolve("web.img"), ImageFormat.RAW, "nas2"), null);
                UiThread.waitFor("master first", 15, () -> masters.getItemCount() == 1 && masters.getExpanded());
                assertEquals("first v1", UiThread.sync(() -> masters.getItem(0).getText(0)));
            }
        }
    }

    /**
     * A group of more clones than a page shows the first {@link NavigatorViewer#ROWS_PER_PAGE} and a "Show remaining"
     * row (its count stays the group's whole); a double-click on that row shows the rest. The clones are committed
     * straight to the repository (a big site without a thousand copies).
     */
    @Test
    void aGroupOfMoreClonesThanAPageShowsThemAPageAtATimeAndAllOfThemOnRequest() throws Exception {
        int extra = 50;
        int bulk = NavigatorViewer.ROWS_PER_PAGE + extra;
        CDOTransaction transaction = engineSession.openTransaction();
        try {
            Site site = (Site) transaction.getResource(SiteResources.SITE).getContents().get(0);
            Master web = site.getMasters().get(0);
            for (int i = 0; i < bulk; i++) {
                Clone clone = ModelFactory.eINSTANCE.createClone();
                clone.setName(String.format("web-b%04d", i));
                clone.setMetastate(Metastate.CLEAN);
                clone.setPlacement(Placement.UNASSIGNED);
                clone.setLocation("/nowhere/web-b" + i + ".img");
                clone.setCreated(new Date());
                site.getClones().add(clone);
                clone.setMaster(web);
            }
            transaction.commit();
        } finally {
            transaction.close();
        }
        int all = bulk + 1; // and web-01
        CDOView view = consoleSession.openView();
        NavigatorViewer tree = UiThread.sync(() -> {
            NavigatorViewer t = NavigatorViewer.show(RepositoryView.ID, shell, view, 3);
            shell.open();
            return t;
        });
        TreeItem group = UiThread.sync(() -> tree.getTree().getItem(0).getItem(0).getItem(0));
        UiThread.run(() -> {
            assertEquals("clean (" + all + ")", group.getText(0), "the count is the whole group's");
            tree.expandToLevel(group.getData(), 1);
            assertEquals(NavigatorViewer.ROWS_PER_PAGE + 1, group.getItemCount(), "a page of clones and the row for the rest");
            assertEquals("web-01", group.getItem(0).getText(0));
            TreeItem more = group.getItem(NavigatorViewer.ROWS_PER_PAGE);
            assertTrue(!(more.getData() instanceof Clone) && more.getText(0).contains(Integer.toString(all - NavigatorViewer.ROWS_PER_PAGE)),
                    more.getText(0));
        });

        UiThread.run(() -> {
            Event doubleClick = new Event(); // on the "Show remaining" row
            doubleClick.item = group.getItem(NavigatorViewer.ROWS_PER_PAGE);
            tree.getTree().notifyListeners(SWT.DefaultSelection, doubleClick);
            assertEquals(all, group.getItemCount(), "all the group's clones once the rest is asked for");
            assertEquals(String.format("web-b%04d", bulk - 1), group.getItem(all - 1).getText(0));
        });
    }

    private static List<String> texts(TreeItem[] items, int column) {
        List<String> result = new ArrayList<>();
        for (TreeItem item : items) {
            result.add(item.getText(column));
        }
        return result;
    }
}
