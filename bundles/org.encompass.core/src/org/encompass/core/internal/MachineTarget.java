package org.encompass.core.internal;

import org.encompass.core.query.SiteLookup;
import org.encompass.model.Blade;
import org.encompass.model.Machine;
import org.encompass.model.VirtualMachine;

/**
 * What a driver needs to reach a machine, copied out of the model so driver work runs outside any
 * transaction.
 *
 * @param qualifiedName {@code host/vm} or {@code chassis/blade}
 * @param name          the machine's name on its host
 * @param virtual       a virtual machine (else a blade)
 * @param driverKind    the host's or chassis' driver kind
 * @param address       the host's URI or the chassis' management address
 * @param slot          the blade's slot, or {@code null}
 */
public record MachineTarget(String qualifiedName, String name, boolean virtual, String driverKind, String address,
        String slot) {

    public static MachineTarget of(Machine machine) {
        if (machine instanceof VirtualMachine vm) {
            return new MachineTarget(SiteLookup.qualifiedName(vm), vm.getName(), true, vm.getHost().getKind(),
                    vm.getHost().getUri(), null);
        }
        Blade blade = (Blade) machine;
        return new MachineTarget(SiteLookup.qualifiedName(blade), blade.getName(), false, blade.getChassis().getKind(),
                blade.getChassis().getManagementAddress(), blade.getSlot());
    }

    public String lock() {
        return "machine:" + qualifiedName;
    }
}
