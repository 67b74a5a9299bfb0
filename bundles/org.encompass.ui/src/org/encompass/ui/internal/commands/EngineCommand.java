package org.encompass.ui.internal.commands;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.AbstractCommand;

/**
 * An undoable model edit made through the engine (so undo is journaled and reaches the drivers,
 * too). Executed, undone and redone only by {@link ConsoleCommandStack}, inside a Job, which hands
 * over its progress monitor.
 */
public abstract class EngineCommand extends AbstractCommand {
    private IProgressMonitor monitor = new NullProgressMonitor();

    protected EngineCommand(String label) {
        super(label);
    }

    void monitor(IProgressMonitor jobMonitor) {
        monitor = jobMonitor;
    }

    protected IProgressMonitor monitor() {
        return monitor;
    }

    @Override
    protected boolean prepare() {
        return true;
    }

    @Override
    public void redo() {
        execute();
    }
}
