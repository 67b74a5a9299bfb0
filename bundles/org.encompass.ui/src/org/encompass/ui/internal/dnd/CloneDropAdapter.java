package org.encompass.ui.internal.dnd;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drops clones and masters on machines in a tree; a refused drop shows no-drop feedback and the
 * reason in the status line.
 */
public final class CloneDropAdapter extends ViewerDropAdapter {
    public static final Transfer[] TRANSFERS = { LocalSelectionTransfer.getTransfer() };

    private final CloneDrop drop;
    private final IStatusLineManager statusLine;

    public CloneDropAdapter(Viewer viewer, CloneDrop drop, IStatusLineManager statusLine) {
        super(viewer);
        this.drop = drop;
        this.statusLine = statusLine;
        setFeedbackEnabled(false); // drop on items only, never between them
    }

    @Override
    public void dragLeave(DropTargetEvent event) {
        super.dragLeave(event);
        showRefusal(null);
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData transferType) {
        if (!LocalSelectionTransfer.getTransfer().isSupportedType(transferType)) {
            return false;
        }
        String refusal = drop.refusal(target, dragged());
        showRefusal(refusal);
        return refusal == null;
    }

    @Override
    public boolean performDrop(Object data) {
        return dropOn(getCurrentTarget());
    }

    /** The drop itself (also what tests call after {@link #validateDrop}). */
    public boolean dropOn(Object target) {
        ISelection dragged = dragged();
        String refusal = drop.refusal(target, dragged);
        showRefusal(refusal);
        if (refusal != null) {
            return false;
        }
        drop.drop(target, dragged);
        return true;
    }

    private static ISelection dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection();
    }

    private void showRefusal(String refusal) {
        if (statusLine != null) {
            statusLine.setErrorMessage(refusal);
        }
    }

    public static int operations() {
        return DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;
    }
}
