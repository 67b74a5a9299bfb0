package org.encompass.core.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.RequestRunner;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;

/**
 * The requests a repository server accepted, as journal entries of operation {@code request} (the kind, e.g.
 * {@code deploy}, in the argument {@value #KIND}): written RUNNING in their own commit before the client hears
 * "accepted", so an accepted request is never lost; ended with the request; INTERRUPTED by a restart like any
 * operation, and retried through the server's {@link RequestRunner}.
 */
public final class RequestJournal {
    public static final String KIND = "kind";

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

    long begin(String kind, String target, Map<String, String> arguments) {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put(KIND, kind);
        arguments.forEach((key, value) -> stored.put(key, escape(value))); // an update item's text keeps its lines
        return model.write(site -> Journal.begin(site, Operation.REQUEST, target, stored, runner.user(), null).getId());
    }

    void end(long id, boolean succeeded, String message) {
        model.write(site -> {
            Journal.end(Journal.entry(site, id), succeeded ? Outcome.SUCCEEDED : Outcome.FAILED, message, null);
            return null;
        });
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
