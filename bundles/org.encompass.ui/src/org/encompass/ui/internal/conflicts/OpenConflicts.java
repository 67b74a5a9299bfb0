package org.encompass.ui.internal.conflicts;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.encompass.model.Blade;
import org.encompass.model.Conflict;
import org.encompass.model.Machine;
import org.encompass.model.Site;
import org.encompass.model.VirtualMachine;

/** Which machines open conflicts name: a conflict's subject is the machine as operators name it (host/vm). */
public final class OpenConflicts {
    private OpenConflicts() {
    }

    public static boolean concern(Machine machine) {
        if (!(EcoreUtil.getRootContainer(machine) instanceof Site site) || site.getConflicts().isEmpty()) {
            return false;
        }
        String name = qualifiedName(machine);
        for (Conflict conflict : site.getConflicts()) {
            if (!conflict.isResolved() && name.equals(conflict.getSubject())) {
                return true;
            }
        }
        return false;
    }

    /** The same name the engine records (host/vm, chassis/blade). */
    static String qualifiedName(Machine machine) {
        if (machine instanceof VirtualMachine vm && vm.getHost() != null) {
            return vm.getHost().getName() + '/' + vm.getName();
        }
        if (machine instanceof Blade blade && blade.getChassis() != null) {
            return blade.getChassis().getName() + '/' + blade.getName();
        }
        return machine.getName();
    }
}
