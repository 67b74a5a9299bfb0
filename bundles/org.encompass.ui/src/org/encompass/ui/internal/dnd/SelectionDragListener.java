package org.encompass.ui.internal.dnd;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.encompass.ui.internal.commands.Selections;

/** Lets the operator drag selected clones or one master out of a tree (in-process, as a selection). */
public final class SelectionDragListener extends DragSourceAdapter {
    private final StructuredViewer viewer;

    public SelectionDragListener(StructuredViewer viewer) {
        this.viewer = viewer;
    }

    @Override
    public void dragStart(DragSourceEvent event) {
        IStructuredSelection selection = viewer.getStructuredSelection();
        event.doit = !Selections.clones(selection).isEmpty() || Selections.masters(selection).size() == 1;
        if (event.doit) {
            LocalSelectionTransfer.getTransfer().setSelection(selection);
        }
    }

    @Override
    public void dragSetData(DragSourceEvent event) {
        event.data = LocalSelectionTransfer.getTransfer().getSelection();
    }

    @Override
    public void dragFinished(DragSourceEvent event) {
        LocalSelectionTransfer.getTransfer().setSelection(null);
    }
}
