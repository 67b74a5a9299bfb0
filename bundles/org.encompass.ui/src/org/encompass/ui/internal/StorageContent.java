package org.encompass.ui.internal;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;

/**
 * The Repository navigator's second content extension (plugin.xml): under the storage folder, the
 * storage devices with the volumes each reported when it was last scanned.
 */
public final class StorageContent implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return new Object[0]; // not a root content: it hangs under RepositoryContent's storage folder
    }

    @Override
    public Object[] getChildren(Object parent) {
        return switch (parent) {
            case RepositoryContent.Folder folder when folder.kind() == RepositoryContent.Kind.STORAGE -> {
                Site site = folder.root().site();
                yield site == null ? new Object[0] : site.getStorageDevices().toArray();
            }
            case StorageDevice device -> device.getVolumes().toArray();
            default -> new Object[0];
        };
    }

    @Override
    public Object getParent(Object element) {
        return switch (element) {
            case StorageDevice device -> RepositoryContent.folderOf(RepositoryContent.Kind.STORAGE, device);
            case org.encompass.model.Volume volume -> volume.eContainer();
            default -> null;
        };
    }

    @Override
    public boolean hasChildren(Object element) {
        return switch (element) {
            case RepositoryContent.Folder folder -> folder.kind() == RepositoryContent.Kind.STORAGE;
            case StorageDevice device -> !device.getVolumes().isEmpty();
            default -> false;
        };
    }
}
