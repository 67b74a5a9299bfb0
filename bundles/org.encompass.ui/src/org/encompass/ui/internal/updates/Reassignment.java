package org.encompass.ui.internal.updates;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.encompass.model.Machine;
import org.encompass.ui.internal.ConsolePlugin;

/**
 * A machine reassigned from the console (a drop on a busy machine, the Reassign command): the operator confirms
 * in a {@link ReassignDialog}, then the reassign (the engine's, or the server's when connected to one) runs as a {@link ReassignCommand} on the console's
 * undo stack, in a user Job (progress, cancellation; a refusal is shown with the engine's message).
 */
public final class Reassignment {
    private Reassignment() {
    }

    /** Asks, then schedules the reassign; returns the job, or null when the operator cancelled. */
    public static Job ask(Shell shell, Machine machine, String fixedTarget) {
        ReassignDialog dialog = new ReassignDialog(shell, machine, fixedTarget);
        if (dialog.open() != Window.OK) {
            return null;
        }
        String label = NLS.bind(UpdateMessages.reassignJob, dialog.machine(), dialog.target());
        String oldClone = machine.getClone() == null ? null : machine.getClone().getName();
        return ConsolePlugin.getDefault().commandStack().executeInJob(
                new ReassignCommand(label, dialog.machine(), dialog.target(), oldClone, dialog.destroyOld()));
    }
}
