package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.encompass.core.query.SiteResources;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.ModelFactory;
import org.encompass.model.Placement;
import org.encompass.model.Site;
import org.encompass.model.VirtualMachine;
import org.encompass.persistence.EncompassRepository;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.NavigatorViewer;
import org.encompass.ui.internal.RepositoryView;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures (prints, does not assert on time) what an operator waits for with a big site: reopening
 * a repository of 10,000 clones and 1,000 machines, showing the navigator, and opening the biggest
 * folders (6,666 clean clones, 1,000 machines). The content is checked, so a broken tree fails.
 */
@ExtendWith(TestWorkbench.class)
class NavigatorPerformanceTest {
    private static final int CLONES = 10_000;
    private static final int MACHINES = 1_000;

    @TempDir
    Path dir;

    @Test
    void aNavigatorOverTenThousandClonesAndAThousandMachines() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display: run the build under xvfb-run (releng/scripts/test.sh does)");
        TestWorkbench.start(); // CNF's navigator viewer needs a running workbench
        try (EncompassRepository repository = EncompassRepository.open(dir.resolve("repo"))) {
            CDOSession writer = repository.openSession();
            fill(writer);
            writer.close();
        }
        long start = System.nanoTime();
        try (EncompassRepository repository = EncompassRepository.open(dir.resolve("repo"))) {
            long repositoryOpen = System.nanoTime();
            CDOSession session = repository.openSession();
            CDOView view = ConsoleSession.openConsoleView(session);
            long opened = System.nanoTime();
            Shell shell = UiThread.sync(() -> {
                Shell s = new Shell(UiThread.display());
                s.setLayout(new FillLayout());
                s.setSize(1000, 700);
                return s;
            });
            try {
                NavigatorViewer tree = UiThread.sync(() -> {
                    NavigatorViewer t = NavigatorViewer.show(RepositoryView.ID, shell, view, 2);
                    shell.open();
                    while (shell.getDisplay().readAndDispatch()) {
                        // paint
                    }
                    return t;
                });
                long shown = System.nanoTime();
                List<String> groups = new ArrayList<>();
                int[] counts = UiThread.sync(() -> {
                    TreeItem master = tree.getTree().getItem(0).getItem(0);
                    tree.expandToLevel(master.getData(), 2);
                    TreeItem host = tree.getTree().getItem(1).getItem(0);
                    tree.expandToLevel(host.getData(), 1);
                    while (shell.getDisplay().readAndDispatch()) {
                        // paint
                    }
                    groups.add(master.getItem(0).getText(0));
                    groups.add(master.getItem(1).getText(0));
                    return new int[] { master.getItem(0).getItemCount(), master.getItem(1).getItemCount(), host.getItemCount() };
                });
                long expanded = System.nanoTime();
                System.out.printf("navigator with %d clones and %d machines: open repository %.2f s, session + view %.2f s, tree shown %.2f s"
                        + " (console open + navigator fill %.2f s; goal <= 3 s); open the groups of 6,666 and 3,334 clones (a page of rows each) and 1,000 machines %.2f s%n",
                        CLONES, MACHINES, (repositoryOpen - start) / 1e9, (opened - repositoryOpen) / 1e9, (shown - opened) / 1e9, (shown - start) / 1e9, (expanded - shown) / 1e9);
                assertEquals(List.of("clean (6666)", "operational (3334)"), groups, "the groups' counts are whole");
                assertEquals(NavigatorViewer.ROWS_PER_PAGE + 1, counts[0], "a page of clones and the row for the rest");
                assertEquals(NavigatorViewer.ROWS_PER_PAGE + 1, counts[1], "a page of clones and the row for the rest");
                assertEquals(MACHINES, counts[2]);
                UiThread.screenshot("navigator-10000-clones.png", shell::getBounds);
            } finally {
                UiThread.run(shell::dispose);
                view.close();
                session.close();
            }
        }
    }

    /** Writes the site directly (as the repository benchmark does): the engine would copy 10,000 images. */
    private static void fill(CDOSession session) throws Exception {
        CDOTransaction transaction = session.openTransaction();
        try {
            CDOResource resource = transaction.getOrCreateResource(SiteResources.SITE);
            Site site = ModelFactory.eINSTANCE.createSite();
            site.setName("big");
            resource.getContents().add(site);
            Master master = ModelFactory.eINSTANCE.createMaster();
            master.setName("web");
            master.setVersion("1");
            master.setLocation("/nowhere/web.img");
            site.getMasters().add(master);
            HypervisorHost host = ModelFactory.eINSTANCE.createHypervisorHost();
            host.setName("lab");
            host.setKind("libvirt");
            host.setUri("test:///default");
            host.setReachable(true);
            site.getHosts().add(host);
            for (int i = 0; i < MACHINES; i++) {
                VirtualMachine vm = ModelFactory.eINSTANCE.createVirtualMachine();
                vm.setName(String.format("vm-%04d", i));
                vm.setArchitecture("x86_64");
                vm.setCpus(2);
                vm.setMemoryMiB(2048);
                vm.setReachable(true);
                host.getMachines().add(vm);
            }
            transaction.commit();
            for (int i = 0; i < CLONES; i++) {
                Clone clone = ModelFactory.eINSTANCE.createClone();
                clone.setName(String.format("web-%05d", i));
                clone.setMetastate(i % 3 == 0 ? Metastate.OPERATIONAL : Metastate.CLEAN);
                clone.setPlacement(Placement.UNASSIGNED);
                clone.setLocation("/nowhere/web-" + i + ".qcow2");
                clone.setCreated(new Date());
                site.getClones().add(clone);
                clone.setMaster(master);
                if ((i + 1) % 2000 == 0) {
                    transaction.commit();
                }
            }
            transaction.commit();
        } finally {
            transaction.close();
        }
    }
}
