package org.encompass.ui.internal.dnd;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.ui.navigator.CommonDropAdapter;
import org.eclipse.ui.navigator.CommonDropAdapterAssistant;
import org.encompass.ui.internal.ConsoleOperations;
import org.encompass.ui.internal.ConsolePlugin;

/**
 * The navigators' drop assistant (plugin.xml, {@code dropAssistant} on machines, hosts and chassis):
 * {@link CloneDrop} decides and performs; a refused drop shows no-drop feedback and the reason in the
 * view's status line.
 */
public final class CloneDropAssistant extends CommonDropAdapterAssistant {
    private CloneDrop drop;

    @Override
    protected void doInit() {
        ConsolePlugin plugin = ConsolePlugin.getDefault();
        drop = new CloneDrop(ConsoleOperations.current(), plugin.commandStack());
    }

    @Override
    public IStatus validateDrop(Object target, int operation, TransferData transferType) {
        if (!LocalSelectionTransfer.getTransfer().isSupportedType(transferType)) {
            return Status.CANCEL_STATUS;
        }
        return answer(drop.refusal(target, dragged()));
    }

    @Override
    public IStatus handleDrop(CommonDropAdapter adapter, DropTargetEvent event, Object target) {
        ISelection dragged = dragged();
        IStatus status = answer(drop.refusal(target, dragged));
        if (status.isOK()) {
            drop.drop(target, dragged);
        }
        return status;
    }

    private IStatus answer(String refusal) {
        NavigatorStatusLine.showError(getContentService(), refusal);
        return refusal == null ? Status.OK_STATUS : Status.error(refusal);
    }

    private static ISelection dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection();
    }
}
