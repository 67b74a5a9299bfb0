package org.encompass.ui.internal.properties;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.encompass.core.internal.SiteLookup;
import org.encompass.core.internal.States;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.StorageDevice;
import org.encompass.ui.internal.Messages;
import org.eclipse.osgi.util.NLS;

/** The title of the tabbed Properties page: what is selected, and its state. */
public final class TitleLabels extends LabelProvider {
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
}
