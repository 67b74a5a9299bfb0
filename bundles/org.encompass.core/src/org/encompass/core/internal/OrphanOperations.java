package org.encompass.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.EncompassException;
import org.encompass.core.Orphan;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.core.spi.StorageDriver;
import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.Clone;
import org.encompass.model.JournalEntry;
import org.encompass.model.Master;
import org.encompass.model.Outcome;
import org.encompass.model.Placement;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;
import org.encompass.model.TerminalState;

/**
 * Finds images that no record owns by comparing what each storage driver lists with the masters and
 * live clones in the model, and blade boot volumes (iSCSI targets) that no attached clone uses, and
 * deletes them on request. Never deletes an owned image: the owners are
 * read again right before each deletion.
 */
public final class OrphanOperations {
    private final ModelAccess model;

    public OrphanOperations(ModelAccess model) {
        this.model = model;
    }

    /** @param mappedSlots per blade driver kind with chassis, the slots whose blades hold an attached clone */
    private record Snapshot(List<StorageDeviceSpec> devices, Set<String> owned, Set<String> busyDevices,
            Map<String, List<BladeDriver.MappedSlot>> mappedSlots, boolean anyRunning) {
        /** Every kind's: blade drivers may share a naming of boot volumes (IPMI and CIM share tgt's targets). */
        List<BladeDriver.MappedSlot> allMappedSlots() {
            return mappedSlots.values().stream().flatMap(List::stream).toList();
        }
    }

    /**
     * An orphan with the image the driver listed, so reclaiming hands the driver back exactly that; or a blade
     * boot volume ({@code bladeKind} set, {@code image} null).
     */
    private record Found(Orphan orphan, ImageRef image, String bladeKind) {
    }

    public List<Orphan> list(IProgressMonitor monitor) {
        return find(monitor).stream().map(Found::orphan).toList();
    }

    private List<Found> find(IProgressMonitor monitor) {
        Snapshot snapshot = model.read(OrphanOperations::snapshot);
        SubMonitor sub = SubMonitor.convert(monitor, "Looking for orphaned images", snapshot.devices().size());
        List<Found> orphans = new ArrayList<>();
        for (StorageDeviceSpec device : snapshot.devices()) {
            sub.subTask(device.name());
            List<ImageRef> images;
            try {
                images = Drivers.storage().driver(device.kind()).listImages(device);
            } catch (DriverException e) {
                throw new EncompassException("cannot list the images of storage device " + device.name() + ": "
                        + e.getMessage(), e);
            }
            if (images != null) {
                for (ImageRef image : images) {
                    if (!snapshot.owned().contains(normalize(image.location()))) {
                        orphans.add(new Found(orphan(device, image, snapshot.busyDevices().contains(device.name())),
                                image, null));
                    }
                }
            }
            sub.worked(1);
        }
        java.util.Set<String> listed = new java.util.HashSet<>(); // drivers that share one naming of targets list each once
        snapshot.mappedSlots().keySet().forEach(kind -> {
            for (String name : unusedBootVolumes(kind, snapshot.allMappedSlots())) {
                if (!listed.add(name)) {
                    continue;
                }
                // while an operation runs, its attach may be between the target and the journal: not reclaimed
                orphans.add(new Found(new Orphan(bladeVolumes(kind), name, 0, "a blade boot volume no attached clone uses",
                        snapshot.anyRunning()), null, kind));
            }
        });
        return orphans;
    }

    /** Asked only for driver kinds the site has chassis of: a site without blades needs no tgtd. */
    private static List<String> unusedBootVolumes(String kind, List<BladeDriver.MappedSlot> inUse) {
        if (Drivers.blades().descriptors().stream().noneMatch(d -> d.kind().equals(kind))) {
            return List.of(); // its driver is not installed: nothing to ask
        }
        try {
            return Drivers.blades().driver(kind).unusedBootVolumes(inUse);
        } catch (DriverException e) {
            throw new EncompassException("cannot list the boot volumes of the " + kind + " blades: " + e.getMessage(), e);
        }
    }

    private static String bladeVolumes(String kind) {
        return "blades (" + kind + ")";
    }

    public List<Orphan> reclaim(List<String> locations, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Reclaiming orphaned images", 2);
        List<Found> found = find(sub.split(1));
        Set<String> wanted = new HashSet<>();
        locations.forEach(location -> wanted.add(normalize(location)));
        for (String location : wanted) {
            if (found.stream().noneMatch(f -> normalize(f.orphan().location()).equals(location))) {
                throw new EncompassException("not an orphan: " + location
                        + " (a record owns it, or no storage device lists it); nothing was deleted");
            }
        }
        List<Orphan> reclaimed = new ArrayList<>();
        for (Found each : found) {
            Orphan orphan = each.orphan();
            boolean chosen = wanted.isEmpty() || wanted.contains(normalize(orphan.location()));
            if (!chosen || orphan.inUse()) {
                continue;
            }
            // Read the owners again: a clone may have been registered (or attached) since the listing.
            Snapshot now = model.read(OrphanOperations::snapshot);
            if (each.bladeKind() != null) {
                if (!unusedBootVolumes(each.bladeKind(), now.allMappedSlots())
                        .contains(orphan.location())) {
                    continue;
                }
                try {
                    Drivers.blades().driver(each.bladeKind()).removeBootVolume(orphan.location());
                } catch (DriverException e) {
                    throw new EncompassException("cannot remove boot volume " + orphan.location() + ": " + e.getMessage()
                            + (reclaimed.isEmpty() ? "" : " (deleted before that: " + reclaimed.size() + ")"), e);
                }
                reclaimed.add(orphan);
                continue;
            }
            if (now.owned().contains(normalize(orphan.location()))) {
                continue;
            }
            StorageDeviceSpec device = now.devices().stream().filter(d -> d.name().equals(orphan.storage()))
                    .findFirst().orElseThrow();
            try {
                StorageDriver driver = Drivers.storage().driver(device.kind());
                driver.reclaim(device, each.image());
            } catch (DriverException e) {
                throw new EncompassException("cannot delete orphan " + orphan.location() + ": " + e.getMessage()
                        + (reclaimed.isEmpty() ? "" : " (deleted before that: " + reclaimed.size() + ")"), e);
            }
            reclaimed.add(orphan);
        }
        sub.worked(1);
        return reclaimed;
    }

    private static Snapshot snapshot(Site site) {
        List<StorageDeviceSpec> devices = new ArrayList<>();
        for (StorageDevice device : site.getStorageDevices()) {
            devices.add(CloneSnapshot.device(device));
        }
        Set<String> owned = new HashSet<>();
        for (Master master : site.getMasters()) {
            add(owned, master.getLocation());
        }
        for (Clone clone : site.getClones()) {
            if (clone.getTerminalState() == TerminalState.NONE) {
                add(owned, clone.getLocation());
            }
        }
        Map<String, List<BladeDriver.MappedSlot>> mapped = new HashMap<>();
        for (Chassis chassis : site.getChassis()) {
            List<BladeDriver.MappedSlot> inUse = mapped.computeIfAbsent(chassis.getKind(), kind -> new ArrayList<>());
            for (Blade blade : chassis.getBlades()) {
                Clone clone = blade.getClone();
                if (clone != null && (clone.getPlacement() == Placement.ATTACHED || clone.getPlacement() == Placement.ACTIVE)) {
                    inUse.add(new BladeDriver.MappedSlot(chassis.getManagementAddress(), blade.getSlot()));
                }
            }
        }
        boolean anyRunning = false;
        Set<String> busy = new HashSet<>();
        for (JournalEntry entry : Journal.entries(site)) {
            if (entry.getOutcome() == Outcome.RUNNING && !RequestJournal.isRequest(entry)) { // its operations have entries
                anyRunning = true;
                String storage = Journal.decode(entry.getArguments()).get("storage");
                if (storage != null) {
                    busy.add(storage);
                } else {
                    devices.forEach(d -> busy.add(d.name())); // unknown device: be careful everywhere
                }
            }
        }
        return new Snapshot(devices, owned, busy, mapped, anyRunning);
    }

    private static void add(Set<String> owned, String location) {
        if (location != null) {
            owned.add(normalize(location));
        }
    }

    private static Orphan orphan(StorageDeviceSpec device, ImageRef image, boolean deviceBusy) {
        String name = image.location();
        boolean staging = name.endsWith(".partial");
        String reason = staging ? "staging file of a copy that did not finish" : "no master or live clone owns it";
        return new Orphan(device.name(), image.location(), sizeOf(image.location()), reason, staging && deviceBusy);
    }

    /** The size of a local file (0 when the location is not a local path). */
    private static long sizeOf(String location) {
        try {
            Path path = Path.of(location);
            return Files.exists(path) ? (Long) Files.getAttribute(path, "unix:size") : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Locations from drivers and from the model compare equal when they name the same path. */
    static String normalize(String location) {
        if (location.startsWith("/")) {
            try {
                return Path.of(location).normalize().toString();
            } catch (RuntimeException e) {
                return location;
            }
        }
        return location;
    }
}
