package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.EncompassException;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.Requirements;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.model.Clone;
import org.encompass.model.Machine;
import org.encompass.model.Metastate;
import org.encompass.model.Placement;
import org.encompass.model.PowerState;
import org.encompass.model.Site;

/** assign, unassign, attach, detach, activate, deactivate and reconfigure (docs/lifecycle.md). */
public final class PlacementOperations {
    private final OperationRunner runner;
    private final HypervisorSteps hosts;
    private final CloneCustomizer customizer;

    public PlacementOperations(OperationRunner runner, HypervisorSteps hosts, CloneCustomizer customizer) {
        this.runner = runner;
        this.hosts = hosts;
        this.customizer = customizer;
    }

    private record AssignPlan(CloneSnapshot source, MachineTarget machine, CloneCustomizer.Work customization) {
    }

    /** Binds a clone to a machine that meets its master's requirements, applying pending customization. */
    public void assign(String cloneName, String machineName, IProgressMonitor monitor) {
        runner.run(Operation.ASSIGN, cloneName, site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            Lifecycle.check(cloneName, States.of(clone), Operation.ASSIGN);
            Machine machine = SiteLookup.machine(site, machineName);
            Requirements.check(clone.getMaster(), machine);
            org.encompass.core.query.Topology.checkClone(clone, machine);
            refuseIfBusy(cloneName, machine, clone);
            CloneSnapshot snapshot = CloneSnapshot.of(clone);
            MachineTarget target = MachineTarget.of(machine);
            CloneCustomizer.Work work = CloneCustomizer.snapshot(clone, machine.getName());
            // The claim: both sides of the clone-machine reference change in the journal's commit, so when
            // processes assign clones to one machine at once, CDO commits exactly one of them; the others' commit
            // conflicts on the machine, their validation runs again on the new state and refuses above.
            clone.setMachine(machine);
            return new OperationRunner.Plan<>(cloneName,
                    Map.of("machine", target.qualifiedName(), "pointerBefore", Integer.toString(work.pointer())),
                    snapshot.state().toString(), List.of(snapshot.lock(), target.lock()),
                    new AssignPlan(snapshot, target, work), s -> releaseClaim(s, cloneName));
        }, (plan, m) -> {
            customizer.apply(plan.customization(), plan.customization().items().size(), m);
            return Boolean.TRUE;
        }, (site, plan, ok) -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            clone.setMachine(SiteLookup.machine(site, plan.machine().qualifiedName()));
            return transition(clone, Operation.ASSIGN);
        }, monitor);
    }

    /** A machine holds at most one clone at ASSIGNED or beyond, or claimed by a running assign: "machine busy". */
    private static void refuseIfBusy(String cloneName, Machine machine, Clone clone) {
        Clone holder = machine.getClone();
        if (holder == null || holder == clone) {
            return;
        }
        String prefix = "cannot assign " + cloneName + " to " + SiteLookup.qualifiedName(machine) + ": machine busy: ";
        if (holder.getPlacement() == Placement.UNASSIGNED) {
            throw new EncompassException(prefix + "clone " + holder.getName() + " (" + States.of(holder)
                    + ") is being assigned to it by another operation; try again when it has ended (encompass journal"
                    + " shows it; an interrupted one can be rolled back)");
        }
        throw new EncompassException(prefix + "the machine holds clone " + holder.getName() + " (" + States.of(holder)
                + "); unassign it first or use migrate");
    }

    /** Takes back the claim of an assign that failed or is rolled back; see {@link #assign}. */
    static void releaseClaim(Site site, String cloneName) {
        Clone clone = SiteLookup.clone(site, cloneName);
        if (clone.getPlacement() == Placement.UNASSIGNED) {
            clone.setMachine(null);
        }
    }

    public void unassign(String cloneName, IProgressMonitor monitor) {
        runOnMachine(Operation.UNASSIGN, cloneName, (snapshot, m) -> Boolean.TRUE, (clone, ok) -> clone.setMachine(null), monitor);
    }

    public void attach(String cloneName, IProgressMonitor monitor) {
        runOnMachine(Operation.ATTACH, cloneName, (snapshot, m) -> hosts.attach(snapshot.machine(), snapshot.image()),
                (clone, volume) -> BladeBoots.record(clone.getMachine(), volume), monitor);
    }

    public void detach(String cloneName, IProgressMonitor monitor) {
        runOnMachine(Operation.DETACH, cloneName, (snapshot, m) -> {
            hosts.detach(snapshot.machine());
            return Boolean.TRUE;
        }, (clone, ok) -> BladeBoots.clear(clone.getMachine()), monitor);
    }

    public void activate(String cloneName, IProgressMonitor monitor) {
        runOnMachine(Operation.ACTIVATE, cloneName, (snapshot, m) -> hosts.activate(snapshot.machine(), snapshot.image()),
                (clone, volume) -> {
                    clone.getMachine().setPower(PowerState.RUNNING);
                    BladeBoots.record(clone.getMachine(), volume);
                }, monitor);
    }

    public void deactivate(String cloneName, IProgressMonitor monitor) {
        runOnMachine(Operation.DEACTIVATE, cloneName, (snapshot, m) -> {
            hosts.deactivate(snapshot.machine());
            return Boolean.TRUE;
        }, (clone, ok) -> clone.getMachine().setPower(PowerState.OFF), monitor);
    }

    public void reconfigure(String cloneName, IProgressMonitor monitor) {
        runOnMachine(Operation.RECONFIGURE, cloneName, (snapshot, m) -> Boolean.TRUE, (clone, ok) -> { }, monitor);
    }

    /** Runs a transition whose driver work (if any) concerns the clone's machine; {@code alsoChange} gets its result. */
    private <R> void runOnMachine(Operation operation, String cloneName, OperationRunner.Work<CloneSnapshot, R> work,
            java.util.function.BiConsumer<Clone, R> alsoChange, IProgressMonitor monitor) {
        runner.run(operation, cloneName, site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            Lifecycle.check(cloneName, States.of(clone), operation);
            CloneSnapshot snapshot = CloneSnapshot.of(clone);
            List<String> locks = new ArrayList<>(List.of(snapshot.lock()));
            if (snapshot.machine() != null) {
                locks.add(snapshot.machine().lock());
            }
            Map<String, String> args = snapshot.machine() == null ? Map.of()
                    : Map.of("machine", snapshot.machine().qualifiedName());
            return new OperationRunner.Plan<>(cloneName, args, snapshot.state().toString(), locks, snapshot);
        }, work, (site, snapshot, result) -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            String after = transition(clone, operation);
            alsoChange.accept(clone, result);
            return after;
        }, monitor);
    }

    private static String transition(Clone clone, Operation operation) {
        CloneState next = Lifecycle.next(States.of(clone), operation);
        StateChanges.set(clone, next);
        if (next.metastate() == Metastate.OPERATIONAL && clone.getFirstBoot() == null && operation == Operation.ACTIVATE) {
            clone.setFirstBoot(new Date());
        }
        return next.toString();
    }
}
