package org.encompass.ui.internal;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.encompass.core.query.States;
import org.eclipse.osgi.util.NLS;
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
            return m.getName() + (m.getVersion() == null ? "" : " v" + m.getVersion());
        }
        if (element instanceof Clone c) {
            return c.getName();
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
            return m.getLocation() == null ? "retired" : m.getClones().size() + " clones";
        }
        if (element instanceof HypervisorHost h) {
            return h.isReachable() ? "reachable" : "unreachable";
        }
        if (element instanceof Chassis c) {
            return c.getBlades().size() + " blades";
        }
        if (element instanceof Machine m) {
            return (m.isReachable() ? "" : "unreachable, ") + m.getPower().getName()
                    + (m.getClone() == null ? ", free" : ", holds " + m.getClone().getName() + " (" + m.getClone().getPlacement().getName() + ")");
        }
        if (element instanceof Volume v) {
            return v.getFormat() == null ? "" : v.getFormat().getName();
        }
        return "";
    }

    private static String details(Object element) {
        if (element instanceof Clone c) {
            return (c.getMachine() == null ? "" : "on " + c.getMachine().getName() + " · ") + c.getCloneMethod().getName()
                    + (c.isFlushPending() ? " · " + Messages.cloneFlushPending : "")
                    + " · customization " + c.getCustomizationPointer() + "/" + c.getMaster().getCustomizationItems().size();
        }
        if (element instanceof Master m) {
            return m.getFormat().getName() + " · " + (m.getSizeBytes() >> 20) + " MiB"
                    + (m.getParent() == null ? "" : " · captured from " + m.getParent().getName());
        }
        if (element instanceof HypervisorHost h) {
            return h.getKind() + " " + h.getUri();
        }
        if (element instanceof Chassis c) {
            return NLS.bind(Messages.chassisDetails, c.getKind(), c.getManagementAddress());
        }
        if (element instanceof Blade b) {
            return NLS.bind(Messages.bladeDetails, new Object[] { b.getSlot(), b.getBmcAddress(), b.getUuid() == null ? "?" : b.getUuid() });
        }
        if (element instanceof Machine m) {
            return m.getArchitecture() + " · " + m.getCpus() + " CPUs · " + m.getMemoryMiB() + " MiB";
        }
        if (element instanceof StorageDevice d) {
            return d.getKind() + " " + d.getLocation() + " · default " + d.getDefaultCloneMethod().getName();
        }
        if (element instanceof Volume v) {
            return (v.getCapacityBytes() >> 20) + " MiB · " + v.getLocation();
        }
        return "";
    }
}
