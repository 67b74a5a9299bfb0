package org.encompass.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.query.CloneCounts;
import org.encompass.core.query.SiteResources;
import org.encompass.core.query.States;
import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.Site;
import org.encompass.model.VirtualMachine;

/**
 * The Repository navigator's main content (plugin.xml, {@code navigatorContent}): three folders over
 * the site in a CDO view: masters as a lineage tree (a captured master under the master it came from)
 * with their clones grouped by metastate; hosts with their virtual machines; chassis with their
 * blades. The storage folder's devices come from {@link StorageContent}.
 */
public final class RepositoryContent implements ITreeContentProvider {

    /** The navigators' input: the site, looked up afresh on every refresh. */
    public record Root(CDOView view) {
        public Site site() {
            return SiteResources.site(view);
        }
    }

    public enum Kind { MASTERS, MACHINES, CHASSIS, STORAGE }

    /** A folder node: masters, machines, chassis or storage. */
    public record Folder(Kind kind, Root root) {
        String name() {
            return switch (kind) {
                case MASTERS -> Messages.folderMasters;
                case MACHINES -> Messages.folderMachines;
                case CHASSIS -> Messages.folderChassis;
                case STORAGE -> Messages.folderStorage;
            };
        }
    }

    /** A master's clones of one metastate; terminal ones (destroyed, captured) together as history. */
    public enum Group { CLEAN, OPERATIONAL, MAINTENANCE, HISTORY }

    public record StateGroup(Master master, Group group) {
        /** The group's clones, read when it is opened: only those ({@link CloneCounts#clones}), not all of the master's. */
        List<Clone> clones() {
            CDOView view = CDOUtil.getCDOObject(master).cdoView();
            if (view != null) {
                try {
                    return CloneCounts.clones(view, master, state -> groupOf(state) == group);
                } catch (RuntimeException e) {
                    // offline (the server went away) or a view being closed: the clones this view has read
                }
            }
            List<Clone> result = new ArrayList<>();
            for (Clone clone : master.getClones()) {
                if (groupOf(clone) == group) {
                    result.add(clone);
                }
            }
            return result;
        }

        /** The label with the group's count, from the master's counts ({@link GroupCounts}: no clone is read). */
        String name() {
            String label = switch (group) {
                case CLEAN -> Messages.groupClean;
                case OPERATIONAL -> Messages.groupOperational;
                case MAINTENANCE -> Messages.groupMaintenance;
                case HISTORY -> Messages.groupHistory;
            };
            return NLS.bind(label, GroupCounts.of(master)[group.ordinal()]);
        }
    }

    static Group groupOf(Clone clone) {
        return groupOf(States.of(clone));
    }

    static Group groupOf(CloneState state) {
        if (state.isTerminal()) {
            return Group.HISTORY;
        }
        return state.metastate() == Metastate.OPERATIONAL ? Group.OPERATIONAL
                : state.metastate() == Metastate.MAINTENANCE ? Group.MAINTENANCE : Group.CLEAN;
    }

    @Override
    public Object[] getElements(Object input) {
        Root root = (Root) input;
        return new Object[] { new Folder(Kind.MASTERS, root), new Folder(Kind.MACHINES, root), new Folder(Kind.CHASSIS, root),
                new Folder(Kind.STORAGE, root) };
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case Folder folder -> folderChildren(folder);
            case Master master -> masterChildren(master).toArray();
            case StateGroup group -> group.clones().toArray();
            case HypervisorHost host -> host.getMachines().toArray();
            case Chassis chassis -> chassis.getBlades().toArray();
            default -> new Object[0];
        };
    }

    private static Object[] folderChildren(Folder folder) {
        Site site = folder.root().site();
        if (site == null) {
            return new Object[0];
        }
        return switch (folder.kind()) {
            case MASTERS -> site.getMasters().stream().filter(m -> m.getParent() == null).toArray();
            case MACHINES -> site.getHosts().toArray();
            case CHASSIS -> site.getChassis().toArray();
            case STORAGE -> new Object[0]; // StorageContent's
        };
    }

    /**
     * Masters captured from this one, then its clones by metastate (groups without clones left out), known from the
     * master's counts: a group's clones are read only when it is opened.
     */
    private static List<Object> masterChildren(Master master) {
        List<Object> children = new ArrayList<>();
        if (master.eContainer() instanceof Site site) {
            site.getMasters().stream().filter(m -> m.getParent() == master).forEach(children::add);
        }
        int[] counts = GroupCounts.of(master);
        for (Group group : Group.values()) {
            if (counts[group.ordinal()] > 0) {
                children.add(new StateGroup(master, group));
            }
        }
        return children;
    }

    /**
     * Every object's parent up to its folder, so the viewer can find an object whose row does not exist yet:
     * a selected clone that moved to another metastate group stays selected after the refresh.
     */
    @Override
    public Object getParent(Object element) {
        return switch (element) {
            case StateGroup group -> group.master();
            case Clone clone -> new StateGroup(clone.getMaster(), groupOf(clone));
            case Master master -> master.getParent() != null ? master.getParent() : folderOf(Kind.MASTERS, master);
            case HypervisorHost host -> folderOf(Kind.MACHINES, host);
            case Chassis chassis -> folderOf(Kind.CHASSIS, chassis);
            case VirtualMachine vm -> vm.getHost();
            case Blade blade -> blade.getChassis();
            default -> null;
        };
    }

    /** The folder of {@code kind} in the navigator over {@code object}'s CDO view (the viewer's input is that view's root). */
    static Folder folderOf(Kind kind, EObject object) {
        return new Folder(kind, new Root(CDOUtil.getCDOObject(object).cdoView()));
    }

    @Override
    public boolean hasChildren(Object element) {
        return switch (element) {
            case Folder f -> true;
            case Master m -> !m.getClones().isEmpty() || m.eContainer() instanceof Site s && s.getMasters().stream().anyMatch(x -> x.getParent() == m);
            case StateGroup g -> true;
            case HypervisorHost h -> !h.getMachines().isEmpty();
            case Chassis c -> !c.getBlades().isEmpty();
            default -> false;
        };
    }
}
