package org.encompass.ui.internal.updates;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.model.Machine;
import org.encompass.ui.internal.ChangeHandler;

/** Reassign... on a machine: what it runs next, and what happens to its clone ({@link Reassignment}). */
public final class ReassignHandler extends ChangeHandler {
    @Override
    protected void run(ExecutionEvent event) {
        if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) || selection.size() != 1
                || !(selection.getFirstElement() instanceof Machine machine)) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), UpdateMessages.reassignTitle,
                    UpdateMessages.reassignNotAMachine);
            return;
        }
        Reassignment.ask(HandlerUtil.getActiveShell(event), machine, null);
    }
}
