package org.encompass.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.encompass.core.EncompassException;
import org.encompass.core.Quoted;
import org.encompass.core.customization.CustomizationItemValidator;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.model.CustomizationItem;
import org.encompass.model.FileReplacement;
import org.encompass.model.Master;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;

/**
 * Where a file replacement's content lives: on its master's storage device ({@link ContentStore}), the
 * repository recording only its SHA-256 and size; in the repository itself only for a device whose driver
 * keeps no contents (up to {@link CustomizationItemValidator#MAX_INLINE_CONTENT_BYTES}). The one place that
 * writes and reads them for item-add, apply, export, import and the upgrade of older repositories.
 */
public final class ItemContents {

    private ItemContents() {
    }

    /** Stores {@code content} for {@code item} of a master on {@code device}, and records its digest and size. */
    static void record(FileReplacement item, String content, StorageDeviceSpec device) {
        ContentStore store = ContentStore.of(device);
        if (store != null) {
            record(item, content, store);
            return;
        }
        ContentStore.Stored described = ContentStore.describe(content);
        if (described.size() > CustomizationItemValidator.MAX_INLINE_CONTENT_BYTES) {
            throw new EncompassException("the content for " + Quoted.of(item.getPath()) + " has " + described.size()
                    + " bytes, more than the " + CustomizationItemValidator.MAX_INLINE_CONTENT_BYTES + " bytes (1 MiB) that"
                    + " the repository keeps for a master on storage " + (device == null ? "(none)" : device.name())
                    + ", whose driver keeps no contents beside its images");
        }
        item.setContent(content);
        item.setContentSha256(described.sha256());
        item.setContentSize(described.size());
    }

    private static void record(FileReplacement item, String content, ContentStore store) {
        ContentStore.Stored stored = store.put(content);
        item.setContent(null);
        item.setContentSha256(stored.sha256());
        item.setContentSize(stored.size());
    }

    /** The item's content, checked against the digest and size the repository recorded. */
    public static String content(FileReplacement item) {
        String what = label(item);
        if (item.getContent() != null) { // kept in the repository (a device without a store, or not yet moved out)
            if (item.getContentSha256() != null) {
                ContentStore.Stored described = ContentStore.describe(item.getContent());
                if (!described.sha256().equals(item.getContentSha256())) {
                    throw new EncompassException("the content of " + what + " does not match its recorded sha256 "
                            + item.getContentSha256());
                }
            }
            return item.getContent();
        }
        if (item.getContentSha256() == null) {
            throw new EncompassException("the content of " + what + " is missing (the repository records neither a content nor its digest)");
        }
        ContentStore store = ContentStore.of(CloneSnapshot.device(storage(item)));
        if (store == null) {
            throw new EncompassException("the content of " + what + " was stored on a device whose driver now keeps no contents");
        }
        return store.read(item.getContentSha256(), item.getContentSize(), what);
    }

    /** Copies of {@code master}'s items for a master on {@code device}, their contents stored there too when it is another device. */
    static java.util.List<CustomizationItem> copies(Master master, StorageDevice device) {
        java.util.List<CustomizationItem> copies = new java.util.ArrayList<>();
        for (CustomizationItem item : master.getCustomizationItems()) {
            CustomizationItem copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(item);
            if (device != master.getStorage() && item instanceof FileReplacement file) {
                record((FileReplacement) copy, content(file), CloneSnapshot.device(device));
            }
            copies.add(copy);
        }
        return copies;
    }

    /**
     * Moves contents that repositories of earlier versions kept inline out to their master's storage device
     * (and records the digest of those that stay). Returns how many it moved. Runs on the first start of a new
     * version, by the process that owns the repository.
     */
    public static int moveInline(ModelAccess model) {
        List<String> masters = model.read(site -> site.getMasters().stream().map(Master::getName).toList());
        int moved = 0;
        for (String name : masters) { // one commit per master: a failure leaves the others moved
            try {
                moved += model.write(site -> moveInline(SiteLookup.master(site, name)));
            } catch (RuntimeException e) {
                org.eclipse.core.runtime.ILog.of(ItemContents.class).warn("the contents of master " + name
                        + " stay in the repository for now (moved at a later start): " + e.getMessage());
            }
        }
        return moved;
    }

    private static int moveInline(Master master) {
        List<FileReplacement> inline = master.getCustomizationItems().stream().filter(FileReplacement.class::isInstance)
                .map(FileReplacement.class::cast).filter(file -> file.getContent() != null).toList();
        ContentStore store = inline.isEmpty() ? null : storeOf(master);
        int moved = 0;
        for (FileReplacement file : inline) {
            if (store == null) { // stays in the repository; its digest is recorded for the reads that check it
                ContentStore.Stored described = ContentStore.describe(file.getContent());
                file.setContentSha256(described.sha256());
                file.setContentSize(described.size());
            } else {
                record(file, file.getContent(), store);
                moved++;
            }
        }
        return moved;
    }

    /**
     * Deletes, on every device that keeps contents, those that no master with an image on it still names (a
     * retired master can never be applied again). Contents younger than {@link ContentStore#SWEEP_GRACE} stay:
     * another process may be adding them. Returns how many were deleted.
     */
    public static int removeUnused(ModelAccess model) {
        record Device(StorageDeviceSpec spec, Set<String> referenced) {
        }
        java.util.List<Device> devices = model.read(site -> {
            java.util.List<Device> result = new java.util.ArrayList<>();
            for (StorageDevice device : site.getStorageDevices()) {
                result.add(new Device(CloneSnapshot.device(device), referencedOn(site, device)));
            }
            return result;
        });
        int deleted = 0;
        for (Device device : devices) {
            ContentStore store;
            try {
                store = ContentStore.of(device.spec());
            } catch (EncompassException e) {
                continue; // an unreachable device keeps its contents until the next sweep
            }
            if (store != null) {
                deleted += store.sweep(device.referenced());
            }
        }
        return deleted;
    }

    private static Set<String> referencedOn(Site site, StorageDevice device) {
        Set<String> referenced = new HashSet<>();
        for (Master master : site.getMasters()) {
            if (master.getStorage() == device && master.getLocation() != null) {
                for (CustomizationItem item : master.getCustomizationItems()) {
                    if (item instanceof FileReplacement file && file.getContentSha256() != null) {
                        referenced.add(file.getContentSha256());
                    }
                }
            }
        }
        return referenced;
    }

    private static ContentStore storeOf(Master master) {
        try {
            return ContentStore.of(CloneSnapshot.device(master.getStorage()));
        } catch (EncompassException e) {
            return null; // stays inline; moved on a later start
        }
    }

    private static StorageDevice storage(FileReplacement item) {
        return item.eContainer() instanceof Master master ? master.getStorage() : null;
    }

    /** "item 2 (/etc/motd) of master web", for messages. */
    static String label(FileReplacement item) {
        if (item.eContainer() instanceof Master master) {
            return "item " + (master.getCustomizationItems().indexOf(item) + 1) + " (" + Quoted.of(item.getPath())
                    + ") of master " + master.getName();
        }
        return "the item for " + Quoted.of(item.getPath());
    }
}
