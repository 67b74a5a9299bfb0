package org.encompass.core.internal;

import java.util.List;

import org.encompass.core.EncompassException;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.Topology;
import org.encompass.model.Chassis;
import org.encompass.model.MachineRequirements;
import org.encompass.model.Master;
import org.encompass.model.ModelFactory;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;
import org.encompass.model.VirtualMachine;
import org.encompass.core.spi.HostTopology;

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

    /**
     * Records what discovery found: the site's storage devices among those the host reaches (a device whose location
     * is a reported directory, a libvirt pool {@code URI#POOL} or a vSphere {@code ?datastore=NAME} of a reported pool
     * or datastore) as the host's discovered reach, replaced at every discovery (a device added since joins it, one
     * gone leaves it) and kept apart from the operator's record, which stands over it ({@link Topology#reach}); and
     * each machine's networks as its discovered segments, kept the same way apart from the operator's segments
     * ({@link Topology#segmentsOf}).
     */
    static void discovered(Site site, HypervisorHost host, HostTopology topology) {
        List<String> reached = site.getStorageDevices().stream().filter(d -> reaches(topology, d.getLocation()))
                .map(StorageDevice::getName).toList();
        host.setDiscoveredStorage(Topology.list(reached));
        for (VirtualMachine machine : host.getMachines()) {
            List<String> networks = topology.networks().getOrDefault(machine.getName(), List.of()).stream()
                    .filter(n -> n.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")).distinct().toList();
            machine.setDiscoveredSegments(Topology.list(networks));
        }
    }

    /**
     * Records what a chassis' discovery found, as its discovered reach (replaced at every discovery; the operator's
     * record stands over it, as for hosts): its blades boot from iSCSI LUNs of the target daemon serving at
     * {@code portal}, which exports image files of its own machine only; so when that portal is on this machine, the
     * chassis reaches the site's devices whose location is a local directory (file storage), and no device whose
     * images live elsewhere (a libvirt pool, a datastore). A portal elsewhere or not known: nothing found.
     */
    static void discovered(Site site, Chassis chassis, String portal) {
        List<String> local = !LocalPortal.isLocal(portal) ? List.of() : site.getStorageDevices().stream()
                .filter(d -> d.getLocation() != null && d.getLocation().startsWith("/"))
                .map(StorageDevice::getName).toList();
        chassis.setDiscoveredStorage(Topology.list(local));
    }

    private static boolean reaches(HostTopology topology, String location) {
        if (location == null) {
            return false;
        }
        String pool = location.contains("#") ? location.substring(location.lastIndexOf('#') + 1)
                : location.contains("datastore=") ? datastore(location) : null;
        String directory = location.endsWith("/") && location.length() > 1 ? location.substring(0, location.length() - 1) : location;
        return topology.storage().stream().anyMatch(s -> s.equals(directory) || s.equals(pool));
    }

    /** The {@code datastore=NAME} of a vSphere datastore device's location ({@code vsphere://HOST/sdk?datastore=NAME}). */
    private static String datastore(String location) {
        String query = location.substring(location.indexOf('?') + 1);
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("datastore=")) {
                return java.net.URLDecoder.decode(parameter.substring("datastore=".length()), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
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
