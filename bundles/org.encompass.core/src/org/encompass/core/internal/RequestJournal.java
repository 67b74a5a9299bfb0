package org.encompass.core.internal;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.RequestRunner;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.model.Site;

/**
 * The requests a repository server accepted, as journal entries of operation {@code request} (the kind, e.g.
 * {@code deploy}, in the argument {@value #KIND}): committed RUNNING before anything of the request runs outside
 * the repository and before the client hears "accepted", so an accepted request is never lost; ended with the
 * request; INTERRUPTED by a restart like any operation, and retried through the server's {@link RequestRunner}.
 * <p>
 * A request that is {@linkplain #isOneOperation one operation} (a lifecycle transition: the bulk of a server's
 * requests) costs no commit of its own: its entry rides on the commit of its operation's start
 * ({@link ModelAccess#ride}), or of its refusal, and ends in the commit of the operation's completion
 * ({@link OperationRunner} asks {@link #endingWith}). A crash thus leaves either nothing of the request (and the
 * client never heard "accepted"), or the request and its operation RUNNING (INTERRUPTED at the restart), or both
 * ended. Any other request is journaled in a commit of its own before it runs, as its work may start on other
 * threads (a deploy's jobs) or before its first commit.
 */
public final class RequestJournal {
    public static final String KIND = "kind";
    /** What a request that made nothing, or whose result is a JSON document for its client, ends with. */
    static final String DONE = "done";

    /**
     * The kinds the server runs with {@code Engine.run} as exactly one {@link OperationRunner#run} on the request's
     * own thread, with nothing after it ({@link PlacementOperations}, {@link CustomizationOperations}).
     */
    private static final Set<Operation> ONE_OPERATION = EnumSet.of(Operation.ASSIGN, Operation.UNASSIGN,
            Operation.ATTACH, Operation.DETACH, Operation.ACTIVATE, Operation.DEACTIVATE, Operation.RECONFIGURE,
            Operation.CUSTOMIZE_APPLY, Operation.CUSTOMIZE_ROLLBACK);
    /** The one-operation request running on this thread, if any. */
    private static final ThreadLocal<Entry> RUNNING = new ThreadLocal<>();

    private final ModelAccess model;
    private final OperationRunner runner;
    private volatile RequestRunner requests;

    RequestJournal(ModelAccess model, OperationRunner runner) {
        this.model = model;
        this.runner = runner;
    }

    /** Whether {@code entry} is a request's (its operations have entries of their own). */
    static boolean isRequest(JournalEntry entry) {
        return Operation.REQUEST.label().equals(entry.getOperation());
    }

    /** Whether requests of {@code kind} are one operation, journaled with its start and completion. */
    static boolean isOneOperation(String kind) {
        try {
            return ONE_OPERATION.contains(Operation.fromLabel(kind));
        } catch (IllegalArgumentException e) {
            return false; // a kind of the server's own (deploy, journal-retry...)
        }
    }

    /**
     * Runs a request as described above: {@code accepted} gets its entry's id once committed, {@code body} runs it
     * and returns what it made; the entry ends SUCCEEDED ("done", or "done: " and a name or count) or FAILED with
     * the message of what {@code body} threw, which is thrown on.
     */
    String run(String kind, String target, Map<String, String> arguments, LongConsumer accepted, Supplier<String> body) {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put(KIND, kind);
        arguments.forEach((key, value) -> stored.put(key, escape(value))); // an update item's text keeps its lines
        Entry entry = new Entry(target, stored, runner.user(), isOneOperation(kind) ? kind : null, accepted);
        boolean one = entry.operation != null;
        Entry outerRunning = RUNNING.get();
        ModelAccess.Rider outerRider = null;
        if (one) {
            outerRider = model.ride(entry);
            RUNNING.set(entry);
        } else {
            model.write(site -> {
                entry.apply(site);
                return null;
            });
            entry.committed();
        }
        try {
            String made;
            try {
                made = body.get();
            } catch (RuntimeException e) {
                end(entry, Outcome.FAILED, OperationRunner.message(e));
                throw e;
            }
            end(entry, Outcome.SUCCEEDED, made.isEmpty() || made.startsWith("{") ? DONE : DONE + ": " + made);
            return made;
        } finally {
            if (one) {
                RUNNING.set(outerRunning);
                model.ride(outerRider); // also when its end could not be committed: no later write carries it
            }
        }
    }

    /**
     * The one-operation request on this thread, journaled already, whose operation is {@code operation} on
     * {@code target}: to end with that operation's completion ({@link Entry#endWith}); else null.
     */
    static Entry endingWith(Operation operation, String target) {
        Entry entry = RUNNING.get();
        return entry != null && operation.label().equals(entry.operation) && target.equals(entry.target)
                && entry.id != 0 ? entry : null;
    }

    private void end(Entry entry, Outcome outcome, String message) {
        if (entry.endedWithOperation && outcome == Outcome.SUCCEEDED && DONE.equals(message)) {
            return; // committed with its operation's completion
        }
        model.write(site -> { // carries the entry's start if nothing of the request committed (a refusal in memory)
            Journal.end(entry.id == 0 ? entry.made : Journal.entry(site, entry.id), outcome, message, null);
            return null;
        });
    }

    /** A request's journal entry: made in the commit that carries it, then known by its id. */
    static final class Entry implements ModelAccess.Rider {
        private final String target;
        private final Map<String, String> arguments;
        private final String user;
        /** The label of its one operation, or null when it is not {@linkplain #isOneOperation one}. */
        private final String operation;
        private final LongConsumer accepted;
        /** The entry in the transaction being committed, and its id. */
        private JournalEntry made;
        private long madeId;
        /** Its id once committed, else 0. */
        private long id;
        /** Whether its end (SUCCEEDED, {@value RequestJournal#DONE}) was committed with its operation's completion. */
        private boolean endedWithOperation;

        Entry(String target, Map<String, String> arguments, String user, String operation, LongConsumer accepted) {
            this.target = target;
            this.arguments = arguments;
            this.user = user;
            this.operation = operation;
            this.accepted = accepted;
        }

        @Override
        public void apply(Site site) {
            made = Journal.begin(site, Operation.REQUEST, target, arguments, user, null);
            madeId = made.getId(); // read with the model locked: the object is not touched after the commit
        }

        @Override
        public void committed() {
            id = madeId;
            accepted.accept(id);
        }

        /** Ends the entry SUCCEEDED in {@code site}'s transaction: the completion of its one operation. */
        void endWith(Site site) {
            Journal.end(Journal.entry(site, id), Outcome.SUCCEEDED, DONE, null);
        }

        /** Its end committed with its operation's completion (called after that commit). */
        void endedWithOperation() {
            endedWithOperation = true;
        }
    }

    void setRunner(RequestRunner runner) {
        this.requests = runner;
    }

    /** Runs a request again from its entry's target and arguments; false when no server runs requests here. */
    boolean rerun(String target, Map<String, String> arguments, IProgressMonitor monitor) {
        RequestRunner current = requests;
        if (current == null) {
            return false;
        }
        Map<String, String> rest = new LinkedHashMap<>();
        arguments.forEach((key, value) -> rest.put(key, unescape(value)));
        String kind = rest.remove(KIND);
        current.run(kind, target, rest, monitor);
        return true;
    }

    /** A value on one line: backslash and line break escaped (the journal keeps arguments one per line). */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
