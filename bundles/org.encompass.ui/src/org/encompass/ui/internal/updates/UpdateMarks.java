package org.encompass.ui.internal.updates;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.query.ServiceUpdateLookup;
import org.encompass.model.Clone;
import org.encompass.model.Placement;
import org.encompass.model.ServiceUpdate;
import org.encompass.model.Site;
import org.encompass.model.TerminalState;
import org.encompass.model.UpdateMachine;
import org.encompass.model.UpdateMachineStatus;

/**
 * The part a clone plays in a running service update, as the navigators and the lifecycle diagram mark it:
 * the maintenance clone, a machine's new clone, its old clone on standby (moved) or still in service (old).
 */
public final class UpdateMarks {
    private UpdateMarks() {
    }

    /** A clone's role in update {@code update}: "maintenance", "new", "standby" or "old". */
    public record Mark(String role, String update) {
        @Override
        public String toString() {
            return role + ": " + update;
        }
    }

    /** The clone's role in the first running update that involves it, or null. */
    public static Mark mark(Clone clone) {
        EObject container = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(clone);
        if (!(container instanceof Site site) || site.getUpdates().isEmpty()) {
            return null;
        }
        for (ServiceUpdate update : site.getUpdates()) {
            if (!ServiceUpdateLookup.running(update)) {
                continue;
            }
            String role = role(update, clone);
            if (role != null) {
                return new Mark(role, update.getName());
            }
        }
        return null;
    }

    /** The clone's name followed by its role ("web-01 [standby]"), or just its name. */
    public static String label(Clone clone) {
        Mark mark = mark(clone);
        return mark == null ? clone.getName() : NLS.bind(UpdateMessages.markLabel, clone.getName(), mark.role());
    }

    /** Its role and update, for tooltips ("standby in service update upd-web-1"), or null. */
    public static String detail(Clone clone) {
        Mark mark = mark(clone);
        return mark == null ? null : NLS.bind(UpdateMessages.markDetail, mark.role(), mark.update());
    }

    private static String role(ServiceUpdate update, Clone clone) {
        String name = clone.getName();
        if (name.equals(update.getMaintenanceClone())) {
            return UpdateMessages.markMaintenance;
        }
        for (UpdateMachine row : update.getMachines()) {
            if (name.equals(row.getNewClone())) {
                return UpdateMessages.markNew;
            }
            if (name.equals(row.getOldClone())) {
                return row.getStatus() == UpdateMachineStatus.DONE ? UpdateMessages.markStandby : UpdateMessages.markOld;
            }
        }
        boolean inService = clone.getMaster() != null && update.getOldMaster().equals(clone.getMaster().getName())
                && clone.getTerminalState() == TerminalState.NONE && clone.getMachine() != null
                && clone.getPlacement() != Placement.UNASSIGNED;
        return inService ? UpdateMessages.markOld : null;
    }
}
