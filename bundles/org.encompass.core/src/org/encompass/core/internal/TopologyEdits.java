package org.encompass.core.internal;

import java.util.List;

import org.encompass.core.EncompassException;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.Topology;
import org.encompass.model.MachineRequirements;
import org.encompass.model.Master;
import org.encompass.model.ModelFactory;
import org.encompass.model.Site;

/** The operator's record of the topology: devices hosts and chassis reach, machines' segments, a master's segment. */
public final class TopologyEdits {
    private final ModelAccess model;

    public TopologyEdits(ModelAccess model) {
        this.model = model;
    }

    /** Records the storage devices host {@code name} reaches (none: not recorded, every device reachable). */
    public void hostReach(String name, List<String> devices) {
        model.write(site -> {
            var host = SiteLookup.host(site, name);
            host.setReachableStorage(Topology.list(devices(site, devices)));
            return null;
        });
    }

    /** Records the storage devices the blades of chassis {@code name} reach. */
    public void chassisReach(String name, List<String> devices) {
        model.write(site -> {
            var chassis = SiteLookup.chassis(site, name);
            chassis.setReachableStorage(Topology.list(devices(site, devices)));
            return null;
        });
    }

    /** Records the network segments machine {@code name} is on (none: not recorded). */
    public void machineSegments(String name, List<String> segments) {
        segments.forEach(s -> Names.check("network segment", s));
        model.write(site -> {
            SiteLookup.machine(site, name).setSegments(Topology.list(List.copyOf(new java.util.LinkedHashSet<>(segments))));
            return null;
        });
    }

    /** Makes master {@code name} require network segment {@code segment} (null: none). */
    public void requireSegment(String name, String segment) {
        if (segment != null) {
            Names.check("network segment", segment);
        }
        model.write(site -> {
            Master master = SiteLookup.master(site, name);
            MachineRequirements requirements = master.getRequirements();
            if (requirements == null) {
                requirements = ModelFactory.eINSTANCE.createMachineRequirements();
                master.setRequirements(requirements);
            }
            requirements.setSegment(segment);
            return null;
        });
    }

    /** The named devices, each known to the site, without repeats. */
    private static List<String> devices(Site site, List<String> devices) {
        List<String> known = devices.stream().distinct().toList();
        for (String device : known) {
            if (device.isBlank()) {
                throw new EncompassException("empty storage device name");
            }
            SiteLookup.storage(site, device); // unknown: an error listing the known ones
        }
        return known;
    }
}
