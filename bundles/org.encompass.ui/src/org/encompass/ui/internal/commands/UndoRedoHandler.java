package org.encompass.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.jobs.Job;
import org.encompass.core.EngineJobs;
import org.encompass.ui.internal.ConsolePlugin;

/** Edit > Undo and Redo ({@code UndoRedoHandler:undo} / {@code :redo}) over the console's command stack. */
public final class UndoRedoHandler extends AbstractHandler implements IExecutableExtension {
    private boolean undo;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        undo = "undo".equals(data);
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        ConsoleCommandStack stack = ConsolePlugin.getDefault().commandStack();
        // Not while an operation runs: its outcome is not in the history yet.
        boolean idle = Job.getJobManager().find(EngineJobs.FAMILY).length == 0;
        setBaseEnabled(idle && !ConsolePlugin.readOnly() && (undo ? stack.canUndo() : stack.canRedo()));
    }

    @Override
    public Object execute(ExecutionEvent event) {
        ConsoleCommandStack stack = ConsolePlugin.getDefault().commandStack();
        if (undo) {
            stack.undoInJob();
        } else {
            stack.redoInJob();
        }
        return null;
    }
}
