package org.encompass.core.internal;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.lifecycle.Operation;

/** Runs an operation from the arguments its journal entry records: the engine's one dispatch (Engine.run). */
@FunctionalInterface
public interface OperationDispatch {
    /** Runs {@code operation} on {@code target}; false, and nothing done, when it cannot be run from its arguments. */
    boolean run(Operation operation, String target, Map<String, String> arguments, IProgressMonitor monitor);
}
