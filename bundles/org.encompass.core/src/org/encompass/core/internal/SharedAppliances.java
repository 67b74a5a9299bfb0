package org.encompass.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.encompass.core.customization.GuestfsBatch;
import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;

/**
 * libguestfs appliances shared by the clones of one deploy or of one slice of an update rollout (issue 20): an appliance's launch costs seconds
 * under TCG, so the clones whose images libguestfs customizes (XFS, LVM, btrfs, FAT, NTFS) are attached to one
 * appliance per {@link GuestfsBatch#maxImages()} images instead of one each. While shared, a clone's
 * customization ({@link CloneImage#open}) takes its image from the appliance, one clone at a time; its items,
 * pointer and undo records are persisted item by item as always, so a cancelled batch leaves each clone at a
 * consistent pointer. The appliances hold the images open, so machines must not use them before
 * {@link Share#close()}. Keyed by the image's local file, which is unique in the JVM.
 */
final class SharedAppliances {

    private record Slot(GuestfsBatch batch, int index, Share share) {
    }

    private static final Map<Path, Slot> SLOTS = new ConcurrentHashMap<>();

    private SharedAppliances() {
    }

    /** The appliances of one deploy (or rollout slice); closing stops them. Empty when no two clones need libguestfs. */
    static final class Share implements AutoCloseable {
        private final List<GuestfsBatch> batches = new ArrayList<>();
        private final List<Path> images = new ArrayList<>();
        /** Images whose files a clone got (its work began): a new appliance after a stop takes only the others. */
        private final java.util.Set<Path> handedOut = ConcurrentHashMap.newKeySet();

        boolean isEmpty() {
            return batches.isEmpty();
        }

        @Override
        public synchronized void close() {
            images.forEach(SLOTS::remove);
            batches.forEach(GuestfsBatch::close);
        }

        /**
         * After {@code stopped} ended: one new shared appliance for {@code file} and the images of {@code stopped}
         * no clone has asked for yet (one launch, not one per clone left); {@code null} when {@code file} is the
         * only one left (its own appliance costs the same) or the new appliance does not start.
         */
        synchronized Slot relaunch(GuestfsBatch stopped, Path file, String format) {
            Slot current = SLOTS.get(file);
            if (current == null || current.batch() != stopped) {
                return current; // another clone's thread relaunched already
            }
            List<Path> left = new ArrayList<>();
            for (Path image : images) {
                Slot slot = SLOTS.get(image);
                if (slot != null && slot.batch() == stopped && (image.equals(file) || !handedOut.contains(image))) {
                    left.add(image);
                }
            }
            images.stream().filter(image -> SLOTS.get(image) != null && SLOTS.get(image).batch() == stopped)
                    .forEach(SLOTS::remove);
            if (left.size() < 2) {
                return null;
            }
            try {
                GuestfsBatch batch = GuestfsBatch.open(left, format);
                batches.add(batch);
                for (int i = 0; i < left.size(); i++) {
                    SLOTS.put(left.get(i), new Slot(batch, i, this));
                }
                return SLOTS.get(file);
            } catch (IOException e) {
                ILog.of(SharedAppliances.class).warn("no new shared libguestfs appliance for " + left.size()
                        + " clones: " + e.getMessage());
                return null;
            }
        }
    }

    /** No appliance: every clone opens its own. */
    static Share none() {
        return new Share();
    }

    /**
     * Starts shared appliances for those of {@code clones} that have items left to apply and whose image is a
     * local file for libguestfs. An appliance that does not start shares nothing: each clone then opens its own
     * and reports the cause itself.
     */
    static Share share(ModelAccess model, List<String> clones) {
        Share share = new Share();
        Map<String, List<Path>> byFormat = new LinkedHashMap<>();
        for (String clone : clones) {
            CloneCustomizer.Work work = model.read(site -> CloneCustomizer.snapshot(SiteLookup.clone(site, clone), null));
            Path file = work.pointer() < work.items().size() ? libguestfsFile(work) : null;
            if (file != null && !SLOTS.containsKey(file)) {
                byFormat.computeIfAbsent(format(work), f -> new ArrayList<>()).add(file);
            }
        }
        for (Map.Entry<String, List<Path>> group : byFormat.entrySet()) {
            List<Path> files = group.getValue();
            for (int from = 0; files.size() > 1 && from < files.size(); from += GuestfsBatch.maxImages()) {
                List<Path> chunk = files.subList(from, Math.min(files.size(), from + GuestfsBatch.maxImages()));
                try {
                    GuestfsBatch batch = GuestfsBatch.open(chunk, group.getKey());
                    share.batches.add(batch);
                    for (int i = 0; i < chunk.size(); i++) {
                        SLOTS.put(chunk.get(i), new Slot(batch, i, share));
                        share.images.add(chunk.get(i));
                    }
                } catch (IOException e) {
                    ILog.of(SharedAppliances.class).warn("no shared libguestfs appliance for " + chunk.size()
                            + " clones: " + e.getMessage());
                }
            }
        }
        return share;
    }

    /**
     * Whether clones of {@code master} could share an appliance: its image is a local file libguestfs customizes
     * (judged from its bytes, as a clone's). Callers that change their order of work for sharing ask this first.
     */
    static boolean mayShare(ModelAccess model, String master) {
        if (!GuestfsBatch.installed()) {
            return false;
        }
        return model.read(site -> {
            org.encompass.model.Master m = SiteLookup.master(site, master);
            if (m.getLocation() == null || m.getCustomizationItems().isEmpty()) {
                return false;
            }
            try {
                Path file = Drivers.storage().driver(m.getStorage().getKind()).localImageFile(
                        CloneSnapshot.device(m.getStorage()), new org.encompass.core.spi.ImageRef(m.getLocation(),
                                ModelValues.toSpi(m.getFormat())));
                return file != null && Files.isRegularFile(file)
                        && ImageFilesFactory.LIBGUESTFS.equals(ImageFilesFactory.backend(file));
            } catch (DriverException | IOException e) {
                return false;
            }
        });
    }

    /**
     * The clone's files from a shared appliance, held until closed; {@code null} when it is not in one. When its
     * appliance was stopped (a request of another clone ran out of time, or the appliance ended), one new shared
     * appliance takes the clones not yet begun (a clone that was begun, and may be the one that hung, is not
     * attached again); a clone left alone opens an appliance of its own, so one clone's timeout does not fail the
     * rest of the batch.
     */
    static ImageFiles files(CloneCustomizer.Work work) throws DriverException, IOException {
        if (SLOTS.isEmpty() || work.image() == null) {
            return null;
        }
        Path file = localFile(work);
        Slot slot = file == null ? null : SLOTS.get(file);
        if (slot == null) {
            return null;
        }
        for (int attempt = 0; attempt < 2 && slot != null; attempt++) {
            try {
                if (slot.batch().running()) {
                    ImageFiles files = slot.batch().files(slot.index()); // waits while another clone's are open
                    slot.share().handedOut.add(file);
                    return files;
                }
            } catch (IOException e) {
                if (slot.batch().running()) {
                    throw e; // the image's own fault (no file system...): the appliance still serves the others
                }
            }
            slot = attempt == 0 ? slot.share().relaunch(slot.batch(), file, format(work)) : null;
            ILog.of(SharedAppliances.class).warn("the shared libguestfs appliance was stopped; " + file
                    + (slot != null ? " is customized in a new shared appliance" : " is customized in an appliance of its own"));
        }
        SLOTS.remove(file);
        return null;
    }

    private static Path libguestfsFile(CloneCustomizer.Work work) {
        try {
            Path file = work.image() == null ? null : localFile(work);
            return file != null && Files.isRegularFile(file)
                    && ImageFilesFactory.LIBGUESTFS.equals(ImageFilesFactory.backend(file)) ? file : null;
        } catch (DriverException | IOException e) {
            return null; // the clone's own customization reports it
        }
    }

    private static Path localFile(CloneCustomizer.Work work) throws DriverException {
        Path file = Drivers.storage().driver(work.device().kind()).localImageFile(work.device(), work.image());
        return file == null ? null : file.toAbsolutePath().normalize();
    }

    /** As {@link CloneImage} opens it: a qcow2 overlay as qcow2, anything else as its raw bytes. */
    private static String format(CloneCustomizer.Work work) {
        return work.image().format() == ImageFormat.QCOW2 ? "qcow2" : "raw";
    }
}
