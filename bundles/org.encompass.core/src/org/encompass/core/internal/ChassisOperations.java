package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.DiscoveryReport;
import org.encompass.core.EncompassException;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.BladeDriver.BladeInfo;
import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.DriverException;
import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.ModelFactory;
import org.encompass.model.PowerState;
import org.encompass.model.Site;

/**
 * Blade chassis: registering one (its blades recorded from what each slot's controller reports),
 * removing one, and discovery of its blades. A blade's identity is its controller's GUID: a slot that
 * answers with another GUID holds a different blade (it was swapped), recorded as a conflict and not
 * overwritten; a slot whose controller does not answer makes its blade unreachable, never deleted.
 */
public final class ChassisOperations {
    private final OperationRunner runner;
    private final HypervisorSteps steps;

    public ChassisOperations(OperationRunner runner, HypervisorSteps steps) {
        this.runner = runner;
        this.steps = steps;
    }

    /**
     * What the chassis' controllers reported: one entry per slot, with the blade or why it did not answer; the portal
     * its boot volumes are served at, or null.
     */
    record Survey(List<BladeInfo> answered, Map<String, String> silent, String firmware, String portal) {
    }

    /** Registers the chassis and its blades; nothing is added unless every slot's controller answers. */
    public int addChassis(String name, String kind, String address, IProgressMonitor monitor) {
        Names.check("chassis", name);
        org.encompass.core.Limits.LOCATION.check("the management address", address);
        InventoryOperations.refusePasswordIn(address);
        Survey survey = runner.<String, Survey>run(Operation.ADD_CHASSIS, name, site -> {
            if (site.getChassis().stream().anyMatch(c -> name.equals(c.getName()))) {
                throw new EncompassException("a chassis named " + name + " exists already");
            }
            return new OperationRunner.Plan<>(name, Map.of("kind", kind, "address", address), null, List.of("chassis:" + name), address);
        }, (a, m) -> {
            Survey found = survey(kind, a);
            if (!found.silent().isEmpty()) {
                var first = found.silent().entrySet().iterator().next();
                throw new DriverException("slot " + first.getKey() + ": " + first.getValue());
            }
            return found;
        }, (site, a, found) -> {
            Chassis chassis = ModelFactory.eINSTANCE.createChassis();
            chassis.setName(name);
            chassis.setKind(kind);
            chassis.setManagementAddress(address);
            site.getChassis().add(chassis);
            Counts counts = reconcile(site, chassis, found);
            return counts.reported + " blades";
        }, monitor);
        return survey.answered().size();
    }

    /** Removes a chassis and its blades; refused while a clone is assigned to one of them. */
    public void removeChassis(String name, IProgressMonitor monitor) {
        runner.<String, Boolean>run(Operation.REMOVE_CHASSIS, name, site -> {
            Chassis chassis = SiteLookup.chassis(site, name);
            List<String> used = chassis.getBlades().stream().filter(b -> b.getClone() != null)
                    .map(b -> b.getName() + " (" + b.getClone().getName() + ")").toList();
            if (!used.isEmpty()) {
                throw new EncompassException("chassis " + name + " has clones assigned to its blades: " + String.join(", ", used)
                        + "; unassign them first");
            }
            List<String> locks = new ArrayList<>(List.of("chassis:" + name));
            chassis.getBlades().forEach(b -> locks.add("machine:" + SiteLookup.qualifiedName(b)));
            return new OperationRunner.Plan<>(name, Map.of(), null, locks, name);
        }, (n, m) -> Boolean.TRUE, (site, n, ok) -> {
            Chassis chassis = SiteLookup.chassis(site, n);
            int blades = chassis.getBlades().size();
            site.getChassis().remove(chassis);
            return blades + " blades removed";
        }, monitor);
    }

    /** Asks every chassis' controllers and reconciles their blades (journaled {@code discover} per chassis). */
    public List<DiscoveryReport.HostResult> discover(IProgressMonitor monitor) {
        List<String[]> all = runner.model().read(site -> site.getChassis().stream()
                .map(c -> new String[] { c.getName(), c.getKind(), c.getManagementAddress() }).toList());
        List<DiscoveryReport.HostResult> results = new ArrayList<>();
        for (String[] c : all) {
            results.add(discover(c[0], c[1], c[2], monitor));
        }
        return results;
    }

    private DiscoveryReport.HostResult discover(String name, String kind, String address, IProgressMonitor monitor) {
        Counts[] counts = new Counts[1];
        Survey[] seen = new Survey[1];
        try {
            runner.<String, Survey>run(Operation.DISCOVER, name, site -> {
                SiteLookup.chassis(site, name);
                return new OperationRunner.Plan<>(name, Map.of("address", address), null, List.of("chassis:" + name), address);
            }, (a, m) -> survey(kind, a), (site, a, found) -> {
                seen[0] = found;
                counts[0] = reconcile(site, SiteLookup.chassis(site, name), found);
                return counts[0].reported + " blades: " + counts[0].added + " new, " + counts[0].updated + " updated, "
                        + counts[0].silent + " not answering, " + counts[0].conflicts + " new conflicts";
            }, monitor);
        } catch (EncompassException e) {
            return new DiscoveryReport.HostResult(name, address, false, 0, 0, 0, 0, 0, e.getMessage());
        }
        Counts c = counts[0];
        String error = seen[0].silent().isEmpty() ? null
                : seen[0].silent().entrySet().stream().map(s -> "slot " + s.getKey() + ": " + s.getValue()).reduce((x, y) -> x + "; " + y).get();
        return new DiscoveryReport.HostResult(name, address, seen[0].answered().size() > 0 || seen[0].silent().isEmpty(),
                c.reported, c.added, c.updated, c.silent, c.conflicts, error);
    }

    /** Each slot's controller asked in turn; one that does not answer is noted, the others still asked. */
    private Survey survey(String kind, String address) throws DriverException {
        List<BladeInfo> answered = new ArrayList<>();
        Map<String, String> silent = new java.util.LinkedHashMap<>();
        String firmware;
        String portal;
        try (BladeDriver.BladeConnection c = steps.blades(kind, address)) {
            for (String slot : c.slots()) {
                try {
                    answered.add(c.describe(slot));
                } catch (DriverException e) {
                    silent.put(slot, e.getMessage());
                }
            }
            try {
                firmware = c.firmware();
            } catch (DriverException e) {
                firmware = null; // the blades were read: a chassis that hides its firmware is still surveyed
            }
            try {
                portal = c.bootPortal();
            } catch (DriverException e) {
                portal = null; // the target daemon is down: the reach stays as recorded, the blades were read
            }
        }
        return new Survey(answered, silent, firmware, portal);
    }

    private static final class Counts {
        int reported;
        int added;
        int updated;
        int silent;
        int conflicts;
    }

    private Counts reconcile(Site site, Chassis chassis, Survey survey) {
        Counts counts = new Counts();
        String by = chassis.getKind() + " " + chassis.getName();
        Date now = new Date();
        if (survey.firmware() != null) {
            chassis.setFirmware(survey.firmware());
        }
        TopologyEdits.discovered(site, chassis, survey.portal());
        for (BladeInfo info : survey.answered()) {
            counts.reported++;
            Blade blade = chassis.getBlades().stream().filter(b -> info.slot().equals(b.getSlot())).findFirst().orElse(null);
            if (blade == null) {
                blade = ModelFactory.eINSTANCE.createBlade();
                blade.setName("blade" + info.slot());
                blade.setSlot(info.slot());
                blade.setUuid(info.guid());
                blade.setArchitecture("x86_64");
                chassis.getBlades().add(blade);
                counts.added++;
            } else if (blade.getUuid() != null && info.guid() != null && !blade.getUuid().equals(info.guid())) {
                if (Conflicts.record(site, Conflicts.UUID_MISMATCH, SiteLookup.qualifiedName(blade),
                        "slot " + info.slot() + " holds a blade with another GUID: a blade was swapped", blade.getUuid(), info.guid(), by)) {
                    counts.conflicts++;
                }
            } else if (blade.getUuid() == null) {
                blade.setUuid(info.guid());
            }
            PowerState power = ModelValues.toModel(info.power());
            if (blade.getLastSeen() != null && (blade.getPower() != power || !blade.isReachable())) {
                counts.updated++;
            }
            blade.setPower(power);
            blade.setBmcAddress(info.bmcAddress());
            if (info.boot() != BladeDriver.BootDevice.UNKNOWN || blade.getBootDevice() == null) {
                blade.setBootDevice(info.boot().name());
            }
            if (!info.macs().isEmpty()) {
                blade.getMacAddresses().clear();
                blade.getMacAddresses().addAll(info.macs());
            }
            blade.setReachable(true);
            blade.setLastSeen(now);
            blade.setDiscoveredBy(by);
        }
        survey.silent().keySet().forEach(slot -> chassis.getBlades().stream().filter(b -> slot.equals(b.getSlot())).forEach(b -> {
            counts.silent++;
            b.setReachable(false);
            b.setPower(PowerState.UNKNOWN);
        }));
        return counts;
    }
}
