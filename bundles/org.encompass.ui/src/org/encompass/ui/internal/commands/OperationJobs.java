package org.encompass.ui.internal.commands;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.StatusManager;
import org.encompass.core.EncompassException;
import org.encompass.core.Quoted;
import org.encompass.core.EngineJobs;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.Messages;

/**
 * Runs engine work as user Jobs (Progress view, status line, cancellable), never on the UI thread.
 * A refusal or failure is reported once, through the status manager: logged to the Error Log and
 * shown in a dialog with the engine's own message.
 */
public final class OperationJobs {
    private OperationJobs() {
    }

    /** One piece of work per target (a clone, a master), run in order in one job. */
    @FunctionalInterface
    public interface Step<T> {
        void run(T target, IProgressMonitor monitor);
    }

    public static <T> Job schedule(String jobName, List<T> targets, Step<T> step) {
        Job job = create(jobName, targets, step);
        job.schedule();
        return job;
    }

    /** The longest failure message a dialog shows. */
    private static final int MAX_MESSAGE = 4000;

    /** Runs one piece of work as a job. */
    public static Job schedule(String jobName, Consumer<IProgressMonitor> work) {
        Job job = create(jobName, work);
        job.schedule();
        return job;
    }

    /** The job, not yet scheduled (to set a rule first). */
    public static Job create(String jobName, Consumer<IProgressMonitor> work) {
        return create(jobName, List.of(jobName), (name, monitor) -> work.accept(monitor));
    }

    private static <T> Job create(String jobName, List<T> targets, Step<T> step) {
        Job job = new Job(jobName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, jobName, targets.size());
                MultiStatus failures = new MultiStatus(ConsolePlugin.ID, 0, NLS.bind(Messages.jobFailed, jobName));
                for (T target : targets) {
                    if (progress.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    try {
                        step.run(target, progress.split(1));
                    } catch (OperationCanceledException e) {
                        return Status.CANCEL_STATUS;
                    } catch (EncompassException e) {
                        // A refusal is a message for the operator; a failure with a cause keeps its trace for the log.
                        // One line, control characters escaped: the dialog and the Error Log render no input's.
                        String message = Quoted.inline(e.getMessage(), MAX_MESSAGE);
                        failures.add(e.getCause() == null ? Status.error(message) : Status.error(message, e));
                    }
                }
                report(failures);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == EngineJobs.FAMILY;
            }
        };
        job.setUser(true);
        return job;
    }

    /** Logs and shows failures; the job itself then ends normally so they are not reported twice. */
    static void report(MultiStatus failures) {
        if (failures.isOK()) {
            return;
        }
        IStatus status = failures.getChildren().length == 1 ? failures.getChildren()[0] : failures;
        StatusManager.getManager().handle(status, StatusManager.LOG | StatusManager.SHOW);
    }
}
