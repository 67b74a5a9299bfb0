package org.encompass.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.EncompassException;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.Requirements;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.model.Clone;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.Placement;
import org.encompass.model.TerminalState;
import org.encompass.model.Variable;

/**
 * Reassignment of resources (paper, section 3): a machine's clone is taken down to standby (or destroyed) and
 * another image is deployed on it, as one journaled scenario made of the journaled lifecycle operations. The
 * steps go by the clones' recorded states, so running them again after a stop goes on where it stopped.
 */
public final class Reassigner {
    private final OperationRunner runner;
    private final ImageOperations images;
    private final PlacementOperations placement;
    private final CustomizationOperations customization;

    public Reassigner(OperationRunner runner, ImageOperations images, PlacementOperations placement,
            CustomizationOperations customization) {
        this.runner = runner;
        this.images = images;
        this.placement = placement;
        this.customization = customization;
    }

    /**
     * What the validation found: the machine's qualified name, its clone (or null), and the image to deploy: where a
     * fresh clone is made from ({@code source}), or the unassigned clone {@code target}.
     */
    private record Checked(String machine, String oldClone, ImageOperations.Source source, String target) {
    }

    /**
     * Reassigns {@code machine} to a fresh clone of master {@code to}, or to the unassigned clone {@code to};
     * the machine's old clone ends on standby (OPERATIONAL/UNASSIGNED), or destroyed with {@code destroyOld}.
     * {@code variables} are set on a fresh clone. Returns the name of the clone now active on the machine.
     */
    public String reassign(String machine, String to, boolean destroyOld, Map<String, String> variables,
            IProgressMonitor monitor) {
        Map<String, String> vars = variables == null ? Map.of() : variables;
        return runner.run(Operation.REASSIGN, machine, site -> {
            Checked checked = check(site, machine, to, destroyOld, vars);
            Map<String, String> args = new LinkedHashMap<>();
            args.put("to", to);
            args.put("old", checked.oldClone() == null ? "" : checked.oldClone());
            args.put("old-clone", destroyOld ? "destroy" : "standby");
            String before = checked.oldClone() == null ? "empty"
                    : checked.oldClone() + " " + States.of(SiteLookup.clone(site, checked.oldClone()));
            return new OperationRunner.Plan<>(checked.machine(), args, before,
                    List.of("reassign:" + checked.machine()), checked);
        }, (checked, m) -> {
            SubMonitor sub = SubMonitor.convert(m, "Reassigning " + checked.machine(), 100);
            String clone = checked.target();
            if (clone == null) {
                clone = images.cloneAt(checked.source(), sub.split(40));
                if (!vars.isEmpty()) {
                    customization.setVariables(clone, vars);
                }
            }
            if (checked.oldClone() != null) {
                takeDown(checked.oldClone(), sub.split(20));
            }
            try {
                bringUp(clone, checked.machine(), sub.split(30));
            } catch (RuntimeException e) {
                throw new EncompassException("reassign of " + checked.machine() + " stopped: " + e.getMessage()
                        + (checked.oldClone() == null ? "" : "; its old clone " + checked.oldClone()
                                + " is on standby (encompass reassign " + checked.machine() + " --to " + checked.oldClone()
                                + " returns to it)"), e);
            }
            if (destroyOld && checked.oldClone() != null) {
                images.destroy(checked.oldClone(), sub.split(10));
            }
            return clone;
        }, (site, checked, clone) -> clone + " " + States.of(SiteLookup.clone(site, clone)) + " on " + checked.machine()
                + (checked.oldClone() == null ? "" : "; " + checked.oldClone() + " "
                        + States.of(SiteLookup.clone(site, checked.oldClone()))), monitor);
    }

    /** Refuses before anything changes: unknown machine or image, an image that cannot go there. */
    private static Checked check(org.encompass.model.Site site, String machineName, String to, boolean destroyOld,
            Map<String, String> vars) {
        Machine machine = SiteLookup.machine(site, machineName);
        String qualified = SiteLookup.qualifiedName(machine);
        Clone old = machine.getClone();
        if (old != null && old.getPlacement() == Placement.UNASSIGNED) {
            throw new EncompassException("cannot reassign " + qualified + ": clone " + old.getName()
                    + " is being assigned to it by another operation; try again when it has ended");
        }
        if (old != null && destroyOld && old.getMetastate() == Metastate.MAINTENANCE) {
            throw new EncompassException("cannot reassign " + qualified + " with --destroy-old: its clone " + old.getName()
                    + " is in MAINTENANCE, which only capture ends; use --standby");
        }
        var master = SiteLookup.findMaster(site, to);
        var clone = SiteLookup.findClone(site, to);
        if (master.isPresent()) {
            Master m = master.get();
            if (m.getLocation() == null) {
                throw new EncompassException("cannot reassign " + qualified + " to master " + to + ": it is retired");
            }
            Requirements.check(m, machine);
            // the fresh clone is made where a deploy's would be: from a copy of the image or a seed the machine reaches
            ImageOperations.Source source = ImageOperations.Source.of(org.encompass.core.query.Topology.cloneSource(m, machine));
            return new Checked(qualified, old == null ? null : old.getName(), source, null);
        }
        if (clone.isEmpty()) {
            throw new EncompassException("cannot reassign " + qualified + ": no master or clone is named "
                    + org.encompass.core.Quoted.of(to));
        }
        Clone c = clone.get();
        if (c == old) {
            throw new EncompassException("cannot reassign " + qualified + " to " + to + ": it runs that clone already");
        }
        CloneState state = States.of(c);
        if (state.isTerminal() || state.placement() != Placement.UNASSIGNED) {
            throw new EncompassException("cannot reassign " + qualified + " to clone " + to + ": it is " + state
                    + (c.getMachine() == null ? "" : " on " + SiteLookup.qualifiedName(c.getMachine()))
                    + "; only an unassigned clone can be deployed");
        }
        if (!vars.isEmpty() && c.getMetastate() != Metastate.CLEAN) {
            throw new EncompassException("cannot set variables on clone " + to + ": it is " + state
                    + " (only a clean clone takes variables)");
        }
        Requirements.check(c.getMaster(), machine);
        org.encompass.core.query.Topology.checkClone(c, machine);
        return new Checked(qualified, old == null ? null : old.getName(), null, to);
    }

    /** Takes {@code clone} down to UNASSIGNED from wherever it is: deactivate, detach, unassign as needed. */
    void takeDown(String clone, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 30);
        Placement p = placementOf(clone);
        if (p == Placement.ACTIVE) {
            placement.deactivate(clone, sub.split(10));
        }
        if (p == Placement.ACTIVE || p == Placement.ATTACHED) {
            placement.detach(clone, sub.split(10));
        }
        if (p != Placement.UNASSIGNED && p != null) {
            placement.unassign(clone, sub.split(10));
        }
    }

    /** Brings {@code clone} up to ACTIVE on {@code machine} from wherever it is: assign, attach, activate as needed. */
    void bringUp(String clone, String machine, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, 30);
        Placement p = placementOf(clone);
        if (p == Placement.UNASSIGNED) {
            placement.assign(clone, machine, sub.split(10));
        }
        if (p == Placement.UNASSIGNED || p == Placement.ASSIGNED) {
            placement.attach(clone, sub.split(10));
        }
        if (p != Placement.ACTIVE) {
            placement.activate(clone, sub.split(10));
        }
    }

    /** The clone's placement, or null when it is destroyed or captured. */
    private Placement placementOf(String clone) {
        return runner.model().read(site -> {
            Clone c = SiteLookup.clone(site, clone);
            return c.getTerminalState() == TerminalState.NONE ? c.getPlacement() : null;
        });
    }

    /** A clone's own customization variables (hostname, addresses), to carry over to its successor. */
    static Map<String, String> variablesOf(Clone clone) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (Variable variable : clone.getVariables()) {
            variables.put(variable.getName(), variable.getValue() == null ? "" : variable.getValue());
        }
        return variables;
    }
}
