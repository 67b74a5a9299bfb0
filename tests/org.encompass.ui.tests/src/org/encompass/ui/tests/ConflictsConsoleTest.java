package org.encompass.ui.tests;

import static org.encompass.ui.tests.ConsoleFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.encompass.core.query.SiteLookup;
import org.encompass.ui.internal.MachinesView;
import org.encompass.ui.internal.RepositoryView;
import org.encompass.ui.internal.conflicts.ConflictsView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Conflicts of discovery and reconciliation in the console: live rows, marked machines, both resolutions and a refused one.
 * Each test resolves the conflicts it makes and gives the machine back the MAC addresses it found.
 */
@ExtendWith(ConsoleFixture.class)
class ConflictsConsoleTest {
    @Test
    void aConflictAppearsLiveAndMarksItsMachineAndAcceptDiscoveredSettlesIt() throws Exception {
        ConflictScenarios c = new ConflictScenarios(workbench);
        ConflictsView view = c.conflictsView();
        List<String> found = ConflictScenarios.macs("test/vm-05");
        try {
            acceptDiscovered(c, view);
        } finally {
            ConflictScenarios.setMacs("test/vm-05", found);
        }
    }

    private static void acceptDiscovered(ConflictScenarios c, ConflictsView view) throws Exception {
        assertEquals(List.of(), UiThread.sync(() -> ConflictScenarios.rows(view)), "no open conflict before this test makes one");
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
        ConflictScenarios.showResolved(view, true);
        c.waitForRows(view, "the resolved conflict", r -> !r.isEmpty());
        // Other tests' resolved conflicts are listed too: this conflict's row, once.
        List<String> rows = UiThread.sync(() -> ConflictScenarios.rows(view)).stream().filter(r -> r.startsWith(id + " ")).toList();
        assertEquals(1, rows.size(), rows::toString);
        assertTrue(rows.get(0).startsWith(id + " mac-mismatch test/vm-05") && rows.get(0).contains("accept-discovered by "), rows::toString);
        ConflictScenarios.showResolved(view, false);
    }

    @Test
    void discoverNowFindsTheContradictionAndKeepModelSettlesIt() throws Exception {
        ConflictScenarios c = new ConflictScenarios(workbench);
        ConflictsView view = c.conflictsView();
        List<String> found = ConflictScenarios.macs("test/vm-05");
        // The model records a MAC that libvirt's vm-05 does not have (as another console would write it).
        ConflictScenarios.setMacs("test/vm-05", List.of("52:54:00:de:ad:05"));
        try {
            keepModel(c, view);
        } finally {
            ConflictScenarios.setMacs("test/vm-05", found);
        }
    }

    private static void keepModel(ConflictScenarios c, ConflictsView view) throws Exception {
        UiThread.run(() -> view.getSite().getPage().activate(view));
        UiThread.waitFor("the model recording 52:54:00:de:ad:05 for vm-05", 30,
                () -> ConflictScenarios.macs("test/vm-05").equals(List.of("52:54:00:de:ad:05")) && engine.read(site -> List.copyOf(
                        SiteLookup.machine(site, "test/vm-05").getMacAddresses())).equals(List.of("52:54:00:de:ad:05")));
        // Discovery must say so.
        c.execute("discover");
        int hosts = engine.read(site -> site.getHosts().size()); // the test host, and those other classes added
        UiThread.waitFor("the discovery summary in the status line", 120,
                () -> statusLineText().contains("Discovery: " + hosts + " host(s) reachable of " + hosts));
        assertTrue(UiThread.sync(ConsoleFixture::statusLineText).contains("1 open conflict(s)"), UiThread.sync(ConsoleFixture::statusLineText));
        c.waitForRows(view, "the discovered MAC mismatch", rows -> rows.size() == 1 && rows.get(0).contains(" mac-mismatch test/vm-05 "));
        long id = Long.parseLong(UiThread.sync(() -> ConflictScenarios.rows(view)).get(0).split(" ")[0]);
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
    void aRefusedResolutionShowsTheEnginesMessage() throws Exception {
        ConflictScenarios c = new ConflictScenarios(workbench);
        ConflictsView view = c.conflictsView();
        long id = c.writeConflict("colour-mismatch", "test/vm-06", "vm-06 turned blue", "red", "blue");
        c.waitForRows(view, "conflict #" + id, rows -> rows.size() == 1);
        c.select(view, id);
        UiThread.waitFor("accept-discovered enabled", 30, () -> c.enabled("accept-discovered"));
        c.execute("accept-discovered");
        String message = "conflict #" + id + " has unknown kind colour-mismatch";
        UiThread.waitFor("the refusal dialog", 60, () -> dialogWith(message) != null);
        UiThread.screenshot("console-conflict-refused.png", () -> dialogWith(message).getBounds());
        UiThread.run(() -> dialogWith(message).close());
        assertEquals(1, UiThread.sync(() -> ConflictScenarios.rows(view)).size(), "still open");
        c.select(view, id);
        UiThread.waitFor("keep-model enabled", 30, () -> c.enabled("keep-model"));
        c.execute("keep-model");
        c.waitForRows(view, "no open conflict", List::isEmpty);
    }
}
