package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.cdo.common.revision.CDORevision;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.encompass.core.EncompassException;
import org.encompass.core.internal.Journal;
import org.encompass.core.internal.ModelAccess;
import org.encompass.core.internal.OperationRunner;
import org.encompass.core.internal.Writeback;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteResources;
import org.encompass.model.JournalEntry;
import org.encompass.model.Site;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Work that starts while its journal entry is being committed (a batch of clones): the entries of a batch
 * share one commit, the work is handed on before that commit, an outcome is recorded only after it, and
 * when the commit fails what the work made is removed and nothing of the batch stays in the repository.
 */
class JournalOverlapTest {
    @TempDir
    Path dir;
    EngineFixture f;
    Writeback writeback;
    OperationRunner runner;

    @BeforeEach
    void setUp() throws Exception {
        f = new EngineFixture(dir);
        writeback = new Writeback(ModelAccess.of(f.engine), "overlap");
        runner = new OperationRunner(ModelAccess.of(f.engine), "overlap", writeback);
    }

    @AfterEach
    void tearDown() {
        writeback.close();
        f.close();
    }

    private static OperationRunner.Plan<String> plan(String name) {
        return new OperationRunner.Plan<>(name, Map.of("clone", name), null, List.of("clone:" + name), name);
    }

    private long commitTime(long entryId) {
        return f.read(site -> Journal.entries(site).stream().filter(e -> e.getId() == entryId).findFirst()
                .map(e -> CDOUtil.getCDOObject(e).cdoRevision().getTimeStamp()).orElseThrow());
    }

    @Test
    void theClonesOfABatchAreJournaledInOneCommit() {
        f.engine.cloneMaster("web", 3, null, null);
        assertEquals(1, cloneStartCommits(3).size(), "the three starts share one commit: " + cloneStartCommits(3));
    }

    @Test
    void aDeployJournalsTheStartsOfAllItsClonesInOneCommit() {
        org.encompass.core.DeployResult result = f.engine.deploy(new org.encompass.core.DeployRequest("web",
                List.of("vm-01", "vm-02", "vm-03"), null, Map.of(), false), null);
        assertTrue(result.outcomes().stream().allMatch(org.encompass.core.DeployResult.MachineOutcome::succeeded),
                result.outcomes().toString());
        assertEquals(1, cloneStartCommits(3).size(), "one commit for the three clones: " + cloneStartCommits(3));
        assertEquals("ATTACHED", f.state(result.outcomes().get(2).cloneName()).split("/")[1]);
    }

    /** The distinct commit times of the starts of the last {@code count} clone operations. */
    private List<Long> cloneStartCommits(int count) {
        return f.read(site -> {
            List<JournalEntry> clones = Journal.entries(site).stream().filter(e -> e.getOperation().equals("clone")).toList();
            // each entry changed again when its copy ended: its first version is the one its start committed
            return clones.subList(clones.size() - count, clones.size()).stream()
                    .map(e -> f.session.getRevisionManager().getRevisionByVersion(CDOUtil.getCDOObject(e).cdoID(),
                            f.session.getBranchManager().getMainBranch().getVersion(1), CDORevision.UNCHUNKED, true))
                    .map(CDORevision::getTimeStamp).distinct().toList();
        });
    }

    @Test
    void workIsHandedOnBeforeTheCommitAndItsOutcomeRecordedAfterIt() throws Exception {
        List<Boolean> journaledWhenHandedOn = new ArrayList<>();
        List<OperationRunner.Begun<String>> begun = runner.beginAll(Operation.CLONE, "web", 2,
                site -> plan(nextName(site)), validated -> validated
                        .forEach(b -> journaledWhenHandedOn.add(b.journaled().isDone())));
        assertEquals(List.of(false, false), journaledWhenHandedOn, "handed on before the commit");
        assertTrue(begun.stream().allMatch(b -> b.journaled().isDone() && !b.journaled().isCompletedExceptionally()));
        assertEquals(commitTime(begun.get(0).id()), commitTime(begun.get(1).id()), "one commit for the batch");
        for (OperationRunner.Begun<String> b : begun) {
            runner.finish(b, (name, m) -> name, (site, name, result) -> "NEW", null);
        }
        assertEquals("clone SUCCEEDED", f.lastOutcome());
        assertFalse(runner.isBusy("clone:" + begun.get(0).plan().snapshot()), "locks released");
    }

    @Test
    void whenTheJournalCommitFailsWhatTheWorkMadeIsRemovedAndNothingIsKept() throws Exception {
        int entriesBefore = f.read(site -> Journal.entries(site).size());
        Path made = dir.resolve("made-by-the-work.img");
        CountDownLatch handedOn = new CountDownLatch(1);
        List<CompletableFuture<String>> works = new ArrayList<>();
        // Journal entries of two consoles never collide (each writes its own books): the conflict is on the site's
        // name, which both change.
        EncompassException refused = assertThrows(EncompassException.class, () -> runner.beginAll(Operation.CLONE,
                "web", 1, site -> {
                    site.setName("renamed here");
                    return plan("web-77");
                }, validated -> {
                    for (OperationRunner.Begun<String> b : validated) {
                        works.add(CompletableFuture.supplyAsync(() -> runner.finish(b, (name, m) -> {
                            try {
                                Files.writeString(made, "copied while the journal was being committed");
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                            return name;
                        }, (site, name, result) -> "NEW", name -> deleteQuietly(made), null)));
                    }
                    conflictingCommitFromAnotherConsole();
                    handedOn.countDown();
                }));
        assertTrue(handedOn.await(10, TimeUnit.SECONDS));
        assertTrue(refused.getMessage().contains("refused the change"), refused.getMessage());
        Exception failed = assertThrows(Exception.class, () -> works.get(0).get(30, TimeUnit.SECONDS));
        assertTrue(failed.getCause().getMessage().contains("could not be journaled"), failed.getCause().getMessage());
        assertFalse(Files.exists(made), "the work's image was removed");
        assertFalse(runner.isBusy("clone:web-77"), "its lock was released");
        assertEquals(entriesBefore + 1, (int) f.read(site -> Journal.entries(site).size()),
                "only the other console's entry was added");
        assertFalse(f.read(site -> Journal.entries(site).stream().anyMatch(e -> "web-77".equals(e.getTarget()))));
    }

    @Test
    void aRefusalInABatchJournalsOnlyTheRefusal() {
        int entriesBefore = f.read(site -> Journal.entries(site).size());
        int[] validated = { 0 };
        EncompassException refused = assertThrows(EncompassException.class, () -> runner.beginAll(Operation.CLONE,
                "web", 3, site -> {
                    if (++validated[0] == 2) {
                        throw new EncompassException("no room for a second clone");
                    }
                    return plan("web-8" + validated[0]);
                }, b -> {
                    throw new AssertionError("nothing is handed on when a clone of the batch is refused");
                }));
        assertEquals("no room for a second clone", refused.getMessage());
        assertEquals(entriesBefore + 1, (int) f.read(site -> Journal.entries(site).size()));
        assertEquals("clone FAILED: no room for a second clone", f.lastOutcome());
        assertFalse(runner.isBusy("clone:web-81"), "the first clone's lock was released");
    }

    private String nextName(Site site) {
        for (int n = 90;; n++) {
            if (!runner.isBusy("clone:web-" + n)) {
                return "web-" + n;
            }
        }
    }

    /** Another session changes the site and commits first, so the batch's commit conflicts with it. */
    private void conflictingCommitFromAnotherConsole() {
        CDOTransaction other = f.session.openTransaction();
        try {
            Site site = (Site) other.getResource(SiteResources.SITE).getContents().get(0);
            site.setName("renamed by another console");
            JournalEntry entry = org.encompass.core.internal.Journal.begin(site, Operation.DISCOVER, "lab", Map.of(),
                    "another console", null);
            org.encompass.core.internal.Journal.end(entry, org.encompass.model.Outcome.SUCCEEDED, null, null);
            other.commit();
        } catch (org.eclipse.emf.cdo.util.CommitException e) {
            throw new AssertionError(e);
        } finally {
            other.close();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
