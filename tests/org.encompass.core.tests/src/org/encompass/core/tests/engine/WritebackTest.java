package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.encompass.core.query.JournalEntries;
import org.encompass.core.tests.fake.FakeStorageDriver;
import org.encompass.core.tests.fake.Faults;
import org.encompass.model.Clone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write-behind clones: the fake storage writes SPARSE copies behind, as the file driver does. A copy is
 * registered before it is flushed, nothing runs on it before the flush, and after a crash that came
 * before the flush the copy is checked against its master: kept when complete, destroyed when not.
 */
class WritebackTest {
    @TempDir
    Path dir;
    EngineFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new EngineFixture(dir);
    }

    @AfterEach
    void tearDown() {
        FakeStorageDriver.flushGate = null;
        Faults.clear();
        f.close();
    }

    private boolean pending(String clone) {
        return f.read(site -> site.getClones().stream().filter(c -> c.getName().equals(clone)).findFirst()
                .map(Clone::isFlushPending).orElseThrow());
    }

    private String lastVerify() {
        return f.read(site -> JournalEntries.all(site).stream().filter(e -> e.getOperation().equals("verify"))
                .reduce((a, b) -> b).map(e -> e.getTarget() + " " + e.getOutcome() + ": " + e.getMessage()).orElse(null));
    }

    private static void waitUntil(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aCopyIsRegisteredPendingAndFlushedInTheBackground() throws Exception {
        FakeStorageDriver.flushGate = new CountDownLatch(1);
        String clone = f.engine.cloneMaster("web", null, null);
        assertEquals("CLEAN/UNASSIGNED", f.state(clone), "registered before its flush");
        assertTrue(pending(clone), "marked pending in the registering commit");
        FakeStorageDriver.flushGate.countDown();
        waitUntil(clone + " flushed", () -> !pending(clone));
        assertTrue(FakeStorageDriver.flushed().contains(f.imageOf(clone).toString()));
    }

    @Test
    void backgroundFlushesWaitWhileOtherCopiesRun() throws Exception {
        Faults.next("clone", Faults.Kind.HANG);
        org.eclipse.core.runtime.NullProgressMonitor slowCopy = new org.eclipse.core.runtime.NullProgressMonitor();
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> f.engine.cloneMaster("web", null, slowCopy));
        waitUntil("the slow copy", () -> Faults.HANGING.contains("clone"));
        String quick = f.engine.cloneMaster("web", null, null);
        Thread.sleep(300);
        assertTrue(pending(quick), "not flushed while another copy runs");
        slowCopy.setCanceled(true);
        assertThrows(java.util.concurrent.ExecutionException.class, () -> slow.get(20, TimeUnit.SECONDS));
        waitUntil(quick + " flushed once no copy runs", () -> !pending(quick));
    }

    @Test
    void nothingRunsOnAPendingCopyBeforeItsFlush() throws Exception {
        FakeStorageDriver.flushGate = new CountDownLatch(1);
        String clone = f.engine.cloneMaster("web", null, null);
        CompletableFuture<Void> assign = CompletableFuture.runAsync(() -> f.engine.assign(clone, "vm-01", null));
        Thread.sleep(300);
        assertFalse(assign.isDone(), "assign waits for the flush");
        assertEquals("CLEAN/UNASSIGNED", f.state(clone));
        FakeStorageDriver.flushGate.countDown();
        assign.get(20, TimeUnit.SECONDS);
        assertEquals("CLEAN/ASSIGNED", f.state(clone));
        assertFalse(pending(clone));
    }

    @Test
    void aFailedBackgroundFlushIsTriedAgainByTheNextOperation() throws Exception {
        Faults.next("flush", Faults.Kind.FAIL);
        String clone = f.engine.cloneMaster("web", null, null);
        waitUntil("the failed flush", () -> !Faults.pendingFor("flush"));
        assertTrue(pending(clone), "still pending after the failed flush");
        f.engine.assign(clone, "vm-01", null);
        assertFalse(pending(clone), "the assign flushed it first");
        assertEquals("CLEAN/ASSIGNED", f.state(clone));
    }

    @Test
    void aCompleteCopyLeftPendingByACrashIsVerifiedAndKept() {
        Faults.next("flush", Faults.Kind.CRASH);
        String clone = f.engine.cloneMaster("web", null, null);
        f.restart(); // the flush died with the process: the flag is still set
        assertTrue(pending(clone));
        f.engine.recoverInterrupted();
        assertFalse(pending(clone));
        assertEquals("CLEAN/UNASSIGNED", f.state(clone));
        String verify = lastVerify();
        assertTrue(verify.startsWith(clone + " SUCCEEDED: the copy survived the stop"), verify);
        assertTrue(FakeStorageDriver.flushed().contains(f.imageOf(clone).toString()), "flushed during the check");
        f.engine.assign(clone, "vm-01", null);
        assertEquals("CLEAN/ASSIGNED", f.state(clone));
    }

    @Test
    void aCopyWhoseBytesWereLostIsDestroyedAtRestart() throws Exception {
        Faults.next("flush", Faults.Kind.CRASH);
        String clone = f.engine.cloneMaster("web", null, null);
        Path image = f.imageOf(clone);
        f.restart();
        // What a power loss leaves of a copy still in the page cache: a file of the right name, wrong bytes.
        Files.writeString(image.resolve("etc/hosts"), "\0\0\0\0");
        f.engine.recoverInterrupted();
        assertEquals("DESTROYED", f.state(clone));
        assertFalse(pending(clone));
        assertFalse(Files.exists(image), "the damaged image is deleted");
        String verify = lastVerify();
        assertTrue(verify.startsWith(clone + " FAILED: the copy did not reach the disk"), verify);
        assertTrue(verify.contains("differs from its master's"), verify);
        assertEquals("web-02", f.engine.cloneMaster("web", null, null), "cloning again works");
    }

    private org.encompass.model.JournalEntry cloneEntry(String clone) {
        return f.read(site -> JournalEntries.all(site).stream().filter(e -> e.getOperation().equals("clone")
                && e.getArguments().contains("clone=" + clone)).reduce((x, y) -> y).orElseThrow());
    }

    private boolean registered(String clone) {
        return f.read(site -> site.getClones().stream().anyMatch(c -> c.getName().equals(clone)));
    }

    @Test
    void aCopyIsRegisteredBeforeItRunsAndItsJournalEntryEndsWithTheFlush() throws Exception {
        FakeStorageDriver.flushGate = new CountDownLatch(1);
        Faults.next("clone", Faults.Kind.HANG);
        CompletableFuture<String> cloning = CompletableFuture.supplyAsync(() -> f.engine.cloneMaster("web", null, null));
        waitUntil("the copy", () -> Faults.HANGING.contains("clone"));
        assertTrue(pending("web-01"), "registered, pending, in the commit that journaled the start");
        assertEquals("CLEAN/UNASSIGNED", f.state("web-01"));
        assertEquals(org.encompass.model.Outcome.RUNNING, cloneEntry("web-01").getOutcome());
        org.encompass.core.EncompassException busy = assertThrows(org.encompass.core.EncompassException.class,
                () -> f.engine.destroy("web-01", null));
        assertTrue(busy.getMessage().contains("busy"), busy.getMessage());

        Faults.release("clone");
        assertEquals("web-01", cloning.get(20, TimeUnit.SECONDS));
        java.util.Date returned = new java.util.Date();
        assertEquals(org.encompass.model.Outcome.RUNNING, cloneEntry("web-01").getOutcome(),
                "nothing was committed after the copy: the entry ends with the flush");
        Thread.sleep(50);
        FakeStorageDriver.flushGate.countDown();
        waitUntil("web-01 flushed", () -> !pending("web-01"));
        org.encompass.model.JournalEntry entry = cloneEntry("web-01");
        assertEquals(org.encompass.model.Outcome.SUCCEEDED, entry.getOutcome());
        assertEquals("CLEAN/UNASSIGNED", entry.getStateAfter());
        assertFalse(entry.getEnded().after(returned), "the entry keeps the time the copy ended, not the flush's");
    }

    @Test
    void aFailedCopyOfARegisteredCloneLeavesNoClone() {
        Faults.next("clone", Faults.Kind.FAIL);
        assertThrows(org.encompass.core.EncompassException.class, () -> f.engine.cloneMaster("web", null, null));
        assertFalse(registered("web-01"), "the clone registered before the copy is gone again");
        assertEquals(org.encompass.model.Outcome.FAILED, cloneEntry("web-01").getOutcome());
        assertTrue(cloneEntry("web-01").getMessage().contains("injected failure"), cloneEntry("web-01").getMessage());
        assertFalse(f.read(site -> site.getMasters().get(0).getClones().stream().anyMatch(c -> "web-01".equals(c.getName()))),
                "nor is it among its master's clones");
    }

    @Test
    void aCrashDuringTheCopyOfARegisteredCloneDestroysItAtRestart() throws Exception {
        Faults.next("clone", Faults.Kind.CRASH);
        assertThrows(Faults.SimulatedCrash.class, () -> f.engine.cloneMaster("web", null, null));
        f.restart();
        assertTrue(pending("web-01"), "registered before the copy, which never ended");
        Path image = dir.resolve("nas/web-01");
        deleteTree(image); // the copy had not been published when the process died
        assertEquals(java.util.List.of(), f.engine.recoverInterrupted(), "the check settled the clone's entry");
        assertEquals("DESTROYED", f.state("web-01"));
        String verify = lastVerify();
        assertTrue(verify.startsWith("web-01 FAILED: the copy did not reach the disk"), verify);
        org.encompass.model.JournalEntry entry = cloneEntry("web-01");
        assertEquals(org.encompass.model.Outcome.FAILED, entry.getOutcome());
        assertTrue(entry.getMessage().contains("the clone was destroyed when Encompass started again"), entry.getMessage());
        long id = entry.getId();
        f.engine.retry(id, null); // clones again, under a new name
        assertEquals("CLEAN/UNASSIGNED", f.state("web-02"));
        assertEquals(f.read(site -> JournalEntries.entry(site, id).getRetriedBy()).longValue(),
                cloneEntry("web-02").getId(), "linked to its retry");
        assertThrows(org.encompass.core.EncompassException.class, () -> f.engine.retry(id, null));
    }

    @Test
    void aCloneWhoseCopyEndedBeforeACrashIsKeptAndItsCloneIsNotRolledBack() throws Exception {
        Faults.next("clone", Faults.Kind.CRASH); // the fake crashes after its copy is complete
        assertThrows(Faults.SimulatedCrash.class, () -> f.engine.cloneMaster("web", null, null));
        f.restart();
        assertEquals(java.util.List.of(), f.engine.recoverInterrupted(), "the check settled the clone's entry");
        assertEquals("CLEAN/UNASSIGNED", f.state("web-01"));
        assertFalse(pending("web-01"));
        assertTrue(lastVerify().startsWith("web-01 SUCCEEDED: the copy survived the stop"), lastVerify());
        org.encompass.model.JournalEntry entry = cloneEntry("web-01");
        assertEquals(org.encompass.model.Outcome.SUCCEEDED, entry.getOutcome());
        assertTrue(entry.getMessage().contains("verified complete when Encompass started again"), entry.getMessage());
        long id = entry.getId();
        assertThrows(org.encompass.core.EncompassException.class, () -> f.engine.rollback(id, null));
        assertThrows(org.encompass.core.EncompassException.class, () -> f.engine.retry(id, null), "no duplicate clone");
        assertEquals(1L, (long) f.read(site -> (long) site.getClones().size()));
        assertTrue(Files.exists(f.imageOf("web-01")), "the kept clone's image stays");
    }

    @Test
    void aDriverThatCannotPlanItsCopyHasItRegisteredAfterTheCopy() throws Exception {
        FakeStorageDriver.planClones = false;
        try {
            Faults.next("clone", Faults.Kind.HANG);
            CompletableFuture<String> cloning = CompletableFuture.supplyAsync(() -> f.engine.cloneMaster("web", null, null));
            waitUntil("the copy", () -> Faults.HANGING.contains("clone"));
            assertFalse(registered("web-01"), "not registered while it is copied");
            Faults.release("clone");
            assertEquals("web-01", cloning.get(20, TimeUnit.SECONDS));
            assertTrue(registered("web-01"));
            waitUntil("web-01 flushed", () -> !pending("web-01"));
            assertEquals(org.encompass.model.Outcome.SUCCEEDED, cloneEntry("web-01").getOutcome());
        } finally {
            FakeStorageDriver.planClones = true;
        }
    }

    @Test
    void manyClonesAreAllRegisteredBeforeAnyCopyRuns() throws Exception {
        f.close();
        f = new EngineFixture(dir.resolve("serial"), org.encompass.core.EngineOptions.defaults().withMaxParallel(1)
                .withWriteBehindCopies(1).withCascading(false));
        FakeStorageDriver.flushGate = new CountDownLatch(1);
        Faults.next("clone", Faults.Kind.HANG);
        CompletableFuture<java.util.List<String>> cloning = CompletableFuture.supplyAsync(
                () -> f.engine.cloneMaster("web", 3, null, null));
        waitUntil("the first copy", () -> Faults.HANGING.contains("clone"));
        for (String clone : java.util.List.of("web-01", "web-02", "web-03")) {
            assertTrue(pending(clone), clone + " registered while the first of three copies (one at a time) runs");
        }
        Faults.release("clone");
        assertEquals(java.util.List.of("web-01", "web-02", "web-03"), cloning.get(20, TimeUnit.SECONDS));
        FakeStorageDriver.flushGate.countDown();
        waitUntil("all flushed", () -> !pending("web-01") && !pending("web-02") && !pending("web-03"));
    }

    @Test
    void cancellingManyClonesBeforeTheirCopiesRanRemovesTheirRegistrations() throws Exception {
        f.close();
        f = new EngineFixture(dir.resolve("serial"), org.encompass.core.EngineOptions.defaults().withMaxParallel(1)
                .withWriteBehindCopies(1).withCascading(false));
        Faults.next("clone", Faults.Kind.HANG);
        org.eclipse.core.runtime.NullProgressMonitor monitor = new org.eclipse.core.runtime.NullProgressMonitor();
        CompletableFuture<java.util.List<String>> cloning = CompletableFuture.supplyAsync(
                () -> f.engine.cloneMaster("web", 3, null, monitor));
        waitUntil("the first copy", () -> Faults.HANGING.contains("clone"));
        monitor.setCanceled(true);
        assertThrows(java.util.concurrent.ExecutionException.class, () -> cloning.get(20, TimeUnit.SECONDS));
        assertEquals(0, (int) f.read(site -> (int) site.getClones().stream().count()), "no clone stays registered");
        assertEquals(3, (int) f.read(site -> (int) JournalEntries.all(site).stream().filter(e -> e.getOperation().equals("clone")
                && e.getOutcome() == org.encompass.model.Outcome.FAILED).count()), "all three journaled as failed");
        assertFalse(Files.exists(dir.resolve("serial/nas/web-01")), "the cancelled copy left no file");
    }

    @Test
    void anotherConsoleRefusesACloneWhoseCopyStillRunsAndUsesItOnceItIsOnDisk() throws Exception {
        FakeStorageDriver.flushGate = new CountDownLatch(1);
        Faults.next("clone", Faults.Kind.HANG);
        CompletableFuture<String> cloning = CompletableFuture.supplyAsync(() -> f.engine.cloneMaster("web", null, null));
        waitUntil("the copy", () -> Faults.HANGING.contains("clone"));
        // A second session and engine on the same repository: another console, knowing nothing of the copy.
        org.eclipse.emf.cdo.session.CDOSession otherSession = f.repository.openSession();
        try (org.encompass.core.Engine other = new org.encompass.core.Engine(otherSession,
                org.encompass.core.EngineOptions.defaults())) {
            other.init("test");
            waitUntil("the other session sees web-01", () -> other.read(site -> site.getClones().stream()
                    .anyMatch(c -> c.getName().equals("web-01"))));
            org.encompass.core.EncompassException refused = assertThrows(org.encompass.core.EncompassException.class,
                    () -> other.assign("web-01", "vm-01", null));
            assertTrue(refused.getMessage().contains("still being copied"), refused.getMessage());
            assertEquals("CLEAN/UNASSIGNED", f.state("web-01"), "the refusal changed nothing");

            Faults.release("clone");
            cloning.get(20, TimeUnit.SECONDS);
            FakeStorageDriver.flushGate.countDown();
            waitUntil("web-01 flushed and its entry ended", () -> !pending("web-01")
                    && cloneEntry("web-01").getOutcome() == org.encompass.model.Outcome.SUCCEEDED);
            waitUntil("the other session sees it", () -> other.read(site -> site.getClones().stream()
                    .anyMatch(c -> c.getName().equals("web-01") && !c.isFlushPending())));
            other.assign("web-01", "vm-01", null);
            assertEquals("CLEAN/ASSIGNED", other.read(site -> org.encompass.core.query.States.of(site
                    .getClones().stream().filter(c -> c.getName().equals("web-01")).findFirst().orElseThrow()).toString()));
            // The first console learns of the other's commit asynchronously (CDO's passive update).
            waitUntil("the first console sees the assignment", () -> f.state("web-01").equals("CLEAN/ASSIGNED"));
        } finally {
            otherSession.close();
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void recoveryLeavesFlushedClonesAlone() {
        String clone = f.engine.cloneMaster("web", null, null);
        f.restart(); // close waits for the background flush
        assertFalse(pending(clone));
        f.engine.recoverInterrupted();
        assertEquals(null, lastVerify(), "nothing to verify");
        assertEquals("clone", f.read(site -> JournalEntries.all(site).get(JournalEntries.all(site).size() - 1).getOperation()),
                "the clone's own entry is the last");
    }
}
