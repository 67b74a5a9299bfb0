package org.encompass.driver.vsphere.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HostTopology;
import org.encompass.core.spi.HypervisorConnection;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.MachineInfo;
import org.encompass.core.spi.PowerState;

import com.vmware.vim25.InvalidState;
import com.vmware.vim25.ToolsUnavailable;
import com.vmware.vim25.VirtualMachineConfigInfo;
import com.vmware.vim25.VirtualMachineConfigSpec;
import com.vmware.vim25.mo.Datastore;
import com.vmware.vim25.mo.HostSystem;
import com.vmware.vim25.mo.ManagedEntity;
import com.vmware.vim25.mo.Network;
import com.vmware.vim25.mo.VirtualMachine;

/**
 * A session with a vCenter or ESXi host, as a hypervisor connection. Machines are addressed by
 * their vSphere name (the first match across datacenters); templates are not machines. A clone
 * image is a disk on a datastore, named by its datastore path ({@code [datastore] dir/file.vmdk}).
 */
final class VSphereConnection implements HypervisorConnection {
    private static final long POWER_POLL_MILLIS = 250;

    private final VSphereSession session;

    VSphereConnection(VSphereSession session) {
        this.session = session;
    }

    VSphereSession session() {
        return session;
    }

    @Override
    public List<MachineInfo> listMachines() throws DriverException {
        List<MachineInfo> machines = new ArrayList<>();
        for (ManagedEntity entity : session.all(session.service().getRootFolder(), "VirtualMachine")) {
            MachineInfo machine = infoOrNull((VirtualMachine) entity);
            if (machine != null) {
                machines.add(machine);
            }
        }
        return machines;
    }

    /** The datastores mounted on the endpoint's ESXi hosts (by name) and the networks each machine is on. */
    @Override
    public HostTopology topology() throws DriverException {
        List<String> datastores = new ArrayList<>();
        for (ManagedEntity entity : session.all(session.service().getRootFolder(), "HostSystem")) {
            HostSystem host = (HostSystem) entity;
            for (Datastore datastore : session.call("read the datastores of a host", host::getDatastores)) {
                String name = session.call("read a datastore's name", datastore::getName);
                if (!datastores.contains(name)) {
                    datastores.add(name);
                }
            }
        }
        Map<String, List<String>> networks = new TreeMap<>();
        for (ManagedEntity entity : session.all(session.service().getRootFolder(), "VirtualMachine")) {
            VirtualMachine vm = (VirtualMachine) entity;
            session.call("read the networks of a machine", () -> {
                List<String> names = new ArrayList<>();
                for (Network network : vm.getNetworks()) {
                    names.add(network.getName());
                }
                networks.put(vm.getName(), names);
                return null;
            });
        }
        return new HostTopology(datastores, networks);
    }

    @Override
    public MachineInfo machine(String name) throws DriverException {
        VirtualMachine vm = session.machine(name);
        return session.call("read machine " + name,
                () -> Machines.info(vm.getName(), vm.getConfig(), vm.getRuntime().getPowerState()));
    }

    /** A machine's description, or {@code null} for templates and machines without a configuration yet. */
    private MachineInfo infoOrNull(VirtualMachine vm) throws DriverException {
        return session.call("read a machine", () -> {
            VirtualMachineConfigInfo config = vm.getConfig();
            if (config == null || config.isTemplate()) {
                return null;
            }
            return Machines.info(vm.getName(), config, vm.getRuntime().getPowerState());
        });
    }

    @Override
    public void attach(String machine, ImageRef disk) throws DriverException {
        DatastorePath path = DatastorePath.parse(disk.location());
        VirtualMachine vm = session.machine(machine);
        requireOff(vm, machine, "attach a disk to");
        VirtualMachineConfigInfo config = session.call("read machine " + machine, vm::getConfig);
        VirtualMachineConfigSpec spec = DiskChanges.attach(config, path.toString());
        session.await("attach " + path + " to " + machine, () -> vm.reconfigVM_Task(spec), null);
    }

    @Override
    public void activate(String machine, ImageRef disk) throws DriverException {
        VirtualMachine vm = session.machine(machine);
        String attached = session.call("read machine " + machine, () -> Machines.firstDiskPath(vm.getConfig()));
        if (!DatastorePath.parse(disk.location()).toString().equals(attached)) {
            attach(machine, disk);
        }
        if (power(vm, machine) != PowerState.RUNNING) {
            session.await("power on " + machine, () -> vm.powerOnVM_Task(null), null);
        }
    }

    @Override
    public void deactivate(String machine, Duration timeout) throws DriverException {
        VirtualMachine vm = session.machine(machine);
        if (power(vm, machine) == PowerState.OFF) {
            return;
        }
        if (shutdownGuest(vm, machine)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (power(vm, machine) == PowerState.OFF) {
                    return;
                }
                VSphereSession.sleep(POWER_POLL_MILLIS);
            }
        }
        if (power(vm, machine) != PowerState.OFF) {
            session.await("power off " + machine, vm::powerOffVM_Task, null);
        }
    }

    /** Asks the guest to shut down; false when it cannot be asked (no VMware Tools), so we power off. */
    private boolean shutdownGuest(VirtualMachine vm, String machine) throws DriverException {
        try {
            vm.shutdownGuest();
            return true;
        } catch (ToolsUnavailable | InvalidState e) {
            return false;
        } catch (Exception e) {
            throw VSphereFaults.failure(session.endpoint(), "shut down " + machine, e);
        }
    }

    @Override
    public void detach(String machine) throws DriverException {
        VirtualMachine vm = session.machine(machine);
        requireOff(vm, machine, "detach the disk of");
        VirtualMachineConfigSpec spec = DiskChanges.detach(session.call("read machine " + machine, vm::getConfig));
        if (spec != null) {
            session.await("detach the disk of " + machine, () -> vm.reconfigVM_Task(spec), null);
        }
    }

    private PowerState power(VirtualMachine vm, String machine) throws DriverException {
        return session.call("read the power state of " + machine, () -> Machines.power(vm.getRuntime().getPowerState()));
    }

    private void requireOff(VirtualMachine vm, String machine, String action) throws DriverException {
        if (power(vm, machine) != PowerState.OFF) {
            throw new DriverException("vSphere " + session.endpoint().server() + ": cannot " + action + " " + machine
                    + ": it is running; deactivate it first.");
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
