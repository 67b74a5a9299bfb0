package org.encompass.ui.internal.properties;

import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.cdo.view.CDOViewInvalidationEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.StorageDevice;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.Messages;

/**
 * The title of the tabbed Properties page: what is selected, and its state. The page sets its title
 * only when the selection changes, so after every commit this provider tells the page (its listener)
 * to ask again: a clone's state in the title moves with the repository like the sections below it.
 */
public final class TitleLabels extends LabelProvider {
    private final CDOView view;
    private IListener invalidations;

    public TitleLabels() {
        view = ConsolePlugin.getDefault().session().view();
        invalidations = event -> {
            if (event instanceof CDOViewInvalidationEvent) {
                Display display = Display.getDefault();
                display.asyncExec(() -> {
                    if (invalidations != null) {
                        fireLabelProviderChanged(new LabelProviderChangedEvent(this));
                    }
                });
            }
        };
        view.addListener(invalidations);
    }

    @Override
    public String getText(Object element) {
        Object first = element instanceof IStructuredSelection s ? s.getFirstElement() : element;
        return switch (first) {
            case Clone c -> NLS.bind(Messages.titleClone, c.getName(), States.of(c));
            case Master m -> NLS.bind(Messages.titleMaster, m.getName());
            case Machine m -> NLS.bind(Messages.titleMachine, SiteLookup.qualifiedName(m));
            case HypervisorHost h -> NLS.bind(Messages.titleHost, h.getName());
            case StorageDevice d -> NLS.bind(Messages.titleStorage, d.getName());
            case null, default -> "";
        };
    }

    @Override
    public void dispose() {
        if (invalidations != null) {
            view.removeListener(invalidations);
            invalidations = null;
        }
        super.dispose();
    }
}
