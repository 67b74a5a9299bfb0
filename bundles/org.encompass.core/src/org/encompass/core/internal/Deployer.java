package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.ILog;
import org.encompass.core.ClonePlan;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.EncompassException;
import org.encompass.core.EngineOptions;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.query.FreeMachines;
import org.encompass.core.query.Requirements;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageRef;
import org.encompass.model.Clone;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Placement;

/** The paper's composite scenarios: deploy onto many machines in parallel, clone many, migrate. */
public final class Deployer {
    /** See {@link #machineSteps}. */
    private static final int MACHINE_STEPS = 16;
    private final ModelAccess model;
    private final ImageOperations images;
    private final PlacementOperations placement;
    private final CustomizationOperations customization;
    private final int maxParallel;
    private final int writeBehindCopies;
    private final CascadePlanner planner;

    public Deployer(ModelAccess model, ImageOperations images, PlacementOperations placement,
            CustomizationOperations customization, EngineOptions options) {
        this.model = model;
        this.images = images;
        this.placement = placement;
        this.customization = customization;
        this.maxParallel = options.maxParallel();
        this.writeBehindCopies = options.writeBehindCopies();
        this.planner = new CascadePlanner(options);
    }

    /** The cost model's plan for {@code count} clones of {@code master} (method null = the device's default). */
    public ClonePlan plan(String master, int count, CloneMethod method) {
        if (count < 1) {
            throw new EncompassException("clone count must be at least 1, was " + count);
        }
        return model.read(site -> {
            Master m = SiteLookup.master(site, master);
            CloneMethod chosen = method != null ? method
                    : ModelValues.toSpi(m.getStorage().getDefaultCloneMethod());
            return planner.plan(count, m.getSizeBytes(), chosen, writesBehind(m.getStorage(), chosen));
        });
    }

    private static boolean writesBehind(org.encompass.model.StorageDevice device, CloneMethod method) {
        try {
            return Drivers.storage().driver(device.getKind()).writesBehind(method);
        } catch (DriverException e) {
            return false; // the clone itself will report the missing driver
        }
    }

    /** The pool cascading clones read from, or null when the plan is direct. */
    private SourcePool poolFor(String master, ClonePlan plan) {
        if (!plan.cascading()) {
            return null;
        }
        return model.read(site -> {
            Master m = SiteLookup.master(site, master);
            return new SourcePool(new ImageRef(m.getLocation(), ModelValues.toSpi(m.getFormat())));
        });
    }

    private static void log(ClonePlan plan, SubMonitor monitor) {
        monitor.subTask(plan.explanation().get(plan.explanation().size() - 1));
        ILog.of(Deployer.class).info(plan.explain());
    }

    public List<String> cloneMany(String master, int count, CloneMethod method, IProgressMonitor monitor) {
        return cloneMany(master, count, method, plan(master, count, method), monitor);
    }

    private List<String> cloneMany(String master, int count, CloneMethod method, ClonePlan plan,
            IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Cloning " + master, 1);
        log(plan, sub);
        Batch batch = cloneEach(master, count, method, poolFor(master, plan), sub.split(1));
        List<String> names = java.util.Arrays.stream(batch.clones()).filter(java.util.Objects::nonNull).sorted().toList();
        List<String> errors = java.util.Arrays.stream(batch.errors()).filter(java.util.Objects::nonNull).toList();
        if (!errors.isEmpty()) {
            throw new EncompassException(errors.size() + " of " + count + " clones failed"
                    + (names.isEmpty() ? "" : " (made: " + String.join(", ", names) + ")") + ": " + errors.get(0));
        }
        return names;
    }

    /** Per clone of a batch: its name once made, else why not (one of the two is set). */
    private record Batch(String[] clones, String[] errors) {
    }

    /**
     * Makes {@code count} clones in parallel. Every clone is begun (journaled, a write-behind one
     * registered) in one commit, and the copies start while it is written: a commit made while earlier
     * copies are written back would wait for them. A refused batch or a failed commit throws.
     */
    private Batch cloneEach(String master, int count, CloneMethod method, SourcePool pool, IProgressMonitor monitor) {
        return cloneEach(master, count, method, null, pool, monitor);
    }

    private Batch cloneEach(String master, int count, CloneMethod method, ImageOperations.Elsewhere elsewhere, SourcePool pool,
            IProgressMonitor monitor) {
        Batch batch = new Batch(new String[count], new String[count]);
        List<ImageOperations.BegunClone> begun = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicReference<ParallelJobs> jobs = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            images.beginClones(master, method, elsewhere, count, validated -> {
                begun.addAll(validated);
                // write-behind copies run under their own, larger limit (CloneSlots): their jobs must not be fewer
                ParallelJobs copies = new ParallelJobs("Cloning " + master, count,
                        validated.get(0).writtenBehind() ? Math.max(maxParallel, writeBehindCopies) : maxParallel);
                jobs.set(copies);
                for (int i = 0; i < validated.size(); i++) {
                    ImageOperations.BegunClone clone = validated.get(i);
                    copies.start(i, (index, m) -> {
                        try {
                            batch.clones()[index] = images.copy(clone, pool, m).name();
                        } catch (EncompassException e) {
                            batch.errors()[index] = e.getMessage();
                        } catch (OperationCanceledException e) {
                            batch.errors()[index] = "cancelled";
                            throw e;
                        }
                    });
                }
            });
        } catch (RuntimeException e) {
            if (jobs.get() != null && jobs.get().anyStarted()) {
                joinQuietly(jobs.get()); // copies of a batch whose journal commit failed: each removes what it made
            }
            giveUp(begun);
            throw e;
        }
        try {
            jobs.get().join(monitor);
        } finally {
            giveUp(begun);
            for (int i = 0; i < count; i++) {
                if (batch.clones()[i] == null && batch.errors()[i] == null) {
                    batch.errors()[i] = "cancelled";
                }
            }
        }
        return batch;
    }

    /** Ends the begun clones whose copy never ran (cancelled, or their journal commit failed) as cancelled. */
    private void giveUp(List<ImageOperations.BegunClone> begun) {
        for (ImageOperations.BegunClone clone : begun) {
            if (!clone.isCopied()) {
                NullProgressMonitor cancelled = new NullProgressMonitor();
                cancelled.setCanceled(true);
                try {
                    images.copy(clone, null, cancelled);
                } catch (OperationCanceledException e) {
                    // journaled as cancelled; a registered write-behind clone is removed again
                }
            }
        }
    }

    private static void joinQuietly(ParallelJobs jobs) {
        try {
            jobs.join(null);
        } catch (RuntimeException e) {
            // the batch failed already; its own error is the one to report
        }
    }

    public DeployResult deploy(DeployRequest request, IProgressMonitor monitor) {
        Map<ImageOperations.Source, List<Integer>> sources = checkUpFront(request);
        int count = request.machines().size();
        SubMonitor progress = SubMonitor.convert(monitor, "Deploying " + request.master(), sources.size() + 2);
        // Every clone of a source first, begun in one commit: no clone is customized while another is still being
        // read from it (cascading), and the batch saves a commit per machine. A machine that reaches only another
        // copy of the master's image gets its clone from that copy, on that copy's device; one that reaches only a
        // pristine clone of the master (a seed) gets its clone read from it, on its device (cascading from a nearer clone).
        String[] cloned = new String[count];
        String[] cloneErrors = new String[count];
        ClonePlan plan = null;
        for (Map.Entry<ImageOperations.Source, List<Integer>> source : sources.entrySet()) {
            List<Integer> indexes = source.getValue();
            String master = source.getKey().master();
            ImageOperations.Elsewhere seed = source.getKey().elsewhere();
            ClonePlan sourcePlan = plan(master, indexes.size(), request.method());
            if (plan == null || (seed == null && master.equals(request.master()))) {
                plan = sourcePlan;
            }
            Batch cloning;
            try {
                if (seed == null) {
                    log(sourcePlan, progress);
                    cloning = cloneEach(master, indexes.size(), request.method(), poolFor(master, sourcePlan), progress.split(1));
                } else {
                    progress.subTask("cloning " + master + " from clone " + seed.seed() + " on " + seed.storage());
                    cloning = cloneEach(master, indexes.size(), request.method(), seed, null, progress.split(1));
                }
            } catch (EncompassException e) { // refused, or the journal's commit failed: no machine gets a clone
                cloning = new Batch(new String[indexes.size()], new String[indexes.size()]);
                java.util.Arrays.fill(cloning.errors(), e.getMessage());
            }
            for (int j = 0; j < indexes.size(); j++) {
                cloned[indexes.get(j)] = cloning.clones()[j];
                cloneErrors[indexes.get(j)] = cloning.errors()[j];
            }
        }
        DeployResult.MachineOutcome[] outcomes = new DeployResult.MachineOutcome[count];
        String[] assigned = new String[count];
        ParallelJobs.Task assign = (i, m) -> {
            String machine = request.machines().get(i);
            try {
                if (cloneErrors[i] != null) {
                    throw new EncompassException(cloneErrors[i]);
                }
                Map<String, String> variables = request.variables().get(machine);
                if (variables != null && !variables.isEmpty()) {
                    customization.setVariables(cloned[i], variables);
                }
                placement.assign(cloned[i], machine, m);
                assigned[i] = cloned[i];
            } catch (EncompassException | OperationCanceledException e) {
                String error = e instanceof OperationCanceledException ? "cancelled" : e.getMessage();
                outcomes[i] = new DeployResult.MachineOutcome(machine, cloned[i], error);
            }
        };
        ParallelJobs.Task bringUp = (i, m) -> {
            if (assigned[i] == null) {
                return;
            }
            String machine = request.machines().get(i);
            SubMonitor sub = SubMonitor.convert(m, machine, 20);
            try {
                placement.attach(assigned[i], sub.split(10));
                if (request.activate()) {
                    placement.activate(assigned[i], sub.split(10));
                }
                outcomes[i] = new DeployResult.MachineOutcome(machine, assigned[i], null);
            } catch (EncompassException | OperationCanceledException e) {
                String error = e instanceof OperationCanceledException ? "cancelled" : e.getMessage();
                outcomes[i] = new DeployResult.MachineOutcome(machine, assigned[i], error);
            }
        };
        List<String> made = java.util.Arrays.stream(cloned).filter(java.util.Objects::nonNull).toList();
        try (SharedAppliances.Share shared = SharedAppliances.mayShare(model, request.master())
                ? SharedAppliances.share(model, made) : SharedAppliances.none()) {
            if (shared.isEmpty()) {
                runInParallel("Deploying " + request.master(), count, (i, m) -> {
                    SubMonitor sub = SubMonitor.convert(m, request.machines().get(i), 40);
                    assign.run(i, sub.split(20));
                    bringUp.run(i, sub.split(20));
                }, progress.split(2));
                return new DeployResult(List.of(outcomes), plan);
            }
            // Every clone is customized while the appliances hold their images; no machine may use one before
            // they have stopped, so the clones are assigned first, all of them, and attached afterwards.
            runInParallel("Customizing clones of " + request.master(), count, assign, progress.split(1));
        }
        runInParallel("Deploying " + request.master(), count, bringUp, progress.split(1));
        return new DeployResult(List.of(outcomes), plan);
    }

    /**
     * Refuses the whole deploy before anything is cloned when a machine cannot take it; returns the machines'
     * indexes by what each one's clone is made from (the requested master, a copy of its image, or a seed clone).
     */
    private Map<ImageOperations.Source, List<Integer>> checkUpFront(DeployRequest request) {
        if (request.machines().isEmpty()) {
            throw new EncompassException("deploy needs at least one machine");
        }
        if (request.machines().stream().distinct().count() != request.machines().size()) {
            throw new EncompassException("deploy names a machine twice: " + request.machines());
        }
        return model.read(site -> {
            Master master = SiteLookup.master(site, request.master());
            if (master.getLocation() == null) {
                throw new EncompassException("master " + master.getName() + " is retired: its image was deleted");
            }
            Map<ImageOperations.Source, List<Integer>> sources = new java.util.LinkedHashMap<>();
            for (int i = 0; i < request.machines().size(); i++) {
                String name = request.machines().get(i);
                Machine machine = SiteLookup.machine(site, name);
                if (!FreeMachines.isFree(machine)) {
                    throw new EncompassException("cannot deploy onto " + name + ": it holds clone "
                            + machine.getClone().getName() + "; reassign or migrate it first");
                }
                Requirements.check(master, machine);
                ImageOperations.Source source = ImageOperations.Source.of(
                        org.encompass.core.query.Topology.cloneSource(master, machine));
                sources.computeIfAbsent(source, s -> new ArrayList<>()).add(i);
            }
            return sources;
        });
    }

    /** Migration of functionality (paper, section 3): the clone leaves its machine and runs on another. */
    public void migrate(String cloneName, String machine, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Migrating " + cloneName, 60);
        CloneState state = model.read(site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            Machine target = SiteLookup.machine(site, machine); // unknown machine: refuse before touching anything
            CloneState current = States.of(clone);
            if (current.isTerminal()) {
                throw new EncompassException("cannot migrate clone " + cloneName + ": it is " + current);
            }
            // a machine the clone cannot run on is refused before the clone leaves its machine
            Requirements.check(clone.getMaster(), target);
            org.encompass.core.query.Topology.checkClone(clone, target);
            return current;
        });
        Placement p = state.placement();
        if (p == Placement.ACTIVE) {
            placement.deactivate(cloneName, sub.split(10));
        }
        if (p == Placement.ACTIVE || p == Placement.ATTACHED) {
            placement.detach(cloneName, sub.split(10));
        }
        if (p != Placement.UNASSIGNED) {
            placement.unassign(cloneName, sub.split(10));
        }
        placement.assign(cloneName, machine, sub.split(10));
        placement.attach(cloneName, sub.split(10));
        placement.activate(cloneName, sub.split(10));
    }

    /**
     * How many machines a deploy assigns, attaches and activates at once, after its clones are made: at least
     * {@link #MACHINE_STEPS}, whatever the cores. These steps mostly wait (for a hypervisor, a blade's controller,
     * tgtd, a model commit), so the cores do not bound them: with 2 x 2 cores, 8 blades went in two rounds of 4
     * and the second round started only when the first had ended (measured, releng/bench/blade-deploy.sh).
     */
    private int machineSteps() {
        return Math.max(maxParallel, MACHINE_STEPS);
    }

    /** Runs a deploy's steps for each machine, {@link #machineSteps} at once. */
    private void runInParallel(String name, int count, ParallelJobs.Task task, IProgressMonitor monitor) {
        ParallelJobs.runAll(name, count, machineSteps(), task, monitor);
    }
}
