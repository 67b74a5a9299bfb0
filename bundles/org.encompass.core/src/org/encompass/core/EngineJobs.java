package org.encompass.core;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs engine operations as Eclipse Jobs, so callers with a UI stay responsive: progress goes to the
 * job's monitor, cancellation comes from it, and a refusal or failure becomes an ERROR status whose
 * message is the engine's.
 */
public final class EngineJobs {
    public static final String BUNDLE = "org.encompass.core";
    /** Family of every engine job, for joining or cancelling them together. */
    public static final Object FAMILY = new Object();

    private EngineJobs() {
    }

    public static Job create(String name, Consumer<org.eclipse.core.runtime.IProgressMonitor> operation) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                try {
                    operation.accept(monitor);
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (EncompassException e) {
                    return Status.error(e.getMessage(), e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        return job;
    }
}
