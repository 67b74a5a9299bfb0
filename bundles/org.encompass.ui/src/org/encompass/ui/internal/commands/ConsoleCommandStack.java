package org.encompass.ui.internal.commands;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.ui.internal.Messages;

/**
 * The console's undo history of model edits (Edit > Undo/Redo, Ctrl+Z): an EMF command stack whose
 * commands call the engine. Execute, undo and redo each run as a Job, one at a time (a shared
 * scheduling rule), so the UI thread never waits for a driver; a failure keeps the stack as it was
 * and is reported like any operation's (a failed execute leaves the history as it was; a failed undo or
 * redo clears it, as EMF's stack does, because the model may then be between the two states).
 */
public final class ConsoleCommandStack extends BasicCommandStack {
    private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    private final ThreadLocal<RuntimeException> failure = new ThreadLocal<>();

    /** Executes {@code command} in a Job; it joins the undo history when it succeeds. */
    public Job executeInJob(EngineCommand command) {
        return run(command.getLabel(), command, () -> execute(command));
    }

    public Job undoInJob() {
        Command command = getUndoCommand();
        if (command == null) {
            return null;
        }
        return run(NLS.bind(Messages.undoJob, command.getLabel()), command, this::undo);
    }

    public Job redoInJob() {
        Command command = getRedoCommand();
        if (command == null) {
            return null;
        }
        return run(NLS.bind(Messages.redoJob, command.getLabel()), command, this::redo);
    }

    private Job run(String name, Command command, Runnable stackOperation) {
        Job job = OperationJobs.create(name, monitor -> {
            if (command instanceof EngineCommand engineCommand) {
                engineCommand.monitor(monitor);
            }
            failure.remove();
            stackOperation.run();
            RuntimeException e = failure.get();
            failure.remove();
            if (e instanceof EncompassException refusal) {
                throw refusal;
            }
            if (e != null) {
                throw new EncompassException(e.getMessage(), e);
            }
        });
        job.setRule(ONE_AT_A_TIME);
        job.schedule();
        return job;
    }

    /** BasicCommandStack only logs a failed command; keep it so the job reports it to the operator. */
    @Override
    protected void handleError(Exception exception) {
        failure.set(exception instanceof RuntimeException r ? r : new RuntimeException(exception));
    }
}
