package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.EncompassException;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.model.Site;

/**
 * Runs one journaled operation in three steps: validate and journal (commit 1), work outside the
 * repository through drivers, then change the model and complete the journal entry (commit 2; for a
 * {@link WrittenBehind} result registered before its copy, commit 2 comes with the flush). A refusal is
 * journaled as FAILED too, so the journal shows every attempt. A server's request that is one operation has its
 * entry begun in commit 1 and ended in commit 2 ({@link RequestJournal}).
 */
public final class OperationRunner {
    private final ModelAccess model;
    private final String user;
    /** Objects some operation of this process is working on: "clone:web-01", "machine:host/vm-01". */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final Writeback writeback;
    /** Who this thread acts for (a server running a client's request), else {@link #user}. */
    private static final ThreadLocal<String> ACTING_FOR = new ThreadLocal<>();

    public OperationRunner(ModelAccess model, String user, Writeback writeback) {
        this.model = model;
        this.user = user;
        this.writeback = writeback;
    }

    public ModelAccess model() {
        return model;
    }

    /** Who the journal says runs this process's operations: the user this thread acts for, if any. */
    public String user() {
        String acting = ACTING_FOR.get();
        return acting != null ? acting : user;
    }

    /** Who this thread acts for, or null (a job started by it acts for the same user: see ParallelJobs). */
    static String acting() {
        return ACTING_FOR.get();
    }

    /** Runs {@code body} with {@link #user()} being {@code acting} on this thread. */
    public static <T> T actingFor(String acting, java.util.function.Supplier<T> body) {
        String outer = ACTING_FOR.get();
        ACTING_FOR.set(acting);
        try {
            return body.get();
        } finally {
            ACTING_FOR.set(outer);
        }
    }

    public boolean isBusy(String lock) {
        return busy.contains(lock);
    }

    /**
     * What the validation step hands to the rest of the operation. {@code undo}, when not null, takes back
     * what validation added to the model (committed with the journal's start) if the work fails; it is
     * committed with the failed journal entry.
     */
    public record Plan<S>(String target, Map<String, String> arguments, String stateBefore, List<String> locks, S snapshot,
            Consumer<Site> undo) {
        public Plan(String target, Map<String, String> arguments, String stateBefore, List<String> locks, S snapshot) {
            this(target, arguments, stateBefore, locks, snapshot, null);
        }
    }

    /**
     * A work result whose image is written behind ({@link Writeback}): the runner hands it to the writeback
     * once the operation is complete. When {@code registeredBefore}, everything the completion records was
     * committed with the journal's start, so the completion is not committed now, where it would wait for
     * the copy's writeback, but with the image's flush (the journal entry keeps the time the work ended).
     */
    public interface WrittenBehind {
        String cloneName();

        StorageDeviceSpec device();

        ImageRef image();

        boolean writtenBehind();

        boolean registeredBefore();
    }

    /** A work result with something worth keeping in the journal entry's message (e.g. which source was copied). */
    public interface Noted {
        String note();
    }

    /** Work done through drivers, outside any transaction. */
    @FunctionalInterface
    public interface Work<S, R> {
        R perform(S snapshot, IProgressMonitor monitor) throws DriverException;
    }

    /** The model change that completes the operation; returns the state after, for the journal. */
    @FunctionalInterface
    public interface Completion<S, R> {
        String complete(Site site, S snapshot, R result);
    }

    public <S, R> R run(Operation operation, String target, Function<Site, Plan<S>> validate, Work<S, R> work,
            Completion<S, R> completion, IProgressMonitor monitor) {
        return finish(begin(operation, target, validate), work, completion, monitor);
    }

    /**
     * Runs an operation that changes only the model (no driver work) in ONE commit: its journal entry is
     * begun and ended in the transaction that makes the change, so there is nothing that a crash could leave
     * half done; a refusal is journaled as FAILED, as by {@link #run}. Saves a commit per call (a deploy sets
     * the variables of every machine's clone).
     */
    public <S> void runInModel(Operation operation, String target, Function<Site, Plan<S>> validate,
            Completion<S, Boolean> completion) {
        List<String> acquired = new ArrayList<>();
        try {
            model.write(site -> {
                busy.removeAll(acquired); // a write that lost a race with another process runs again: validate afresh
                acquired.clear();
                Begun<S> begun = validateAll(site, operation, target, 1, validate, acquired).get(0);
                // no wait for a write-behind flush: nothing here writes to or boots an image
                complete(site, begun, completion, Boolean.TRUE, new Date());
                return null;
            });
        } catch (Refused refused) {
            throw journalRefusal(operation, target, refused);
        } finally {
            busy.removeAll(acquired);
        }
    }

    /**
     * Runs the work and the completion of an operation {@link #begin begun} before; every begun operation
     * must be finished (with a cancelled monitor to give it up: it is then journaled as cancelled).
     */
    public <S, R> R finish(Begun<S> begun, Work<S, R> work, Completion<S, R> completion, IProgressMonitor monitor) {
        return finish(begun, work, completion, null, monitor);
    }

    /**
     * Like {@link #finish(Begun, Work, Completion, IProgressMonitor)}, for work that may have started while its
     * journal entry was being committed ({@link #beginAll}): when that commit failed, {@code discard} removes
     * what the work made, and nothing is recorded, as nothing of the operation is in the repository.
     */
    public <S, R> R finish(Begun<S> begun, Work<S, R> work, Completion<S, R> completion, Consumer<R> discard,
            IProgressMonitor monitor) {
        try {
            R result;
            try {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (begun.operation != Operation.CLONE) { // a clone's lock names the clone it makes: nothing to flush
                    awaitFlushes(begun.plan.locks());
                }
                result = work.perform(begun.plan.snapshot(), monitor);
            } catch (DriverException | RuntimeException e) {
                boolean cancelled = e instanceof OperationCanceledException;
                String message = cancelled ? "cancelled by the operator" : message(e);
                if (begun.awaitJournaled()) {
                    model.write(site -> {
                        if (begun.plan.undo() != null) {
                            begun.plan.undo().accept(site);
                        }
                        Journal.end(Journal.entry(site, begun.id), Outcome.FAILED, message, begun.plan.stateBefore());
                        return null;
                    });
                }
                if (cancelled || e instanceof EncompassException) {
                    throw (RuntimeException) e;
                }
                throw new EncompassException(begun.operation.label() + " " + begun.target + " failed: " + message, e);
            }
            if (!begun.awaitJournaled()) {
                if (discard != null) {
                    discard.accept(result);
                }
                throw new EncompassException(begun.operation.label() + " " + begun.target + " failed: its start could not be"
                        + " journaled (" + message(begun.journaled().exceptionNow()) + "), so what it made was removed");
            }
            if (result instanceof WrittenBehind behind && behind.writtenBehind()) {
                if (behind.registeredBefore()) {
                    Date ended = new Date();
                    writeback.schedule(behind.cloneName(), behind.device(), behind.image(),
                            site -> complete(site, begun, completion, result, ended));
                    return result;
                }
                R completed = model.write(site -> complete(site, begun, completion, result, new Date()));
                writeback.schedule(behind.cloneName(), behind.device(), behind.image(), null);
                return completed;
            }
            RequestJournal.Entry request = RequestJournal.endingWith(begun.operation, begun.target);
            try {
                R completed = model.write(site -> {
                    R done = complete(site, begun, completion, result, new Date());
                    if (request != null) {
                        request.endWith(site); // the server's request that is this operation: no commit of its own
                    }
                    return done;
                });
                if (request != null) {
                    request.endedWithOperation();
                }
                return completed;
            } catch (RuntimeException e) {
                if (discard == null) {
                    throw e; // the entry stays RUNNING: the next start shows it interrupted, to retry or roll back
                }
                // The record could not be committed: what the work made outside the repository goes too.
                discard.accept(result);
                String message = "its record could not be committed (" + message(e) + "); what it made was removed";
                try {
                    model.write(site -> {
                        if (begun.plan.undo() != null) {
                            begun.plan.undo().accept(site);
                        }
                        Journal.end(Journal.entry(site, begun.id), Outcome.FAILED, message, begun.plan.stateBefore());
                        return null;
                    });
                } catch (RuntimeException journal) {
                    e.addSuppressed(journal); // the entry stays RUNNING: the next start shows it interrupted
                }
                throw new EncompassException(begun.operation.label() + " " + begun.target + " failed: " + message, e);
            }
        } finally {
            busy.removeAll(begun.plan.locks());
        }
    }

    /**
     * Finishes operations {@link #beginAll begun together} as one, all or nothing: each work runs in turn, then
     * every completion and journal entry is committed in ONE transaction. When a work, the cancellation or
     * that commit fails, {@code discard} receives every result made so far (to remove what it made outside
     * the repository) and every entry is journaled FAILED with the reason. After a crash before the commit the
     * entries are RUNNING, so the next start finds them interrupted, with nothing of them in the model.
     */
    public <S, R> List<R> finishAll(List<Begun<S>> begun, Work<S, R> work, Completion<S, R> completion, Consumer<R> discard,
            IProgressMonitor monitor) {
        List<R> results = new ArrayList<>();
        try {
            try {
                for (Begun<S> one : begun) {
                    if (monitor != null && monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    results.add(work.perform(one.plan.snapshot(), monitor));
                }
                Date ended = new Date();
                model.write(site -> {
                    for (int i = 0; i < begun.size(); i++) {
                        complete(site, begun.get(i), completion, results.get(i), ended);
                    }
                    return null;
                });
                return results;
            } catch (DriverException | RuntimeException e) {
                results.forEach(discard);
                boolean cancelled = e instanceof OperationCanceledException;
                String message = cancelled ? "cancelled by the operator" : message(e);
                model.write(site -> {
                    for (Begun<S> one : begun) {
                        Journal.end(Journal.entry(site, one.id), Outcome.FAILED, message, one.plan.stateBefore());
                    }
                    return null;
                });
                if (cancelled || e instanceof EncompassException) {
                    throw (RuntimeException) e;
                }
                throw new EncompassException(begun.get(0).operation.label() + " failed: " + message, e);
            }
        } finally {
            begun.forEach(one -> busy.removeAll(one.plan.locks()));
        }
    }

    private static <S, R> R complete(Site site, Begun<S> begun, Completion<S, R> completion, R result, Date ended) {
        String after = completion.complete(site, begun.plan.snapshot(), result);
        String note = result instanceof Noted noted ? noted.note() : null;
        Journal.end(Journal.entry(site, begun.id), Outcome.SUCCEEDED, note, after, ended);
        return result;
    }

    /**
     * An operation validated and journaled as running, with its objects locked; see {@link #finish}.
     * {@code journaled} completes when its journal entry is committed (at once unless its work was allowed
     * to start while the commit is written, see {@link #beginAll}), exceptionally when that commit failed.
     */
    public record Begun<S>(long id, Operation operation, String target, Plan<S> plan, CompletableFuture<Void> journaled) {
        /** Waits for the journal's commit; false when it failed, so there is no entry to end. */
        boolean awaitJournaled() {
            try {
                journaled.join();
                return true;
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                return false;
            }
        }
    }

    /** Nothing writes to or boots a clone before its write-behind copy is on disk (see {@link Writeback}). */
    private void awaitFlushes(List<String> locks) throws DriverException {
        for (String lock : locks) {
            if (lock.startsWith(CloneSnapshot.LOCK_PREFIX)) {
                writeback.await(lock.substring(CloneSnapshot.LOCK_PREFIX.length()));
            }
        }
    }

    /** Validates and journals an operation (one commit) and locks its objects; refusals are journaled and thrown. */
    public <S> Begun<S> begin(Operation operation, String target, Function<Site, Plan<S>> validate) {
        return beginAll(operation, target, 1, validate, null).get(0);
    }

    /**
     * Validates, journals and locks {@code count} operations in one commit. {@code whileJournaling}, when not
     * null, receives them before that commit, so their work may start while it is written: it must not use
     * the model, and {@link #finish} waits for the commit ({@link Begun#journaled}) before it records an
     * outcome, and discards the work's result when the commit failed. A refusal of any of them journals
     * only the refusal: nothing of the others is kept, nothing was handed on.
     */
    public <S> List<Begun<S>> beginAll(Operation operation, String target, int count, Function<Site, Plan<S>> validate,
            Consumer<List<Begun<S>>> whileJournaling) {
        List<String> acquired = new ArrayList<>();
        List<Begun<S>> handedOn = new ArrayList<>();
        List<Begun<S>> begun;
        try {
            Consumer<List<Begun<S>>> handOn = whileJournaling == null ? null : validated -> {
                handedOn.addAll(validated);
                whileJournaling.accept(validated);
            };
            begun = model.write(site -> {
                busy.removeAll(acquired); // a write that lost a race with another process runs again: validate afresh
                acquired.clear();
                return validateAll(site, operation, target, count, validate, acquired);
            }, handOn);
        } catch (Refused refused) {
            busy.removeAll(acquired);
            throw journalRefusal(operation, target, refused);
        } catch (RuntimeException e) {
            if (handedOn.isEmpty()) {
                busy.removeAll(acquired); // the journal commit failed: nothing started
            } // else each finish releases its locks once its work has stopped, and discards what it made
            handedOn.forEach(b -> b.journaled().completeExceptionally(e));
            throw e;
        }
        begun.forEach(b -> b.journaled().complete(null));
        return begun;
    }

    /** Journals a refused operation as FAILED with the refusal's reason; returns the refusal, to throw. */
    private EncompassException journalRefusal(Operation operation, String target, Refused refused) {
        model.write(site -> {
            JournalEntry entry = Journal.begin(site, operation, target, Map.of(), user(), null);
            Journal.end(entry, Outcome.FAILED, refused.getCause().getMessage(), null);
            return null;
        });
        return (EncompassException) refused.getCause();
    }

    private <S> List<Begun<S>> validateAll(Site site, Operation operation, String target, int count,
            Function<Site, Plan<S>> validate, List<String> acquired) {
        List<Begun<S>> begun = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Plan<S> plan = validate.apply(site);
                for (String lock : plan.locks()) {
                    if (!busy.add(lock)) {
                        throw new EncompassException("cannot " + operation.label() + " " + target + ": "
                                + lock.replace(':', ' ') + " is busy with another operation" + BusyHolder.describe(site, lock));
                    }
                    acquired.add(lock);
                }
                JournalEntry entry = Journal.begin(site, operation, plan.target(), plan.arguments(), user(), plan.stateBefore());
                begun.add(new Begun<>(entry.getId(), operation, target, plan, new CompletableFuture<>()));
            }
        } catch (EncompassException refused) {
            throw new Refused(refused); // rolls back every operation of the batch validated so far
        }
        return begun;
    }

    /** A validation's refusal on its way out of the transaction, which is rolled back. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(EncompassException refusal) {
            super(refusal);
        }
    }

    static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
