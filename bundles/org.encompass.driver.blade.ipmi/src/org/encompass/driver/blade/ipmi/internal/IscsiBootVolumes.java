package org.encompass.driver.blade.ipmi.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.BladeDriver.BootVolume;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.QemuStorageDaemon;

/**
 * A blade's boot volume as an iSCSI LUN of the local tgtd, whatever protocol powers the blade (IPMI, CIM):
 * the image becomes LUN 1 of the slot's own target, readable only by the blade's initiator, and the
 * blade's next boot is from the network. tgt serves files as raw disks only: a copy-on-write (qcow2) clone
 * is served as its guest-visible bytes through a FUSE export of its own (qemu-storage-daemon), which lives
 * as long as the target; never the master. Shared by the blade drivers (exported to their bundles).
 */
public final class IscsiBootVolumes {
    /** Every blade's target name starts so: {@code PREFIX + chassis + ".slot" + slot}. */
    public static final String TARGET_PREFIX = "iqn.2026-12.org.encompass:";

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
        return TARGET_PREFIX + chassis.toLowerCase(Locale.ROOT).replace('_', '-') + ".slot" + slot;
    }

    /**
     * The NAME of a chassis address {@code SCHEME://NAME?...} (ipmi, cim), which names its blades' targets
     * whatever the driver; null for an address of another form.
     */
    public static String chassisName(String address) {
        int start = address == null ? -1 : address.indexOf("://");
        int end = start < 0 ? -1 : address.indexOf('?', start);
        return end > start + 3 ? address.substring(start + 3, end) : null;
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
     * Maps {@code volume} for the blade in {@code slot} of {@code chassis}; returns the target, its LUN and
     * tgtd's portal. Again with the same image: nothing changes.
     */
    public BootVolume map(String chassis, String slot, ImageRef volume, Blade blade) throws DriverException {
        if (volume.format() != ImageFormat.RAW && volume.format() != ImageFormat.QCOW2) {
            throw new DriverException("a blade boots raw or qcow2 images only, not the " + volume.format().qemuName()
                    + " image " + volume.location());
        }
        Path file = Path.of(volume.location());
        if (!Files.isRegularFile(file)) {
            throw new DriverException("the boot image " + file + " does not exist");
        }
        String name = targetName(chassis, slot);
        List<TgtTargets.Target> listed = targets.list();
        TgtTargets.Target existing = listed.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
        if (existing != null) {
            if (!existing.backingFiles().equals(List.of(servedFile(name, file)))) {
                throw new DriverException("slot " + slot + " of chassis " + chassis + " already boots "
                        + String.join(", ", existing.backingFiles()) + " (detach that clone first)");
            }
            if (volume.format() == ImageFormat.QCOW2 && !QemuStorageDaemon.heldRunning(name)) {
                remove(name); // its export was killed: the LUN serves nothing; both are made again below
                existing = null;
            }
        }
        boolean created = false;
        if (existing == null) {
            String initiator = initiatorName(blade.guid()); // asked only when the ACL is made (not at activate's check)
            String served = volume.format() == ImageFormat.RAW ? file.toString()
                    : QemuStorageDaemon.exportHeld(name, file).file().toString();
            try {
                targets.create(name, served, initiator, listed);
            } catch (DriverException e) {
                QemuStorageDaemon.stopHeld(name);
                throw e;
            }
            created = true;
        }
        try {
            blade.bootFromNetwork();
            return new BootVolume(name, TgtTargets.BOOT_LUN, targets.portal());
        } catch (DriverException e) {
            if (created) {
                remove(name);
            }
            throw e;
        }
    }

    /** The portal ({@code HOST:PORT}) tgtd serves the blades' targets at, as it reports it. */
    public String portal() throws DriverException {
        return targets.portal();
    }

    /** Removes the slot's target, if any, and the export it served. */
    public void unmap(String chassis, String slot) throws DriverException {
        remove(targetName(chassis, slot));
    }

    /**
     * The targets named {@code iqn.2026-12.org.encompass:*} that none of {@code inUse} accounts for, whichever
     * driver (IPMI, CIM) made them: both name a slot's target the same way.
     */
    public List<String> unused(List<BladeDriver.MappedSlot> inUse) throws DriverException {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (BladeDriver.MappedSlot mapped : inUse) {
            String chassis = chassisName(mapped.chassisAddress());
            if (chassis != null) {
                used.add(targetName(chassis, mapped.slot()));
            }
        }
        return targets.list().stream().map(TgtTargets.Target::name).filter(name -> name.startsWith(TARGET_PREFIX) && !used.contains(name))
                .toList();
    }

    /** Deletes a target {@link #unused} named (and its LUN), then the FUSE export it served, if any. */
    public void removeUnused(String name) throws DriverException {
        if (!name.startsWith(TARGET_PREFIX)) {
            throw new DriverException("not a blade target of Encompass: " + name);
        }
        remove(name);
    }

    /** Removes the target (tgtd closes the file), then the export it served, if any. */
    void remove(String name) throws DriverException {
        TgtTargets.Target target = targets.find(name);
        if (target != null) {
            targets.delete(target.tid());
        }
        QemuStorageDaemon.stopHeld(name);
    }

    /** The file the target of {@code name} serves for {@code image}: a held export's, else the image itself. */
    private static String servedFile(String name, Path image) {
        QemuStorageDaemon.HeldExport export = QemuStorageDaemon.heldExport(name);
        return export != null && export.image().equals(image.toAbsolutePath()) ? export.file().toString() : image.toString();
    }
}
