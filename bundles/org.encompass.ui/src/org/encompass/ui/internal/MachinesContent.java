package org.encompass.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;
import org.encompass.model.Site;
import org.encompass.model.VirtualMachine;

/**
 * The Machines navigator's content (plugin.xml, {@code navigatorContent}): hosts -> virtual machines, then
 * a Chassis folder -> chassis -> blades; a machine that holds a clone shows it as its child.
 */
public final class MachinesContent implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        Site site = ((RepositoryContent.Root) input).site();
        if (site == null) {
            return new Object[0];
        }
        List<Object> elements = new ArrayList<>(site.getHosts());
        elements.add(new RepositoryContent.Folder(RepositoryContent.Kind.CHASSIS, (RepositoryContent.Root) input));
        return elements.toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case RepositoryContent.Folder folder when folder.kind() != RepositoryContent.Kind.CHASSIS -> new Object[0];
            case RepositoryContent.Folder folder -> folder.root().site() == null ? new Object[0] : folder.root().site().getChassis().toArray();
            case HypervisorHost host -> host.getMachines().toArray();
            case Chassis chassis -> chassis.getBlades().toArray();
            case Machine machine -> machine.getClone() == null ? new Object[0] : new Object[] { machine.getClone() };
            default -> new Object[0];
        };
    }

    @Override
    public Object getParent(Object element) {
        return switch (element) {
            case Chassis chassis -> RepositoryContent.folderOf(RepositoryContent.Kind.CHASSIS, chassis);
            case VirtualMachine vm -> vm.getHost();
            case Blade blade -> blade.getChassis();
            default -> null;
        };
    }

    @Override
    public boolean hasChildren(Object element) {
        return switch (element) {
            case RepositoryContent.Folder folder -> true;
            case HypervisorHost host -> !host.getMachines().isEmpty();
            case Chassis chassis -> !chassis.getBlades().isEmpty();
            case Machine machine -> machine.getClone() != null;
            default -> false;
        };
    }
}
