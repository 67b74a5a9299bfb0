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
        return f.read(site -> site.getJournal().stream().filter(e -> e.getOperation().equals("verify"))
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

    @Test
    void recoveryLeavesFlushedClonesAlone() {
        String clone = f.engine.cloneMaster("web", null, null);
        f.restart(); // close waits for the background flush
        assertFalse(pending(clone));
        f.engine.recoverInterrupted();
        assertEquals(null, lastVerify(), "nothing to verify");
        assertEquals("clone", f.read(site -> site.getJournal().get(site.getJournal().size() - 1).getOperation()),
                "the clone's own entry is the last");
    }
}
