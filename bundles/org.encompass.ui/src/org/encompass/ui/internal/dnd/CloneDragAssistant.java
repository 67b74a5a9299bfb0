package org.encompass.ui.internal.dnd;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.ui.navigator.CommonDragAdapterAssistant;
import org.encompass.ui.internal.commands.Selections;

/**
 * The navigators' drag assistant (plugin.xml, {@code dragAssistant}): only clones, or one master, can be
 * dragged; CNF carries them in-process as the local selection.
 */
public final class CloneDragAssistant extends CommonDragAdapterAssistant {

    @Override
    public Transfer[] getSupportedTransferTypes() {
        return new Transfer[0]; // CNF's own LocalSelectionTransfer is all a drop needs
    }

    @Override
    public void dragStart(DragSourceEvent event, IStructuredSelection selection) {
        event.doit = !Selections.clones(selection).isEmpty() || Selections.masters(selection).size() == 1;
    }

    @Override
    public boolean setDragData(DragSourceEvent event, IStructuredSelection selection) {
        return false;
    }

    /** A refusal shown while dragging goes when the drag ends. */
    @Override
    public void dragFinished(DragSourceEvent event, IStructuredSelection selection) {
        NavigatorStatusLine.showError(getContentService(), null);
    }
}
