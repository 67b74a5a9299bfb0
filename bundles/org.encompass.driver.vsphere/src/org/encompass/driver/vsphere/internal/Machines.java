package org.encompass.driver.vsphere.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.encompass.core.spi.MachineInfo;
import org.encompass.core.spi.PowerState;

import com.vmware.vim25.VirtualDevice;
import com.vmware.vim25.VirtualDeviceFileBackingInfo;
import com.vmware.vim25.VirtualDisk;
import com.vmware.vim25.VirtualEthernetCard;
import com.vmware.vim25.VirtualMachineConfigInfo;
import com.vmware.vim25.VirtualMachinePowerState;

/** Reads what Encompass needs from a virtual machine's configuration. */
final class Machines {
    private Machines() {
    }

    static MachineInfo info(String name, VirtualMachineConfigInfo config, VirtualMachinePowerState power) {
        return new MachineInfo(name, config.getUuid(), architecture(config.getGuestId()),
                config.getHardware().getNumCPU(), config.getHardware().getMemoryMB(), macs(config), power(power));
    }

    static PowerState power(VirtualMachinePowerState state) {
        if (state == VirtualMachinePowerState.poweredOn) {
            return PowerState.RUNNING;
        }
        if (state == VirtualMachinePowerState.suspended) {
            return PowerState.PAUSED;
        }
        return state == VirtualMachinePowerState.poweredOff ? PowerState.OFF : PowerState.UNKNOWN;
    }

    /** vSphere names the guest OS, not the CPU: 64-bit guest ids ("otherGuest64", "rhel9_64Guest") are x86_64. */
    static String architecture(String guestId) {
        return guestId != null && guestId.contains("64") ? "x86_64" : "i686";
    }

    static List<String> macs(VirtualMachineConfigInfo config) {
        List<String> macs = new ArrayList<>();
        for (VirtualDevice device : devices(config)) {
            if (device instanceof VirtualEthernetCard nic && nic.getMacAddress() != null) {
                macs.add(nic.getMacAddress().toLowerCase(Locale.ROOT));
            }
        }
        return macs;
    }

    static List<VirtualDisk> disks(VirtualMachineConfigInfo config) {
        List<VirtualDisk> disks = new ArrayList<>();
        for (VirtualDevice device : devices(config)) {
            if (device instanceof VirtualDisk disk) {
                disks.add(disk);
            }
        }
        return disks;
    }

    /** The datastore path of the machine's first disk ("[datastore] dir/file.vmdk"), or {@code null}. */
    static String firstDiskPath(VirtualMachineConfigInfo config) {
        for (VirtualDisk disk : disks(config)) {
            if (disk.getBacking() instanceof VirtualDeviceFileBackingInfo file) {
                return file.getFileName();
            }
        }
        return null;
    }

    private static List<VirtualDevice> devices(VirtualMachineConfigInfo config) {
        VirtualDevice[] devices = config.getHardware().getDevice();
        return devices == null ? List.of() : List.of(devices);
    }
}
