package org.encompass.ui.diagram.internal;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.model.Clone;
import org.encompass.model.Master;

/**
 * Opens the lifecycle diagram: of the selected master's clones when one master is selected, of all
 * clones otherwise, with the selected clones selected in it.
 */
public final class OpenLifecycleDiagramHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<?> selected = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s ? s.toList() : List.of();
        String master = selected.size() == 1 && selected.get(0) instanceof Master m ? m.getName() : null;
        IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
        try {
            // The console's perspective starts with the editor area hidden: the diagram is its only editor.
            page.setEditorAreaVisible(true);
            IEditorPart editor = page.openEditor(new LifecycleDiagramInput(master), LifecycleDiagramEditor.ID);
            List<?> clones = selected.stream().filter(Clone.class::isInstance).toList();
            if (!clones.isEmpty()) {
                editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(clones));
            }
            return editor;
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
