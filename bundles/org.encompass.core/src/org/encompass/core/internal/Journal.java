package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.JournalEntries;
import org.encompass.model.JournalEntry;
import org.encompass.model.ModelFactory;
import org.encompass.model.Outcome;
import org.encompass.model.Site;

/**
 * The operation journal. An entry is written (RUNNING) in its own commit before an operation touches
 * anything outside the repository, and completed in the same commit as the operation's model change,
 * so after a crash the model shows either the old or the new state and the journal says which
 * operation was cut short.
 */
public final class Journal {
    /** Ids of the entries begun on this thread while {@link #collectingBegun} runs (the entries of a retry). */
    private static final ThreadLocal<List<Long>> BEGUN = new ThreadLocal<>();

    /** The longest message an entry keeps (a column of the repository holds at most 32,672 characters). */
    static final int MAX_MESSAGE = 4000;

    private Journal() {
    }

    /** Runs {@code action} and adds to {@code begun} the id of every entry it begins on this thread. */
    public static void collectingBegun(List<Long> begun, Runnable action) {
        List<Long> outer = BEGUN.get();
        BEGUN.set(begun);
        try {
            action.run();
        } finally {
            BEGUN.set(outer);
        }
    }

    public static JournalEntry begin(Site site, Operation operation, String target, Map<String, String> arguments,
            String user, String stateBefore) {
        JournalEntry entry = ModelFactory.eINSTANCE.createJournalEntry();
        entry.setOperation(operation.label());
        entry.setTarget(target);
        entry.setArguments(encode(arguments));
        entry.setUser(user);
        entry.setStarted(new Date());
        entry.setOutcome(Outcome.RUNNING);
        entry.setStateBefore(stateBefore);
        JournalBooks.append(site, entry); // not the site's own list: see JournalBooks
        List<Long> collecting = BEGUN.get();
        if (collecting != null) {
            collecting.add(entry.getId()); // the books gave it its id
        }
        return entry;
    }

    public static void end(JournalEntry entry, Outcome outcome, String message, String stateAfter) {
        end(entry, outcome, message, stateAfter, new Date());
    }

    /** Ends {@code entry} at {@code ended}: when the work ended, which a written-behind completion commits later. */
    public static void end(JournalEntry entry, Outcome outcome, String message, String stateAfter, Date ended) {
        entry.setOutcome(outcome);
        entry.setEnded(ended);
        // One line of bounded length, whatever input the message quotes (the journal is printed as a table).
        entry.setMessage(org.encompass.core.Quoted.inline(message, MAX_MESSAGE));
        entry.setStateAfter(stateAfter);
    }

    /**
     * The running entry of the operation creating {@code clone} (a write-behind clone is registered when its
     * copy begins, and its entry ends with its flush), or null.
     */
    public static JournalEntry creating(Site site, String clone) {
        return creating(site, clone, Outcome.RUNNING);
    }

    /** The newest entry with {@code outcome} of the operation creating {@code clone}, or null. */
    public static JournalEntry creating(Site site, String clone, Outcome outcome) {
        List<JournalEntry> journal = entries(site);
        for (int i = journal.size() - 1; i >= 0; i--) {
            JournalEntry entry = journal.get(i);
            if (entry.getOutcome() == outcome && Operation.CLONE.label().equals(entry.getOperation())
                    && clone.equals(decode(entry.getArguments()).get("clone"))) {
                return entry;
            }
        }
        return null;
    }

    /** The entry with {@code id}. */
    public static JournalEntry entry(Site site, long id) {
        JournalEntry entry = JournalBooks.find(site, id);
        if (entry == null) {
            throw new org.encompass.core.EncompassException("no journal entry #" + id);
        }
        return entry;
    }

    /**
     * Every journal entry of the site, oldest first (by start; ids ascend within one process only). A new
     * list: entries are kept outside the site object (see {@link JournalBooks}), so read them only through here.
     */
    public static List<JournalEntry> entries(Site site) {
        return JournalEntries.all(site);
    }

    /** Marks every RUNNING entry INTERRUPTED; returns their ids. Only the repository's owner may call this. */
    public static List<Long> markInterrupted(Site site) {
        List<Long> ids = new ArrayList<>();
        for (JournalEntry entry : entries(site)) {
            if (entry.getOutcome() == Outcome.RUNNING) {
                end(entry, Outcome.INTERRUPTED, "interrupted: Encompass stopped while this operation ran; "
                        + "retry or roll it back (encompass journal retry|rollback " + entry.getId() + ")", null);
                ids.add(entry.getId());
            }
        }
        return ids;
    }

    /** {@code key=value} lines; values must not contain line breaks. */
    public static String encode(Map<String, String> arguments) {
        return arguments.entrySet().stream().map(e -> e.getKey() + '=' + e.getValue().replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }

    public static Map<String, String> decode(String text) {
        return JournalEntries.decode(text);
    }
}
