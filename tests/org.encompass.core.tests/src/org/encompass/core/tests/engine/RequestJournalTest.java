package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.cdo.common.revision.CDORevision;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.encompass.core.EncompassException;
import org.encompass.core.internal.ModelAccess;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.tests.fake.Faults;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository server's requests in the journal ({@code Engine.request}), on a real repository: a request that is one
 * lifecycle transition costs no commit of its own (its entry is committed with its operation's start, or with its
 * refusal, and ended with its operation's completion), keeps the journal's guarantees (committed before the driver
 * acts and before "accepted", both entries RUNNING after a crash in the driver's action and INTERRUPTED at the
 * restart, the retry linked, every entry naming the user), and any other request is journaled in a commit of its own
 * before it runs. Revisions tell the commits apart: CDO stamps each with its commit's time.
 */
class RequestJournalTest {
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

    /** An entry as committed: outcome, user, message, operation, and its revision's version and commit time. */
    private record Seen(long id, String operation, Outcome outcome, String user, String message, int version, long commit) {
    }

    private Seen seen(long id) {
        return f.read(site -> seen(JournalEntries.entry(site, id)));
    }

    private static Seen seen(JournalEntry e) {
        CDORevision revision = CDOUtil.getCDOObject(e).cdoRevision();
        return new Seen(e.getId(), e.getOperation(), e.getOutcome(), e.getUser(), e.getMessage(), revision.getVersion(),
                revision.getTimeStamp());
    }

    /** The newest entry of {@code operation}. */
    private Seen newest(String operation) {
        return f.read(site -> seen(JournalEntries.all(site).stream().filter(x -> x.getOperation().equals(operation))
                .reduce((a, b) -> b).orElseThrow()));
    }

    private String attachedClone() {
        String clone = f.engine.cloneMaster("web", null, null);
        f.engine.assign(clone, "vm-02", null);
        f.engine.attach(clone, null);
        return clone;
    }

    /** Runs {@code kind} on {@code clone} as the server runs a transition, for alice; {@code accepted} sees the journal. */
    private String transition(String kind, String clone, List<Seen[]> accepted) {
        return f.engine.actingFor("alice", () -> f.engine.request(kind, clone, Map.of(),
                id -> accepted.add(new Seen[] { seen(id), newest(kind) }),
                () -> {
                    f.engine.run(Operation.fromLabel(kind), clone, Map.of(), null);
                    return "";
                }));
    }

    @Test
    void aTransitionRequestIsCommittedWithItsOperationsStartAndEndedWithItsCompletion() {
        String clone = attachedClone();
        List<Seen[]> accepted = new ArrayList<>();
        assertEquals("", transition("activate", clone, accepted));

        assertEquals(1, accepted.size(), "accepted once");
        Seen request = accepted.get(0)[0];
        Seen operation = accepted.get(0)[1];
        assertEquals(Outcome.RUNNING, request.outcome(), "accepted once committed, before the driver acted");
        assertEquals(Outcome.RUNNING, operation.outcome());
        assertEquals(request.commit(), operation.commit(), "the request's entry rides on its operation's start");
        assertTrue(request.id() < operation.id(), "the request comes first: " + request + " " + operation);

        Seen ended = seen(request.id());
        Seen done = seen(operation.id());
        assertEquals(Outcome.SUCCEEDED, ended.outcome());
        assertEquals("done", ended.message());
        assertEquals(Outcome.SUCCEEDED, done.outcome());
        assertEquals(2, ended.version(), "begun and ended: no commit of its own");
        assertEquals(done.commit(), ended.commit(), "ended with its operation's completion");
        assertEquals("alice", ended.user());
        assertEquals("alice", done.user());
        assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
    }

    @Test
    void aRefusedOrFailedTransitionRequestEndsFailedWithTheReason() {
        String clone = attachedClone();
        String before = f.state(clone);
        List<Seen[]> accepted = new ArrayList<>();
        EncompassException refused = assertThrows(EncompassException.class, () -> transition("detach", "nosuch", accepted));
        Seen request = seen(accepted.get(0)[0].id());
        assertEquals(Outcome.FAILED, request.outcome());
        assertEquals(refused.getMessage(), request.message());
        Seen refusal = newest("detach");
        assertEquals(Outcome.FAILED, refusal.outcome(), "the refusal is journaled as ever");
        assertEquals(accepted.get(0)[0].commit(), refusal.commit(), "the request's entry rides on the refusal's commit");

        Faults.next("activate", Faults.Kind.FAIL);
        EncompassException failed = assertThrows(EncompassException.class, () -> transition("activate", clone, accepted));
        Seen failedRequest = seen(accepted.get(1)[0].id());
        assertEquals(Outcome.FAILED, failedRequest.outcome());
        assertEquals(failed.getMessage(), failedRequest.message());
        assertTrue(failed.getMessage().contains("injected failure in activate"), failed.getMessage());
        assertEquals(Outcome.FAILED, newest("activate").outcome());
        assertEquals(before, f.state(clone));
    }

    @Test
    void aCrashInTheDriversActionLeavesBothInterruptedAndTheRetryIsLinked() {
        String clone = attachedClone();
        List<Seen[]> accepted = new ArrayList<>();
        Faults.next("activate", Faults.Kind.CRASH);
        assertThrows(Faults.SimulatedCrash.class, () -> transition("activate", clone, accepted));
        long requestId = accepted.get(0)[0].id();
        assertEquals(Outcome.RUNNING, seen(requestId).outcome(), "journaled before the driver acted");
        assertEquals(Outcome.RUNNING, newest("activate").outcome());
        // nothing of the crashed request rides on this thread's next write (one that changes nothing commits nothing)
        ModelAccess.of(f.engine).write(site -> null);
        assertEquals(1, f.read(site -> JournalEntries.all(site).stream().filter(e -> e.getOperation().equals("request")).count()));

        f.restart();
        List<Long> interrupted = f.engine.recoverInterrupted();
        assertTrue(interrupted.contains(requestId), interrupted::toString);
        assertEquals(Outcome.INTERRUPTED, seen(requestId).outcome());
        assertEquals(Outcome.INTERRUPTED, newest("activate").outcome());
        f.engine.setRequestRunner((kind, target, arguments, monitor) -> f.engine.request(kind, target, arguments, id -> {
        }, () -> {
            f.engine.run(Operation.fromLabel(kind), target, arguments, monitor);
            return "";
        }));
        f.engine.actingFor("alice", () -> {
            f.engine.retry(requestId, null);
            return null;
        });
        JournalEntry retried = f.read(site -> JournalEntries.entry(site, requestId));
        assertEquals(Outcome.SUCCEEDED, retried.getOutcome());
        Seen retry = seen(retried.getRetriedBy());
        assertEquals("request", retry.operation());
        assertEquals(Outcome.SUCCEEDED, retry.outcome());
        assertEquals("alice", retry.user());
        assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
    }

    @Test
    void anyOtherRequestIsCommittedAloneBeforeItRuns() {
        List<Seen[]> accepted = new ArrayList<>();
        String made = f.engine.actingFor("alice", () -> f.engine.request("clone", "web", Map.of(),
                id -> accepted.add(new Seen[] { seen(id) }), () -> f.engine.cloneMaster("web", null, null)));
        Seen request = seen(accepted.get(0)[0].id());
        Seen clone = newest("clone");
        assertEquals(Outcome.SUCCEEDED, request.outcome());
        assertEquals("done: " + made, request.message());
        assertTrue(accepted.get(0)[0].commit() < clone.commit(), "committed before its clone's entry");
        assertNotEquals(clone.commit(), request.commit(), "ended in a commit of its own");
        assertEquals("alice", clone.user());
    }
}
