package org.encompass.ui.internal.properties;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.cdo.view.CDOViewInvalidationEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.encompass.ui.internal.ConsolePlugin;

/**
 * A property section over one repository object that shows it again whenever the repository
 * changes (the object's state moves while it is selected).
 */
abstract class SectionInput extends AbstractPropertySection {
    private Object element;
    private IListener invalidations;

    @Override
    public void setInput(IWorkbenchPart part, ISelection selection) {
        super.setInput(part, selection);
        element = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
    }

    /**
     * The selected object, or null when it belongs to a view closed since it was selected (the console connected to
     * a server, disconnected or reconnected: its views show the new session's objects, the old ones can no longer be read).
     */
    protected Object element() {
        if (element instanceof CDOObject object && (object.cdoView() == null || object.cdoView().isClosed())) {
            return null;
        }
        return element;
    }

    /** Call from createControls with the section's top control: refresh on every commit while it lives. */
    protected void followRepository(Control control) {
        CDOView view = ConsolePlugin.getDefault().session().view();
        invalidations = event -> {
            if (event instanceof CDOViewInvalidationEvent) {
                control.getDisplay().asyncExec(() -> {
                    if (!control.isDisposed() && element != null) {
                        refresh();
                    }
                });
            }
        };
        view.addListener(invalidations);
        control.addDisposeListener(e -> view.removeListener(invalidations));
    }
}
