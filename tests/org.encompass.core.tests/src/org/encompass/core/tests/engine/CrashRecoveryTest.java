package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.encompass.core.EncompassException;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.spi.PowerState;
import org.encompass.core.tests.fake.FakeHypervisorDriver;
import org.encompass.core.tests.fake.Faults;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A "crash" (an Error the engine does not catch, as if the process died) in the middle of an
 * operation, then a restart: the state is the old one, the journal says INTERRUPTED, and the
 * operator can retry or roll back.
 */
class CrashRecoveryTest {
    @TempDir
    Path dir;
    EngineFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new EngineFixture(dir);
    }

    @AfterEach
    void tearDown() {
        Faults.clear();
        f.close();
    }

    /** The outcome and message of the newest journal entry of {@code operation}. */
    private record Seen(Outcome outcome, String message) {
        Outcome getOutcome() {
            return outcome;
        }

        String getMessage() {
            return message;
        }
    }

    private Seen crashed(String operation) {
        return f.read(site -> {
            JournalEntry e = JournalEntries.all(site).stream().filter(x -> x.getOperation().equals(operation))
                    .reduce((a, b) -> b).orElseThrow();
            return new Seen(e.getOutcome(), e.getMessage());
        });
    }

    @Test
    void anInterruptedCloneThatRegisteredNothingIsRolledBackAtStartAndFreesItsName() {
        Faults.next("clone", Faults.Kind.CRASH);
        // FULL: the fake writes it durably, so it is registered after its copy (write-behind ones: WritebackTest)
        assertThrows(Faults.SimulatedCrash.class,
                () -> f.engine.cloneMaster("web", org.encompass.core.spi.CloneMethod.FULL, null));
        assertEquals(Outcome.RUNNING, crashed("clone").getOutcome());
        assertTrue(Files.exists(dir.resolve("nas/web-01")), "the copy was made before the crash");

        f.restart();
        assertEquals(List.of(), f.engine.recoverInterrupted(), "nothing is left for the operator");
        Seen entry = crashed("clone");
        assertEquals(Outcome.ROLLED_BACK, entry.getOutcome());
        assertTrue(entry.getMessage().contains("rolled back when Encompass started again"), entry.getMessage());
        assertFalse(Files.exists(dir.resolve("nas/web-01")), "stray image removed");
        assertEquals(0, (int) f.read(s -> s.getClones().size()), "no clone registered: the old state");
        assertEquals("web-01", f.engine.cloneMaster("web", org.encompass.core.spi.CloneMethod.FULL, null),
                "the name is free again");
    }

    private JournalEntry newest(String operation) {
        return f.read(site -> JournalEntries.all(site).stream().filter(x -> x.getOperation().equals(operation))
                .reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void aSuccessfulRetryEndsTheEntryLinksItToTheRetryAndRefusesASecondOne() {
        String clone = f.engine.cloneMaster("web", null, null);
        f.engine.assign(clone, "vm-03", null);
        f.engine.attach(clone, null);
        Faults.next("activate", Faults.Kind.CRASH);
        assertThrows(Faults.SimulatedCrash.class, () -> f.engine.activate(clone, null));
        f.restart();
        long id = f.engine.recoverInterrupted().get(0);

        f.engine.retry(id, null);
        long retry = newest("activate").getId();
        assertTrue(retry > id, "the retry has its own entry");
        JournalEntry retried = f.read(site -> JournalEntries.entry(site, id));
        assertEquals(Outcome.SUCCEEDED, retried.getOutcome());
        assertEquals(retry, retried.getRetriedBy());
        assertEquals("interrupted, then succeeded by its retry #" + retry, retried.getMessage());
        assertEquals("OPERATIONAL/ACTIVE", retried.getStateAfter());

        EncompassException again = assertThrows(EncompassException.class, () -> f.engine.retry(id, null));
        assertEquals("journal entry #" + id + " was retried already, by #" + retry + "; it cannot be retried again",
                again.getMessage());
        EncompassException undo = assertThrows(EncompassException.class, () -> f.engine.rollback(id, null));
        assertTrue(undo.getMessage().contains("SUCCEEDED (by its retry #" + retry + ")"), undo.getMessage());
        assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
    }

    @Test
    void aRetryThatFailsLeavesTheEntryOpenForAnotherTry() {
        String clone = f.engine.cloneMaster("web", null, null);
        f.engine.assign(clone, "vm-03", null);
        f.engine.attach(clone, null);
        Faults.next("activate", Faults.Kind.CRASH);
        assertThrows(Faults.SimulatedCrash.class, () -> f.engine.activate(clone, null));
        f.restart();
        long id = f.engine.recoverInterrupted().get(0);
        Faults.next("activate", Faults.Kind.FAIL);
        assertThrows(EncompassException.class, () -> f.engine.retry(id, null));
        JournalEntry open = f.read(site -> JournalEntries.entry(site, id));
        assertEquals(Outcome.INTERRUPTED, open.getOutcome());
        assertEquals(0, open.getRetriedBy());
        f.engine.retry(id, null);
        assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
    }

    @Test
    void anInterruptedCaptureIsRetriedOverWhatItLeft() throws Exception {
        String clone = f.engine.cloneMaster("web", null, null);
        f.engine.assign(clone, "vm-01", null);
        f.engine.attach(clone, null);
        f.engine.activate(clone, null);
        f.engine.deactivate(clone, null);
        f.engine.detach(clone, null);
        f.engine.unassign(clone, null);
        f.engine.reconfigure(clone, null);
        Faults.next("capture", Faults.Kind.CRASH);
        assertThrows(Faults.SimulatedCrash.class, () -> f.engine.capture(clone, "web-v2", null));
        f.restart();
        long id = f.engine.recoverInterrupted().get(0);
        Files.createDirectories(dir.resolve("nas/web-v2/etc")); // what a copy cut short would have left
        assertTrue(Files.exists(f.imageOf(clone)), "the clone's own image is kept until the capture is committed");

        f.engine.retry(id, null);
        assertEquals("CAPTURED", f.state(clone));
        assertEquals(Outcome.SUCCEEDED, f.read(site -> JournalEntries.entry(site, id)).getOutcome());
        assertTrue(Files.exists(dir.resolve("nas/web-v2/etc/hostname")), "the retry made a complete copy");
    }

    @Test
    void interruptedActivateCanBeRetried() {
        String clone = f.engine.cloneMaster("web", null, null);
        f.engine.assign(clone, "vm-03", null);
        f.engine.attach(clone, null);
        Faults.next("activate", Faults.Kind.CRASH);
        assertThrows(Faults.SimulatedCrash.class, () -> f.engine.activate(clone, null));

        f.restart();
        long id = f.engine.recoverInterrupted().get(0);
        assertEquals("CLEAN/ATTACHED", f.state(clone), "old state, never a mix");
        f.engine.retry(id, null);
        assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
        assertEquals(PowerState.RUNNING, FakeHypervisorDriver.vm(f.hostUri, "vm-03").power);
        assertTrue(crashed("activate").getOutcome() == Outcome.SUCCEEDED);
    }

    @Test
    void interruptedAttachRolledBackDetachesTheMachine() {
        String clone = f.engine.cloneMaster("web", null, null);
        f.engine.assign(clone, "vm-02", null);
        FakeHypervisorDriver.vm(f.hostUri, "vm-02").disk = "left over by a half-done attach";
        Faults.next("attach", Faults.Kind.CRASH);
        assertThrows(Faults.SimulatedCrash.class, () -> f.engine.attach(clone, null));
        f.restart();
        long id = f.engine.recoverInterrupted().get(0);
        f.engine.rollback(id, null);
        assertEquals(null, FakeHypervisorDriver.vm(f.hostUri, "vm-02").disk);
        assertEquals("CLEAN/ASSIGNED", f.state(clone));
        JournalEntry rolledBack = newest("attach");
        assertEquals(Outcome.ROLLED_BACK, rolledBack.getOutcome());
        assertTrue(rolledBack.getMessage().startsWith("rolled back; clone " + clone + " is CLEAN/ASSIGNED on "),
                rolledBack.getMessage()); // read back after the rollback
        assertEquals("CLEAN/ASSIGNED", rolledBack.getStateAfter());
    }

    @Test
    void driverFailureIsJournaledAndLeavesTheStateAlone() {
        String clone = f.engine.cloneMaster("web", null, null);
        f.engine.setVariables(clone, Map.of("hostname", "x"));
        f.engine.assign(clone, "vm-01", null);
        Faults.next("attach", Faults.Kind.FAIL);
        EncompassException e = assertThrows(EncompassException.class, () -> f.engine.attach(clone, null));
        assertEquals("attach web-01 failed: injected failure in attach", e.getMessage());
        assertEquals("CLEAN/ASSIGNED", f.state(clone));
        assertEquals("attach FAILED: injected failure in attach", f.lastOutcome());
        f.engine.attach(clone, null);
        assertEquals("CLEAN/ATTACHED", f.state(clone));
    }
}
