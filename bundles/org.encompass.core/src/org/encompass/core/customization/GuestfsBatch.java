package org.encompass.core.customization;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Many images customized one after another in one libguestfs appliance: the launch (seconds, ~15 s under
 * TCG) is paid once per {@link Guestfish#MAX_DRIVES} images instead of once per image. Clones of one master
 * hold identical LVM volume groups (same names and UUIDs), so while one image is worked on, LVM in the
 * appliance is filtered to see only its drive. Use the images one at a time, in any order; closing the batch
 * stops the appliance. Threads may share a batch: {@link #files} waits while another thread's image is open.
 */
public final class GuestfsBatch implements AutoCloseable {

    private final Guestfish fish;
    private final List<Drive> drives = new ArrayList<>();
    private final ReentrantLock inUse = new ReentrantLock();

    private GuestfsBatch(Guestfish fish, List<Path> images) {
        this.fish = fish;
        for (int i = 0; i < images.size(); i++) {
            drives.add(new Drive(images.get(i), "/dev/sd" + driveLetters(i), images.size() > 1));
        }
    }

    /** Starts one appliance with all {@code images} ({@code format} "raw" or "qcow2") attached. */
    public static GuestfsBatch open(List<Path> images, String format) throws IOException {
        Guestfish fish = Guestfish.launch(images, format);
        return new GuestfsBatch(fish, images);
    }

    /** How many appliances were started in this JVM, batches and single images alike (for tests and benchmarks). */
    public static long appliancesStarted() {
        return Guestfish.launches();
    }

    /** Whether libguestfs (guestfish) is installed here. */
    public static boolean installed() {
        return Guestfish.installed();
    }

    /** How many images one batch takes at most. */
    public static int maxImages() {
        return Guestfish.MAX_DRIVES;
    }

    /**
     * The files of the {@code index}-th image; closing them unmounts its file systems and leaves the appliance
     * running for the others.
     */
    public GuestfsImageFiles files(int index) throws IOException {
        inUse.lock(); // one image at a time: callers on other threads wait here until the files are closed
        try {
            if (!running()) {
                throw new IOException("the shared libguestfs appliance was stopped (a request ran out of time, or it"
                        + " ended); " + drives.get(index).image() + " needs an appliance of its own");
            }
            return GuestfsImageFiles.open(fish, drives.get(index), inUse::unlock);
        } catch (IOException | RuntimeException e) {
            inUse.unlock();
            throw e;
        }
    }

    /**
     * Whether the appliance still runs: a request that ran out of time stops it (as one that hangs must), and
     * so does a crash; the images not yet customized then need another appliance.
     */
    public boolean running() {
        return fish.running();
    }

    @Override
    public void close() {
        fish.close();
    }

    private static String driveLetters(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index))
                : driveLetters(index / 26 - 1) + (char) ('a' + index % 26);
    }

    /**
     * One image attached to an appliance as {@code device} ({@code /dev/sdb}). {@code filtered}: other drives
     * are attached too, so LVM must be told to see only this one before its volumes are used.
     */
    record Drive(Path image, String device, boolean filtered) {
        Drive {
            Objects.requireNonNull(image);
            Objects.requireNonNull(device);
        }

        /** Whether a device from list-filesystems is on this drive (with the filter on, every LV is). */
        boolean owns(String fileSystem) {
            if (!fileSystem.startsWith("/dev/sd")) {
                return true;
            }
            String rest = fileSystem.startsWith(device) ? fileSystem.substring(device.length()) : "x";
            return rest.isEmpty() || Character.isDigit(rest.charAt(0));
        }

        /** An item's device, named as if this image were alone ({@code /dev/sda1}), on this drive. */
        String device(String named) {
            return named.startsWith("/dev/sda") ? device + named.substring("/dev/sda".length()) : named;
        }

        /**
         * Makes this drive's volumes the ones LVM sees (nothing mounted stays in the way); {@code listing}: its
         * file systems are about to be listed, so the filter is needed even before its layout is known.
         */
        void select(Guestfish fish, boolean listing) throws IOException {
            if (fish.selected() == this) {
                return;
            }
            Guestfish.Layout layout = fish.layout(device);
            if (filtered && (listing || layout == null || layout.usesLvm())) {
                // lvm-set-filter deactivates every volume group, rescans and activates what the filter lets LVM
                // see (libguestfs' daemon/lvm-filter.c): a vg-activate-all after it cost ~0.5 s a clone for nothing
                fish.run("umount-all", ":", "lvm-set-filter", device);
                fish.mounted(null);
            }
            fish.selected(this);
        }

        /** Mounts {@code fileSystem} of this drive as the appliance's root unless it is already. */
        void mount(Guestfish fish, String fileSystem) throws IOException {
            select(fish, false);
            String key = device + "=" + fileSystem;
            if (!key.equals(fish.mounted())) {
                fish.mounted(null);
                fish.run("umount-all", ":", "mount", fileSystem, "/");
                fish.mounted(key);
            }
        }
    }
}
