package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.encompass.core.Engine;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.query.SiteLookup;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.model.ServiceUpdate;
import org.encompass.model.UpdatePhase;
import org.encompass.ui.diagram.internal.DiagramContent;
import org.encompass.ui.diagram.internal.LifecycleGraph;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.JournalView;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.updates.ServiceUpdateView;
import org.encompass.ui.internal.wizards.ServiceUpdateWizard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service update driven from the console (issue 18) on two machines of the console's libvirt test host: the
 * wizard starts it (maintenance clone on a machine), the Service Update view captures, rolls out one machine at
 * a time and pauses after the first batch, continues, rolls back and finishes, each through the engine's update
 * calls in a Job; the view, the navigator's marks and the lifecycle diagram follow the model live, and the
 * journal lists every step. One scenario, so one test whose steps are the methods below.
 */
@ExtendWith(TestWorkbench.class)
class ServiceUpdateConsoleTest {
    private static final String MASTER = "svc";

    @TempDir
    static Path dir;
    static IWorkbench workbench;
    static Engine engine;
    static List<String> machines;
    static String maintenanceMachine;

    @BeforeAll
    static void openConsole() throws Exception {
        Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "no X display: run the build under xvfb-run (releng/scripts/test.sh does)");
        workbench = TestWorkbench.start();
        engine = ConsolePlugin.getDefault().session().engine();
        UpdateConsoleDriver.importMaster(engine, dir, MASTER);
        // Two machines (other classes of the run may hold the rest): the maintenance clone runs on the second until
        // the capture frees it; then a second clone of the old master goes there, and the rollout moves both.
        machines = UpdateConsoleDriver.freeMachines(engine, MASTER, 2);
        maintenanceMachine = machines.get(1);
    }

    @AfterAll
    static void cleanUp() {
        if (engine != null) {
            UpdateConsoleDriver.removeAll(engine, List.of(MASTER, MASTER + "-v2"));
        }
    }

    @Test
    void anUpdateStartedByTheWizardIsCapturedRolledOutPausedContinuedRolledBackFinishedAndJournaled() throws Exception {
        // The old master's clones, machine by machine: the first machine's now, the second's once the capture frees it.
        List<String> olds = new ArrayList<>(UpdateConsoleDriver.deployActive(engine, MASTER, machines.subList(0, 1)));
        String update = theWizardStartsAnUpdateWithItsMaintenanceCloneOnAMachineAndTheViewShowsIt(olds);
        theViewCapturesRollsOutOneBatchPausesThenContinues(olds);
        rollbackReturnsEveryMachineToItsStandbyCloneAndFinishClosesTheUpdate(olds);
        theJournalViewListsTheUpdatesSteps(update);
    }

    /** Returns the update's name. */
    private static String theWizardStartsAnUpdateWithItsMaintenanceCloneOnAMachineAndTheViewShowsIt(List<String> olds) throws Exception {
        RepositoryView view = UpdateConsoleDriver.repositoryView(workbench);
        UpdateConsoleDriver.select(view, UiThread.sync(() -> UpdateConsoleDriver.item(view, MASTER + " v1").getData()));
        assertTrue(UpdateConsoleDriver.contextMenu(view).contains("Service Update..."), UpdateConsoleDriver.contextMenu(view).toString());
        UpdateConsoleDriver.executeLater(workbench, "org.encompass.ui.commands.service-update");
        UiThread.waitFor("the service update wizard", 30, () -> UpdateConsoleDriver.window(WizardDialog.class) != null);
        WizardDialog dialog = UiThread.sync(() -> UpdateConsoleDriver.window(WizardDialog.class));
        assertTrue(UiThread.sync(() -> dialog.getCurrentPage().getWizard()) instanceof ServiceUpdateWizard);
        WizardBot bot = new WizardBot(dialog);
        assertEquals(MASTER, UiThread.sync(() -> bot.chosen("Master:")), "the selected master is preselected");
        UiThread.run(() -> {
            List<String> offered = bot.items("Maintenance clone runs on:");
            assertFalse(offered.contains(machines.get(0)), "a busy machine is not offered: " + offered);
            assertTrue(offered.contains(maintenanceMachine), offered.toString());
            assertEquals("unassigned (booted once on a free machine)", offered.get(offered.size() - 1), "offered last");
            bot.choose("Maintenance clone runs on:", maintenanceMachine);
        });
        UiThread.screenshot("console-service-update-wizard.png", () -> dialog.getShell().getBounds());
        UiThread.run(() -> UpdateConsoleDriver.press(dialog.getShell(), "Finish"));

        UiThread.waitFor("the update in MAINTENANCE", 120, () -> phase() == UpdatePhase.MAINTENANCE);
        String update = read(ServiceUpdate::getName);
        assertEquals(maintenanceMachine, read(ServiceUpdate::getMaintenanceMachine));
        String maintenance = read(ServiceUpdate::getMaintenanceClone);
        assertEquals("MAINTENANCE/ACTIVE", UpdateConsoleDriver.state(engine, maintenance));
        WizardBot updates = updateView();
        UiThread.waitFor("the view showing " + update + " in MAINTENANCE", 60,
                () -> updates.shows(update + ": " + MASTER + " -> ? · phase MAINTENANCE"));
        assertTrue(UiThread.sync(() -> updates.button("Capture").isEnabled()));
        assertFalse(UiThread.sync(() -> updates.button("Roll Out").isEnabled()));

        // Marked in the navigator and in the lifecycle diagram's chips and tooltips.
        waitForItem(view, maintenance + " [maintenance]");
        waitForItem(view, olds.get(0) + " [old]");
        assertTrue(diagramChips().contains(maintenance + " [maintenance] \u2192 "
                + maintenanceMachine.substring(maintenanceMachine.indexOf('/') + 1) + " | " + maintenance
                + ": MAINTENANCE/ACTIVE, a clone of " + MASTER + "; maintenance in service update " + update), diagramChips().toString());
        return update;
    }

    private static void theViewCapturesRollsOutOneBatchPausesThenContinues(List<String> olds) throws Exception {
        WizardBot updates = updateView();
        UiThread.run(() -> {
            UpdateConsoleDriver.press(updates.button("Capture"));
            assertFalse(updates.button("Capture").isEnabled(), "one step at a time");
        });
        UiThread.waitFor("the update CAPTURED", 120, () -> phase() == UpdatePhase.CAPTURED);
        assertEquals(null, UpdateConsoleDriver.cloneOn(engine, maintenanceMachine), "the capture freed the maintenance machine");
        olds.addAll(UpdateConsoleDriver.deployActive(engine, MASTER, List.of(maintenanceMachine)));
        UiThread.waitFor("two machines waiting, Roll Out enabled", 60,
                () -> statuses(updates).equals(List.of("WAITING", "WAITING")) && updates.button("Roll Out").isEnabled());
        assertFalse(UiThread.sync(() -> updates.button("Capture").isEnabled()), "captured once");

        // Roll out one machine at a time, and pause at once: the batch running ends, no other starts.
        UiThread.run(() -> {
            updates.first(Spinner.class).setSelection(1);
            UpdateConsoleDriver.press(updates.button("Roll Out"));
            assertFalse(updates.button("Roll Out").isEnabled(), "one rollout at a time");
            UpdateConsoleDriver.press(updates.button("Pause"));
        });
        UiThread.waitFor("the rollout paused after one batch", 120,
                () -> updates.button("Continue").isEnabled() && statuses(updates).equals(List.of("DONE", "WAITING")));
        assertEquals(UpdatePhase.ROLLED_OUT, phase());
        String moved = machines.get(0);
        String fresh = UpdateConsoleDriver.cloneOn(engine, moved);
        assertEquals(MASTER + "-v2", engine.read(site -> SiteLookup.clone(site, fresh).getMaster().getName()));
        assertEquals("OPERATIONAL/UNASSIGNED", UpdateConsoleDriver.state(engine, olds.get(0)), "on standby");
        assertEquals(olds.get(1), UpdateConsoleDriver.cloneOn(engine, machines.get(1)), "not moved: paused");
        RepositoryView view = UpdateConsoleDriver.repositoryView(workbench);
        waitForItem(view, olds.get(0) + " [standby]");
        waitForItem(view, fresh + " [new]");
        waitForItem(view, olds.get(1) + " [old]");
        UiThread.screenshot("console-service-update-paused.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());

        UiThread.run(() -> UpdateConsoleDriver.press(updates.button("Continue")));
        UiThread.waitFor("every machine moved", 180,
                () -> updates.button("Roll Back").isEnabled() && statuses(updates).equals(List.of("DONE", "DONE")));
        assertEquals(UpdatePhase.ROLLED_OUT, phase());
        for (int i = 0; i < machines.size(); i++) {
            String now = UpdateConsoleDriver.cloneOn(engine, machines.get(i));
            assertEquals("OPERATIONAL/ACTIVE", UpdateConsoleDriver.state(engine, now));
            assertEquals(MASTER + "-v2", engine.read(site -> SiteLookup.clone(site, now).getMaster().getName()));
            assertEquals("OPERATIONAL/UNASSIGNED", UpdateConsoleDriver.state(engine, olds.get(i)));
        }
    }

    private static void rollbackReturnsEveryMachineToItsStandbyCloneAndFinishClosesTheUpdate(List<String> olds) throws Exception {
        WizardBot updates = updateView();
        List<String> news = new ArrayList<>();
        machines.forEach(m -> news.add(UpdateConsoleDriver.cloneOn(engine, m)));
        UiThread.run(() -> UpdateConsoleDriver.press(updates.button("Roll Back")));
        UiThread.waitFor("the update ROLLED_BACK", 180, () -> phase() == UpdatePhase.ROLLED_BACK && updates.button("Finish").isEnabled());
        for (int i = 0; i < machines.size(); i++) {
            assertEquals(olds.get(i), UpdateConsoleDriver.cloneOn(engine, machines.get(i)));
            assertEquals("OPERATIONAL/ACTIVE", UpdateConsoleDriver.state(engine, olds.get(i)));
            assertEquals("DESTROYED", UpdateConsoleDriver.state(engine, news.get(i)));
        }
        assertEquals(List.of("ROLLED_BACK", "ROLLED_BACK"), UiThread.sync(() -> statuses(updates)));

        UiThread.run(() -> UpdateConsoleDriver.press(updates.button("Finish")));
        UiThread.waitFor("the update FINISHED", 120, () -> phase() == UpdatePhase.FINISHED);
        RepositoryView view = UpdateConsoleDriver.repositoryView(workbench);
        waitForItem(view, olds.get(0)); // no mark once the update is over
    }

    private static void theJournalViewListsTheUpdatesSteps(String update) throws Exception {
        JournalView journal = ConsoleFixture.showView(JournalView.class, JournalView.ID);
        List<String> expected = List.of("update-start", "update-capture", "update-rollout", "update-rollout",
                "update-rollback", "update-finish");
        List<String> journaled = engine.read(site -> JournalEntries.all(site).stream()
                .filter(e -> e.getOperation().startsWith("update-") && e.getOutcome() == Outcome.SUCCEEDED)
                .filter(e -> update.equals(e.getTarget()))
                .map(JournalEntry::getOperation).toList());
        assertEquals(expected, journaled, "one rollout entry per batch (batch 1: before the pause, after continue)");
        UiThread.run(() -> WizardBot.of(journal).first(Text.class).setText(update)); // the view's filter
        UiThread.waitFor("the journal view filtered on " + update, 60, () -> WizardBot.of(journal).column(3)
                .containsAll(List.of("update-capture", "update-rollout", "update-rollback", "update-finish")));
        UiThread.run(() -> WizardBot.of(journal).first(Text.class).setText(""));
    }

    /** The Service Update view, driven through its widgets. */
    private static WizardBot updateView() {
        return WizardBot.of(UiThread.sync(() -> {
            IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
            return (ServiceUpdateView) page.findView(ServiceUpdateView.ID);
        }));
    }

    /** The Status column of the view's machines, row by row. */
    private static List<String> statuses(WizardBot view) {
        return view.column(3);
    }

    private static UpdatePhase phase() {
        return engine.read(site -> site.getUpdates().stream().filter(u -> u.getOldMaster().equals(MASTER))
                .reduce((a, b) -> b).map(ServiceUpdate::getPhase).orElse(null));
    }

    private static <T> T read(Function<ServiceUpdate, T> field) {
        return engine.read(site -> site.getUpdates().stream().filter(u -> u.getOldMaster().equals(MASTER))
                .reduce((a, b) -> b).map(field).orElseThrow());
    }

    private static void waitForItem(RepositoryView view, String text) throws InterruptedException {
        UiThread.waitFor("the navigator item " + text, 60, () -> UpdateConsoleDriver.findItem(view, text) != null);
    }

    /** Each chip of the diagram as "label | tooltip". */
    private static List<String> diagramChips() {
        return UiThread.sync(() -> {
            LifecycleGraph graph = LifecycleGraph.fromRules();
            DiagramContent content = DiagramContent.of(graph, ConsolePlugin.getDefault().session().site(), MASTER);
            List<String> labels = new ArrayList<>();
            graph.nodes().forEach(n -> content.in(n).forEach(e -> labels.add(e.label() + " | " + e.detail())));
            return labels;
        });
    }
}
