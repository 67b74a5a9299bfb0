package org.encompass.ui.internal.dnd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.encompass.core.DeployRequest;
import org.encompass.core.EncompassException;
import org.encompass.core.query.FreeMachines;
import org.encompass.core.query.Requirements;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.Chassis;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.ui.internal.ConsoleOperations;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.Messages;
import org.encompass.ui.internal.commands.ConsoleCommandStack;
import org.encompass.ui.internal.commands.OperationJobs;
import org.encompass.ui.internal.commands.Selections;
import org.encompass.ui.internal.updates.Reassignment;

/**
 * What dropping repository objects on a machine means: clones on a machine (or on a host or chassis,
 * spread over its free machines) are assigned and attached as one undoable command; a master on a
 * machine is deployed there. A master or one clone dropped on a busy machine asks whether to reassign
 * it ({@link Reassignment}). {@link #refusal} says why a drop does not fit, in the engine's words
 * where the engine has them. The operations run where {@link ConsoleOperations} sends them: on the repository
 * server when the console is connected to one.
 */
public final class CloneDrop {
    private final ConsoleOperations operations;
    private final ConsoleCommandStack stack;

    /** @param operations where the drop's operations run: the console's engine, or its server when connected */
    public CloneDrop(ConsoleOperations operations, ConsoleCommandStack stack) {
        this.operations = operations;
        this.stack = stack;
    }

    /** Why {@code dragged} cannot be dropped on {@code target}; null when it can. */
    public String refusal(Object target, Object dragged) {
        if (ConsolePlugin.readOnly()) {
            return Messages.offlineReadOnly;
        }
        List<Master> masters = Selections.masters(dragged);
        if (masters.size() == 1) {
            if (!(target instanceof Machine machine)) {
                return Messages.dropNeedsMachine;
            }
            return requirements(masters.get(0), machine);
        }
        List<Clone> clones = Selections.clones(dragged);
        if (clones.isEmpty()) {
            return Messages.dropOnlyClonesOrMaster;
        }
        for (Clone clone : clones) {
            try {
                Lifecycle.check(clone.getName(), States.of(clone), Operation.ASSIGN);
            } catch (EncompassException e) {
                return e.getMessage();
            }
        }
        if (clones.size() == 1 && busy(target)) {
            return requirements(clones.get(0).getMaster(), (Machine) target);
        }
        try {
            placement(target, clones);
            return null;
        } catch (EncompassException e) {
            return e.getMessage();
        }
    }

    /** Performs a drop that {@link #refusal} accepted. */
    public void drop(Object target, Object dragged) {
        String refusal = refusal(target, dragged);
        if (refusal != null) {
            throw new EncompassException(refusal);
        }
        if (busy(target)) {
            // After the drop has ended: a modal dialog inside SWT's drop handler would hold the drag's grab.
            String image = Selections.masters(dragged).size() == 1 ? Selections.masters(dragged).get(0).getName()
                    : Selections.clones(dragged).get(0).getName();
            Display display = Display.getCurrent();
            display.asyncExec(() -> Reassignment.ask(display.getActiveShell(), (Machine) target, image));
            return;
        }
        List<Master> masters = Selections.masters(dragged);
        if (masters.size() == 1) {
            String master = masters.get(0).getName();
            String machine = SiteLookup.qualifiedName((Machine) target);
            OperationJobs.schedule(NLS.bind(Messages.deployJob, master, machine), monitor -> {
                var result = operations.deploy(new DeployRequest(master, List.of(machine), null, Map.of(), false), monitor);
                if (!result.succeeded()) {
                    throw new EncompassException(result.outcomes().get(0).error());
                }
            });
            return;
        }
        Map<String, String> machineByClone = placement(target, Selections.clones(dragged));
        String label = NLS.bind(Messages.assignAttachCommand, String.join(", ", machineByClone.keySet()),
                String.join(", ", machineByClone.values()));
        stack.executeInJob(new AssignAndAttachCommand(operations, label, machineByClone));
    }

    /** Which machine each clone goes to; throws with the reason when they do not fit. */
    private static Map<String, String> placement(Object target, List<Clone> clones) {
        List<Machine> candidates = switch (target) {
            case Machine machine -> {
                if (clones.size() > 1) {
                    throw new EncompassException(NLS.bind(Messages.dropOneClonePerMachine, SiteLookup.qualifiedName(machine)));
                }
                yield new ArrayList<>(List.of(machine));
            }
            case HypervisorHost host -> new ArrayList<>(host.getMachines());
            case Chassis chassis -> new ArrayList<>(chassis.getBlades());
            default -> throw new EncompassException(Messages.dropNeedsMachine);
        };
        Map<String, String> result = new LinkedHashMap<>();
        for (Clone clone : clones) {
            Machine free = FreeMachines.firstAmong(candidates, clone.getMaster()).orElseThrow(() -> new EncompassException(
                    target instanceof Machine machine ? requirements(clone.getMaster(), machine)
                            : NLS.bind(Messages.dropNoFreeMachine, clone.getName())));
            result.put(clone.getName(), SiteLookup.qualifiedName(free));
            candidates.remove(free);
        }
        return result;
    }

    /** Whether the drop goes on a machine that holds a clone: a reassignment. */
    private static boolean busy(Object target) {
        return target instanceof Machine machine && !FreeMachines.isFree(machine);
    }

    /** Why {@code machine} does not meet the requirements of {@code master}, or null. */
    private static String requirements(Master master, Machine machine) {
        try {
            Requirements.check(master, machine);
            return null;
        } catch (EncompassException e) {
            return e.getMessage();
        }
    }
}
