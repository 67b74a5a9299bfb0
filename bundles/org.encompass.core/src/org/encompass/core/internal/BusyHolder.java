package org.encompass.core.internal;

import java.text.SimpleDateFormat;
import java.util.List;

import org.encompass.core.query.JournalEntries;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.model.Site;

/**
 * Names who holds a busy object, from the journal's running entry on it: {@code " (busy: being activated by
 * alice since 10:02)"}, so that a second operator is told who to ask. Empty when the journal has no such entry.
 */
final class BusyHolder {

    private BusyHolder() {
    }

    /** {@code lock} is {@code kind:name} ("clone:web-01", "machine:host/vm-01"). */
    static String describe(Site site, String lock) {
        int colon = lock.indexOf(':');
        String name = lock.substring(colon + 1);
        List<JournalEntry> entries = JournalEntries.all(site);
        for (int i = entries.size() - 1; i >= 0; i--) {
            JournalEntry entry = entries.get(i);
            if (entry.getOutcome() == Outcome.RUNNING && !RequestJournal.isRequest(entry) && (name.equals(entry.getTarget())
                    || name.equals(JournalEntries.decode(entry.getArguments()).get("machine")))) {
                String since = entry.getStarted() == null ? "" : " since " + new SimpleDateFormat("HH:mm").format(entry.getStarted());
                return " (busy: being " + participle(entry.getOperation()) + " by " + entry.getUser() + since + ")";
            }
        }
        return "";
    }

    /** activate: activated, capture: captured, apply: applied, refresh-host: refresh-hosted (good enough for a label). */
    static String participle(String label) {
        if (label.endsWith("e")) {
            return label + "d";
        }
        if (label.endsWith("y")) {
            return label.substring(0, label.length() - 1) + "ied";
        }
        return label + "ed";
    }
}
