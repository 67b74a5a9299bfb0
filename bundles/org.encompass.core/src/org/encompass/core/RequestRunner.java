package org.encompass.core;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Runs a repository server's request again from what its journal entry recorded ({@link Engine#retry} of an
 * INTERRUPTED or FAILED request): set by the server ({@link Engine#setRequestRunner}), which knows the kinds.
 */
@FunctionalInterface
public interface RequestRunner {
    /** Runs the request {@code kind} as a new request (with a journal entry of its own); throws when it fails. */
    void run(String kind, String target, Map<String, String> arguments, IProgressMonitor monitor);
}
