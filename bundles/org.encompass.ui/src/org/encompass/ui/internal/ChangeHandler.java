package org.encompass.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * A command that changes the site or opens a wizard that does: disabled while the console is offline (read only
 * until it reconnects to its server), and a no-op if it still runs then (a key binding pressed as it went offline).
 * Without this a wizard opened offline failed at its finish with the connection's error, its input lost.
 */
public abstract class ChangeHandler extends AbstractHandler {
    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(!ConsolePlugin.readOnly());
    }

    @Override
    public final Object execute(ExecutionEvent event) {
        if (!ConsolePlugin.readOnly()) {
            run(event);
        }
        return null;
    }

    /** What the command does, online. */
    protected abstract void run(ExecutionEvent event);
}
