package org.encompass.driver.vsphere.internal;

import java.util.ArrayList;
import java.util.List;

import org.encompass.core.spi.MachineInfo;

/**
 * What discovery found behind one vSphere endpoint, datacenter by datacenter.
 *
 * @param server      {@code host:port} of the endpoint
 * @param product     the server's product name and build (for example "VMware vCenter Server 6.5.0 build-5973321")
 * @param datacenters the datacenters and what is in them
 */
public record VSphereInventory(String server, String product, List<Datacenter> datacenters) {

    public VSphereInventory {
        datacenters = List.copyOf(datacenters);
    }

    /** Every virtual machine (templates excluded) in every datacenter. */
    public List<MachineInfo> machines() {
        List<MachineInfo> machines = new ArrayList<>();
        for (Datacenter datacenter : datacenters) {
            machines.addAll(datacenter.machines());
        }
        return machines;
    }

    public record Datacenter(String name, List<Host> hosts, List<Datastore> datastores, List<MachineInfo> machines,
            List<Template> templates) {
        public Datacenter {
            hosts = List.copyOf(hosts);
            datastores = List.copyOf(datastores);
            machines = List.copyOf(machines);
            templates = List.copyOf(templates);
        }
    }

    /**
     * @param cluster         the cluster the host belongs to, or {@code null} for a standalone host
     * @param connectionState "connected", "disconnected" or "notResponding"
     */
    public record Host(String name, String cluster, int cpuCores, long memoryMiB, String connectionState) {
    }

    /** @param type VMFS, NFS, vsan, OTHER (the simulator's local datastores) */
    public record Datastore(String name, String type, long capacityBytes, long freeBytes, boolean accessible) {
    }

    /**
     * A VM template: a master image for the {@code vsphere-datastore} storage driver.
     *
     * @param image    the image location the storage driver clones from ({@code template:NAME})
     * @param diskPath the template's first disk as a datastore path, or {@code null}
     */
    public record Template(String name, String uuid, String image, String diskPath) {
    }
}
