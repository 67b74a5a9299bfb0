package org.encompass.core.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.encompass.core.EncompassException;
import org.encompass.core.Quoted;
import org.encompass.model.Clone;
import org.encompass.model.Placement;
import org.encompass.model.ServiceUpdate;
import org.encompass.model.Site;
import org.encompass.model.TerminalState;
import org.encompass.model.UpdateMachine;
import org.encompass.model.UpdateMachineStatus;
import org.encompass.model.UpdatePhase;

/** Finds a site's service updates by name, or the one running when none is named. */
public final class ServiceUpdateLookup {

    private ServiceUpdateLookup() {
    }

    /** Updates not yet finished. */
    public static boolean running(ServiceUpdate update) {
        return update.getPhase() != UpdatePhase.FINISHED;
    }

    /** The update named {@code name}, or the only running one when {@code name} is null. */
    public static ServiceUpdate find(Site site, String name) {
        if (name != null) {
            return site.getUpdates().stream().filter(u -> name.equals(u.getName())).findFirst()
                    .orElseThrow(() -> new EncompassException("unknown service update " + Quoted.of(name)
                            + " (known: " + (site.getUpdates().isEmpty() ? "none"
                                    : site.getUpdates().stream().map(ServiceUpdate::getName).collect(Collectors.joining(", ")))
                            + ")"));
        }
        List<ServiceUpdate> open = site.getUpdates().stream().filter(ServiceUpdateLookup::running).toList();
        if (open.isEmpty()) {
            throw new EncompassException("no service update is running; start one with encompass update start MASTER [--on MACHINE]");
        }
        if (open.size() > 1) {
            throw new EncompassException("several service updates are running ("
                    + open.stream().map(ServiceUpdate::getName).collect(Collectors.joining(", ")) + "); name one with --update");
        }
        return open.get(0);
    }

    /**
     * The clones of the update's old master that a rollout moves, by machine ({@code host/vm}): placed on a machine,
     * not destroyed, not the maintenance clone.
     */
    public static Map<String, Clone> oldClonesByMachine(Site site, ServiceUpdate update) {
        Map<String, Clone> byMachine = new LinkedHashMap<>();
        for (Clone c : site.getClones()) {
            if (c.getMaster() != null && update.getOldMaster().equals(c.getMaster().getName())
                    && c.getTerminalState() == TerminalState.NONE && c.getMachine() != null
                    && c.getPlacement() != Placement.UNASSIGNED && !c.getName().equals(update.getMaintenanceClone())) {
                byMachine.put(SiteLookup.qualifiedName(c.getMachine()), c);
            }
        }
        return byMachine;
    }

    /**
     * The machines a rollout of every machine would still move, in order: the update's rows not yet moved, then the
     * machines running a clone of the old master that it does not list yet (a console rolls out batch by batch
     * through {@code Engine.updateRollout(update, n, machines, ...)} with these).
     */
    public static List<String> machinesToMove(Site site, ServiceUpdate update) {
        List<String> result = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (UpdateMachine row : update.getMachines()) {
            listed.add(row.getMachine());
            if (row.getStatus() != UpdateMachineStatus.DONE) {
                result.add(row.getMachine());
            }
        }
        for (String machine : oldClonesByMachine(site, update).keySet()) {
            if (!listed.contains(machine)) {
                result.add(machine);
            }
        }
        return result;
    }
}
