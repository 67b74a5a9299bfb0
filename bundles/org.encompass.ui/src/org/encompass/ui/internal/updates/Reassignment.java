package org.encompass.ui.internal.updates;

import java.util.Map;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.encompass.core.Engine;
import org.encompass.model.Machine;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * A machine reassigned from the console (a drop on a busy machine, the Reassign command): the operator confirms
 * in a {@link ReassignDialog}, then the engine's reassign runs as a user Job (progress, cancellation; a refusal
 * is shown with the engine's message). It is one journaled scenario in the engine, not an undoable edit: going
 * back is another reassign, to the clone left on standby.
 */
public final class Reassignment {
    private Reassignment() {
    }

    /** Asks, then schedules the reassign; returns the job, or null when the operator cancelled. */
    public static Job ask(Shell shell, Engine engine, Machine machine, String fixedTarget) {
        ReassignDialog dialog = new ReassignDialog(shell, machine, fixedTarget);
        if (dialog.open() != Window.OK) {
            return null;
        }
        return schedule(engine, dialog.machine(), dialog.target(), dialog.destroyOld());
    }

    public static Job schedule(Engine engine, String machine, String target, boolean destroyOld) {
        return OperationJobs.schedule(NLS.bind(UpdateMessages.reassignJob, machine, target),
                monitor -> engine.reassign(machine, target, destroyOld, Map.of(), monitor));
    }
}
