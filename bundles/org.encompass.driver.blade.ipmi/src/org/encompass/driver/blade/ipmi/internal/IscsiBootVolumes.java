package org.encompass.driver.blade.ipmi.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;

/**
 * A blade's boot volume as an iSCSI LUN of the local tgtd, whatever protocol powers the blade (IPMI, CIM):
 * the image becomes LUN 1 of the slot's own target, readable only by the blade's initiator, and the
 * blade's next boot is from the network. Shared by the blade drivers (exported to their bundles).
 */
public final class IscsiBootVolumes {
    /** What the mapping needs of the blade's controller. */
    public interface Blade {
        /** The blade's UUID (its iPXE initiator name is made of it). */
        String guid() throws DriverException;

        /** Makes the blade's next boot a network boot. */
        void bootFromNetwork() throws DriverException;
    }

    private final TgtTargets targets;

    public IscsiBootVolumes() {
        this(new TgtTargets());
    }

    IscsiBootVolumes(TgtTargets targets) {
        this.targets = targets;
    }

    /** The iSCSI target a blade boots from: one per chassis slot. */
    public static String targetName(String chassis, String slot) {
        return "iqn.2026-12.org.encompass:" + chassis.toLowerCase(Locale.ROOT).replace('_', '-') + ".slot" + slot;
    }

    /**
     * The name the blade's iPXE uses when it has no other ({@code iqn.2010-04.org.ipxe:} and the
     * machine's UUID, which its controller reports as the System GUID); an iPXE script may also set it with
     * {@code set initiator-iqn}.
     */
    public static String initiatorName(String guid) {
        return "iqn.2010-04.org.ipxe:" + guid;
    }

    /**
     * Maps {@code volume} for the blade in {@code slot} of {@code chassis}. Again with the same image:
     * nothing changes. tgt serves files as raw disks only, so a copy-on-write (qcow2) clone is refused.
     */
    public void map(String chassis, String slot, ImageRef volume, Blade blade) throws DriverException {
        if (volume.format() != ImageFormat.RAW) {
            throw new DriverException("a blade boots raw images only: tgt cannot serve the " + volume.format().qemuName()
                    + " image " + volume.location() + " (clone the master as a sparse, full or reflink copy)");
        }
        Path file = Path.of(volume.location());
        if (!Files.isRegularFile(file)) {
            throw new DriverException("the boot image " + file + " does not exist");
        }
        String name = targetName(chassis, slot);
        TgtTargets.Target existing = targets.find(name);
        if (existing != null && !existing.backingFiles().equals(List.of(file.toString()))) {
            throw new DriverException("slot " + slot + " of chassis " + chassis + " already boots "
                    + String.join(", ", existing.backingFiles()) + " (detach that clone first)");
        }
        String initiator = initiatorName(blade.guid());
        boolean created = false;
        if (existing == null) {
            targets.create(name, file.toString(), initiator);
            created = true;
        }
        try {
            blade.bootFromNetwork();
        } catch (DriverException e) {
            if (created) {
                targets.delete(targets.find(name).tid());
            }
            throw e;
        }
    }

    /** Removes the slot's target, if any. */
    public void unmap(String chassis, String slot) throws DriverException {
        TgtTargets.Target target = targets.find(targetName(chassis, slot));
        if (target != null) {
            targets.delete(target.tid());
        }
    }
}
