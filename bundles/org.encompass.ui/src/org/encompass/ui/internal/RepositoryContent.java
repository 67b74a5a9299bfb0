package org.encompass.ui.internal;

import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.encompass.core.internal.ModelAccess;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Master;
import org.encompass.model.Site;

/** Three folders (masters, machines, storage) over the site in a CDO view. */
final class RepositoryContent implements ITreeContentProvider {

    /** The view's input: the site, looked up afresh on every refresh. */
    record Root(CDOView view) {
        Site site() {
            if (!view.hasResource(ModelAccess.SITE_RESOURCE)) {
                return null;
            }
            return (Site) view.getResource(ModelAccess.SITE_RESOURCE).getContents().get(0);
        }
    }

    enum Kind { MASTERS, MACHINES, STORAGE }

    /** A folder node: masters, machines or storage. */
    record Folder(Kind kind, Root root) {
        String name() {
            return switch (kind) {
                case MASTERS -> Messages.folderMasters;
                case MACHINES -> Messages.folderMachines;
                case STORAGE -> Messages.folderStorage;
            };
        }
    }

    @Override
    public Object[] getElements(Object input) {
        Root root = (Root) input;
        return new Object[] { new Folder(Kind.MASTERS, root), new Folder(Kind.MACHINES, root), new Folder(Kind.STORAGE, root) };
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Folder folder) {
            Site site = folder.root().site();
            if (site == null) {
                return new Object[0];
            }
            return switch (folder.kind()) {
                case MASTERS -> site.getMasters().toArray();
                case MACHINES -> site.getHosts().toArray();
                case STORAGE -> site.getStorageDevices().toArray();
            };
        }
        if (parent instanceof Master master) {
            return master.getClones().toArray();
        }
        if (parent instanceof HypervisorHost host) {
            return host.getMachines().toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Folder || element instanceof Master m && !m.getClones().isEmpty()
                || element instanceof HypervisorHost h && !h.getMachines().isEmpty();
    }
}
