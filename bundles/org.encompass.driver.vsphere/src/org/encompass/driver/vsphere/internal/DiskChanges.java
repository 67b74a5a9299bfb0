package org.encompass.driver.vsphere.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.encompass.core.spi.DriverException;

import com.vmware.vim25.VirtualDevice;
import com.vmware.vim25.VirtualDeviceConfigSpec;
import com.vmware.vim25.VirtualDeviceConfigSpecOperation;
import com.vmware.vim25.VirtualDisk;
import com.vmware.vim25.VirtualDiskFlatVer2BackingInfo;
import com.vmware.vim25.VirtualIDEController;
import com.vmware.vim25.VirtualMachineConfigInfo;
import com.vmware.vim25.VirtualMachineConfigSpec;
import com.vmware.vim25.VirtualSCSIController;

/**
 * Reconfiguration specs that swap a machine's boot disk. The disk files are never created or
 * destroyed here (no file operation): attaching uses an existing image, detaching keeps it.
 */
final class DiskChanges {
    /** SCSI unit 7 is the controller itself. */
    private static final int SCSI_CONTROLLER_UNIT = 7;

    private DiskChanges() {
    }

    /** Replaces the machine's first disk by {@code datastorePath} (or adds it when it has none). */
    static VirtualMachineConfigSpec attach(VirtualMachineConfigInfo config, String datastorePath) throws DriverException {
        List<VirtualDisk> disks = Machines.disks(config);
        List<VirtualDeviceConfigSpec> changes = new ArrayList<>();
        VirtualDisk disk = new VirtualDisk();
        VirtualDiskFlatVer2BackingInfo backing = new VirtualDiskFlatVer2BackingInfo();
        backing.setFileName(datastorePath);
        backing.setDiskMode("persistent");
        disk.setBacking(backing);
        disk.setKey(-100);
        if (disks.isEmpty()) {
            VirtualDevice controller = controller(config);
            disk.setControllerKey(controller.getKey());
            disk.setUnitNumber(freeUnit(config, controller));
            disk.setCapacityInKB(0);
        } else {
            VirtualDisk old = disks.get(0);
            changes.add(change(VirtualDeviceConfigSpecOperation.remove, old));
            disk.setControllerKey(old.getControllerKey());
            disk.setUnitNumber(old.getUnitNumber());
            disk.setCapacityInKB(old.getCapacityInKB());
        }
        changes.add(change(VirtualDeviceConfigSpecOperation.add, disk));
        return spec(changes);
    }

    /** Removes every disk of the machine, keeping the files; {@code null} when it has none. */
    static VirtualMachineConfigSpec detach(VirtualMachineConfigInfo config) {
        List<VirtualDeviceConfigSpec> changes = new ArrayList<>();
        for (VirtualDisk disk : Machines.disks(config)) {
            changes.add(change(VirtualDeviceConfigSpecOperation.remove, disk));
        }
        return changes.isEmpty() ? null : spec(changes);
    }

    private static VirtualDeviceConfigSpec change(VirtualDeviceConfigSpecOperation operation, VirtualDevice device) {
        VirtualDeviceConfigSpec change = new VirtualDeviceConfigSpec();
        change.setOperation(operation);
        change.setDevice(device);
        return change;
    }

    private static VirtualMachineConfigSpec spec(List<VirtualDeviceConfigSpec> changes) {
        VirtualMachineConfigSpec spec = new VirtualMachineConfigSpec();
        spec.setDeviceChange(changes.toArray(VirtualDeviceConfigSpec[]::new));
        return spec;
    }

    private static VirtualDevice controller(VirtualMachineConfigInfo config) throws DriverException {
        VirtualDevice ide = null;
        for (VirtualDevice device : config.getHardware().getDevice()) {
            if (device instanceof VirtualSCSIController) {
                return device;
            }
            if (ide == null && device instanceof VirtualIDEController) {
                ide = device;
            }
        }
        if (ide == null) {
            throw new DriverException("Machine " + config.getName() + " has no SCSI or IDE controller for a disk.");
        }
        return ide;
    }

    private static int freeUnit(VirtualMachineConfigInfo config, VirtualDevice controller) {
        Set<Integer> used = new HashSet<>();
        for (VirtualDevice device : config.getHardware().getDevice()) {
            if (device.getControllerKey() != null && device.getControllerKey() == controller.getKey()
                    && device.getUnitNumber() != null) {
                used.add(device.getUnitNumber());
            }
        }
        int unit = 0;
        while (used.contains(unit) || (controller instanceof VirtualSCSIController && unit == SCSI_CONTROLLER_UNIT)) {
            unit++;
        }
        return unit;
    }
}
