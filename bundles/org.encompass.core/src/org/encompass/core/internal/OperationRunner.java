package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.EncompassException;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.spi.DriverException;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.model.Site;

/**
 * Runs one journaled operation in three steps: validate and journal (commit 1), work outside the
 * repository through drivers, then change the model and complete the journal entry (commit 2).
 * A refusal is journaled as FAILED too, so the journal shows every attempt.
 */
public final class OperationRunner {
    private final ModelAccess model;
    private final String user;
    /** Objects some operation of this process is working on: "clone:web-01", "machine:host/vm-01". */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final Writeback writeback;

    public OperationRunner(ModelAccess model, String user, Writeback writeback) {
        this.model = model;
        this.user = user;
        this.writeback = writeback;
    }

    public ModelAccess model() {
        return model;
    }

    /** Who the journal says runs this process's operations. */
    public String user() {
        return user;
    }

    public boolean isBusy(String lock) {
        return busy.contains(lock);
    }

    /** What the validation step hands to the rest of the operation. */
    public record Plan<S>(String target, Map<String, String> arguments, String stateBefore, List<String> locks, S snapshot) {
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
        Begun<S> begun = begin(operation, target, validate);
        try {
            R result;
            try {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
                awaitFlushes(begun.plan.locks());
                result = work.perform(begun.plan.snapshot(), monitor);
            } catch (DriverException | RuntimeException e) {
                boolean cancelled = e instanceof OperationCanceledException;
                String message = cancelled ? "cancelled by the operator" : message(e);
                model.write(site -> {
                    Journal.end(Journal.entry(site, begun.id), Outcome.FAILED, message, begun.plan.stateBefore());
                    return null;
                });
                if (cancelled || e instanceof EncompassException) {
                    throw (RuntimeException) e;
                }
                throw new EncompassException(operation.label() + " " + target + " failed: " + message, e);
            }
            return model.write(site -> {
                String after = completion.complete(site, begun.plan.snapshot(), result);
                String note = result instanceof Noted noted ? noted.note() : null;
                Journal.end(Journal.entry(site, begun.id), Outcome.SUCCEEDED, note, after);
                return result;
            });
        } finally {
            busy.removeAll(begun.plan.locks());
        }
    }

    private record Begun<S>(long id, Plan<S> plan) {
    }

    /** Nothing writes to or boots a clone before its write-behind copy is on disk (see {@link Writeback}). */
    private void awaitFlushes(List<String> locks) throws DriverException {
        for (String lock : locks) {
            if (lock.startsWith(CloneSnapshot.LOCK_PREFIX)) {
                writeback.await(lock.substring(CloneSnapshot.LOCK_PREFIX.length()));
            }
        }
    }

    private <S> Begun<S> begin(Operation operation, String target, Function<Site, Plan<S>> validate) {
        List<String> acquired = new ArrayList<>();
        Object outcome;
        try {
            outcome = model.write(site -> {
            Plan<S> plan;
            try {
                plan = validate.apply(site);
                for (String lock : plan.locks()) {
                    if (!busy.add(lock)) {
                        throw new EncompassException("cannot " + operation.label() + " " + target + ": "
                                + lock.replace(':', ' ') + " is busy with another operation");
                    }
                    acquired.add(lock);
                }
            } catch (EncompassException refused) {
                busy.removeAll(acquired);
                JournalEntry entry = Journal.begin(site, operation, target, Map.of(), user, null);
                Journal.end(entry, Outcome.FAILED, refused.getMessage(), null);
                return refused;
            }
            JournalEntry entry = Journal.begin(site, operation, plan.target(), plan.arguments(), user, plan.stateBefore());
            return new Begun<>(entry.getId(), plan);
            });
        } catch (RuntimeException e) {
            busy.removeAll(acquired); // the journal commit failed: nothing started
            throw e;
        }
        if (outcome instanceof EncompassException refused) {
            throw refused;
        }
        @SuppressWarnings("unchecked")
        Begun<S> begun = (Begun<S>) outcome;
        return begun;
    }

    static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
