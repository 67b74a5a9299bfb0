package org.encompass.driver.vsphere.tests;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.encompass.driver.vsphere.internal.YavijavaLogging;

import com.vmware.vim25.VirtualDevice;
import com.vmware.vim25.VirtualDeviceFileBackingInfo;
import com.vmware.vim25.VirtualDisk;
import com.vmware.vim25.VirtualMachinePowerState;
import com.vmware.vim25.mo.Datastore;
import com.vmware.vim25.mo.InventoryNavigator;
import com.vmware.vim25.mo.ServiceInstance;
import com.vmware.vim25.mo.VirtualMachine;

/**
 * Looks at the simulator with yavijava directly, independently of the driver under test: prepares
 * a template and reads back what the driver did.
 */
final class Inventory implements AutoCloseable {
    /** The simulator's default inventory (simulator.VPX()): one datacenter, a datastore, four VMs. */
    static final String DATASTORE = "LocalDS_0";
    static final String TEMPLATE = "DC0_C0_RP0_VM1";
    static final String MACHINE = "DC0_H0_VM0";

    private final ServiceInstance service;

    Inventory(Vcsim vcsim) throws Exception {
        YavijavaLogging.quiet(); // as the driver does: no log4j warnings on stderr
        service = new ServiceInstance(URI.create(vcsim.sdkUrl).toURL(), Vcsim.USER, vcsim.password, true);
    }

    VirtualMachine vm(String name) throws Exception {
        return (VirtualMachine) new InventoryNavigator(service.getRootFolder()).searchManagedEntity("VirtualMachine",
                name);
    }

    /** Turns {@link #TEMPLATE} into a template unless an earlier test run did. */
    void ensureTemplate() throws Exception {
        VirtualMachine vm = vm(TEMPLATE);
        if (vm.getConfig().isTemplate()) {
            return;
        }
        if (vm.getRuntime().getPowerState() != VirtualMachinePowerState.poweredOff) {
            vm.powerOffVM_Task().waitForTask();
        }
        vm.markAsTemplate();
    }

    /** The datastore paths of a machine's disks. */
    List<String> disks(String machine) throws Exception {
        List<String> disks = new ArrayList<>();
        for (VirtualDevice device : vm(machine).getConfig().getHardware().getDevice()) {
            if (device instanceof VirtualDisk disk && disk.getBacking() instanceof VirtualDeviceFileBackingInfo file) {
                disks.add(file.getFileName());
            }
        }
        return disks;
    }

    /** The local directory behind the simulator's datastore (vcsim keeps its datastores in /tmp). */
    Path datastoreDirectory() throws Exception {
        Datastore datastore = (Datastore) new InventoryNavigator(service.getRootFolder())
                .searchManagedEntity("Datastore", DATASTORE);
        return Path.of(datastore.getSummary().getUrl());
    }

    /** The local file behind a datastore path "[LocalDS_0] dir/file". */
    Path file(String datastorePath) throws Exception {
        return datastoreDirectory().resolve(datastorePath.substring(datastorePath.indexOf(']') + 1).trim());
    }

    @Override
    public void close() {
        try {
            service.getServerConnection().logout();
        } catch (RuntimeException e) {
            // a test may have stopped the simulator
        }
    }
}
