package org.encompass.ui.internal;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.query.States;
import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.StorageDevice;
import org.encompass.model.Volume;

/**
 * One column of the navigators' trees: name (with the icon; the navigator contents' label provider in
 * plugin.xml), state or details (the viewer's other columns).
 */
public final class RepositoryLabels extends ColumnLabelProvider {
    private final int column;

    /** The name column, as CNF instantiates it. */
    public RepositoryLabels() {
        this(0);
    }

    RepositoryLabels(int column) {
        this.column = column;
    }

    @Override
    public String getText(Object element) {
        return switch (column) {
            case 0 -> name(element);
            case 1 -> state(element);
            default -> details(element);
        };
    }

    @Override
    public org.eclipse.swt.graphics.Image getImage(Object element) {
        return column == 0 ? Icons.of(element) : null;
    }

    private static String name(Object element) {
        if (element instanceof RepositoryContent.Folder folder) {
            return folder.name();
        }
        if (element instanceof RepositoryContent.StateGroup group) {
            return group.name();
        }
        if (element instanceof Master m) {
            return m.getVersion() == null ? m.getName() : NLS.bind(LabelMessages.masterVersion, m.getName(), m.getVersion());
        }
        if (element instanceof Clone c) {
            return org.encompass.ui.internal.updates.UpdateMarks.label(c);
        }
        if (element instanceof HypervisorHost h) {
            return h.getName();
        }
        if (element instanceof Chassis c) {
            return c.getName();
        }
        if (element instanceof Machine m) {
            return m.getName();
        }
        if (element instanceof StorageDevice d) {
            return d.getName();
        }
        if (element instanceof Volume v) {
            return v.getName();
        }
        return String.valueOf(element);
    }

    private static String state(Object element) {
        if (element instanceof Clone c) {
            return States.of(c).toString();
        }
        if (element instanceof Master m) {
            return m.getLocation() == null ? LabelMessages.masterRetired : NLS.bind(LabelMessages.masterClones, m.getClones().size());
        }
        if (element instanceof HypervisorHost h) {
            return h.isReachable() ? LabelMessages.hostReachable : LabelMessages.hostUnreachable;
        }
        if (element instanceof Chassis c) {
            return NLS.bind(LabelMessages.chassisBlades, c.getBlades().size());
        }
        if (element instanceof Machine m) {
            String power = m.getPower().getName();
            String holding = m.getClone() == null ? NLS.bind(LabelMessages.machineFree, power)
                    : NLS.bind(LabelMessages.machineHolds, new Object[] {power, m.getClone().getName(), m.getClone().getPlacement().getName()});
            return m.isReachable() ? holding : NLS.bind(LabelMessages.machineUnreachable, holding);
        }
        if (element instanceof Volume v) {
            return v.getFormat() == null ? "" : v.getFormat().getName();
        }
        return "";
    }

    private static String details(Object element) {
        if (element instanceof Clone c) {
            String text = c.getCloneMethod().getName();
            if (c.isFlushPending()) {
                text = join(text, Messages.cloneFlushPending);
            }
            if (c.getMachine() != null) {
                text = join(NLS.bind(LabelMessages.cloneOn, c.getMachine().getName()), text);
            }
            return join(text, NLS.bind(LabelMessages.cloneCustomization, c.getCustomizationPointer(),
                    c.getMaster().getCustomizationItems().size()));
        }
        if (element instanceof Master m) {
            String text = NLS.bind(LabelMessages.masterDetails, m.getFormat().getName(), m.getSizeBytes() >> 20);
            return m.getParent() == null ? text : join(text, NLS.bind(LabelMessages.masterCapturedFrom, m.getParent().getName()));
        }
        if (element instanceof HypervisorHost h) {
            return NLS.bind(LabelMessages.kindAndLocation, h.getKind(), h.getUri());
        }
        if (element instanceof Chassis c) {
            return NLS.bind(Messages.chassisDetails, c.getKind(), c.getManagementAddress());
        }
        if (element instanceof Blade b) {
            return NLS.bind(Messages.bladeDetails, new Object[] { b.getSlot(), b.getBmcAddress(), b.getUuid() == null ? "?" : b.getUuid() });
        }
        if (element instanceof Machine m) {
            return NLS.bind(LabelMessages.machineDetails, new Object[] {m.getArchitecture(), m.getCpus(), m.getMemoryMiB()});
        }
        if (element instanceof StorageDevice d) {
            return join(NLS.bind(LabelMessages.kindAndLocation, d.getKind(), d.getLocation()),
                    NLS.bind(LabelMessages.storageDefault, d.getDefaultCloneMethod().getName()));
        }
        if (element instanceof Volume v) {
            return NLS.bind(LabelMessages.volumeDetails, v.getCapacityBytes() >> 20, v.getLocation());
        }
        return "";
    }

    private static String join(String first, String second) {
        return NLS.bind(LabelMessages.join, first, second);
    }
}
