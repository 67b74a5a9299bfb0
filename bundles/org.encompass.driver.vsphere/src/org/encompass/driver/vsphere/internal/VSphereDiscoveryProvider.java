package org.encompass.driver.vsphere.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DiscoveryProvider;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.MachineInfo;

import com.vmware.vim25.DatastoreSummary;
import com.vmware.vim25.HostHardwareSummary;
import com.vmware.vim25.VirtualMachineConfigInfo;
import com.vmware.vim25.mo.ClusterComputeResource;
import com.vmware.vim25.mo.Datacenter;
import com.vmware.vim25.mo.Datastore;
import com.vmware.vim25.mo.HostSystem;
import com.vmware.vim25.mo.ManagedEntity;
import com.vmware.vim25.mo.VirtualMachine;

/**
 * Discovers what a vCenter or ESXi endpoint holds: datacenters, hosts, datastores, virtual machines
 * and templates ({@link #inventory}). The engine's reconciliation gets the machines; the richer
 * inventory is there for callers that show or import the rest (templates are master images).
 */
public final class VSphereDiscoveryProvider implements DiscoveryProvider {

    @Override
    public List<MachineInfo> discoverMachines(String endpoint, IProgressMonitor monitor) throws DriverException {
        return discoverMachines(endpoint, Credentials.NONE, monitor);
    }

    @Override
    public List<MachineInfo> discoverMachines(String endpoint, Credentials credentials, IProgressMonitor monitor)
            throws DriverException {
        return inventory(endpoint, credentials, monitor).machines();
    }

    public VSphereInventory inventory(String uri, Credentials credentials, IProgressMonitor monitor)
            throws DriverException {
        VSphereEndpoint endpoint = VSphereEndpoint.parse(uri);
        SubMonitor progress = SubMonitor.convert(monitor, "Discovering vSphere at " + endpoint.server(), 10);
        try (VSphereSession session = VSphereSession.open(endpoint, credentials)) {
            progress.split(1);
            String product = session.call("read the server's description",
                    () -> session.service().getAboutInfo().getFullName());
            List<Datacenter> datacenters = session.datacenters();
            SubMonitor perDatacenter = progress.split(9).setWorkRemaining(Math.max(1, datacenters.size()));
            List<VSphereInventory.Datacenter> found = new ArrayList<>();
            for (Datacenter datacenter : datacenters) {
                perDatacenter.split(1);
                found.add(datacenter(session, datacenter));
            }
            return new VSphereInventory(endpoint.server(), product, found);
        }
    }

    private static VSphereInventory.Datacenter datacenter(VSphereSession session, Datacenter datacenter)
            throws DriverException {
        String name = session.call("read a datacenter", datacenter::getName);
        List<VSphereInventory.Host> hosts = new ArrayList<>();
        for (ManagedEntity entity : session.all(datacenter, "HostSystem")) {
            hosts.add(host(session, (HostSystem) entity));
        }
        List<VSphereInventory.Datastore> datastores = new ArrayList<>();
        for (Datastore datastore : session.call("list the datastores of " + name, datacenter::getDatastores)) {
            datastores.add(datastore(session, datastore));
        }
        List<MachineInfo> machines = new ArrayList<>();
        List<VSphereInventory.Template> templates = new ArrayList<>();
        for (ManagedEntity entity : session.all(datacenter, "VirtualMachine")) {
            VirtualMachine vm = (VirtualMachine) entity;
            session.call("read machine " + vm.getMOR().getVal(), () -> {
                VirtualMachineConfigInfo config = vm.getConfig();
                if (config == null) {
                    return null; // being created: the next discovery sees it
                }
                if (config.isTemplate()) {
                    templates.add(new VSphereInventory.Template(vm.getName(), config.getUuid(),
                            TemplateImages.location(vm.getName()), Machines.firstDiskPath(config)));
                } else {
                    machines.add(Machines.info(vm.getName(), config, vm.getRuntime().getPowerState()));
                }
                return null;
            });
        }
        return new VSphereInventory.Datacenter(name, hosts, datastores, machines, templates);
    }

    private static VSphereInventory.Host host(VSphereSession session, HostSystem host) throws DriverException {
        return session.call("read a host", () -> {
            HostHardwareSummary hardware = host.getSummary().getHardware();
            ManagedEntity parent = host.getParent();
            String cluster = parent instanceof ClusterComputeResource ? parent.getName() : null;
            return new VSphereInventory.Host(host.getName(), cluster, hardware == null ? 0 : hardware.getNumCpuCores(),
                    hardware == null ? 0 : hardware.getMemorySize() / (1024 * 1024),
                    String.valueOf(host.getRuntime().getConnectionState()));
        });
    }

    private static VSphereInventory.Datastore datastore(VSphereSession session, Datastore datastore)
            throws DriverException {
        return session.call("read a datastore", () -> {
            DatastoreSummary summary = datastore.getSummary();
            return new VSphereInventory.Datastore(summary.getName(), summary.getType(), summary.getCapacity(),
                    summary.getFreeSpace(), summary.isAccessible());
        });
    }
}
