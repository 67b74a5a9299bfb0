package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.EncompassException;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.FreeMachines;
import org.encompass.core.query.Requirements;
import org.encompass.core.query.ServiceUpdateLookup;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.Topology;
import org.encompass.model.Clone;
import org.encompass.model.JournalEntry;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.ModelFactory;
import org.encompass.model.Outcome;
import org.encompass.model.Placement;
import org.encompass.model.ServiceUpdate;
import org.encompass.model.Site;
import org.encompass.model.TerminalState;
import org.encompass.model.UpdateMachine;
import org.encompass.model.UpdateMachineStatus;
import org.encompass.model.UpdatePhase;

/**
 * Service updates (paper, section 3) as tracked objects ({@link ServiceUpdate}): start (a clone of the master on a
 * machine, put into MAINTENANCE), apply (customization items written into the maintenance clone), capture (the new
 * master, version + 1), rollout (machines running clones of the old master reassigned to fresh clones of the new
 * one, their variables carried over), rollback (back to the standby clones, no copy) and finish (the standby clones
 * destroyed). Each step is one journal entry wrapping the journaled lifecycle operations it runs, and the record is
 * committed after every machine's change, so after a stop {@code rollout --continue} and {@code rollback} go on from
 * the clones' recorded states; operations the stop cut short are rolled back first.
 */
public final class ServiceUpdates {
    private static final Pattern LAST_NUMBER = Pattern.compile("(.*?)(\\d+)$");

    private final OperationRunner runner;
    private final ImageOperations images;
    private final PlacementOperations placement;
    private final CustomizationOperations customization;
    private final Reassigner reassigner;
    private final MaintenanceEdits edits;
    private final JournalRecovery recovery;
    private final int maxParallel;

    public ServiceUpdates(OperationRunner runner, ImageOperations images, PlacementOperations placement,
            CustomizationOperations customization, Reassigner reassigner, JournalRecovery recovery, int maxParallel) {
        this.runner = runner;
        this.images = images;
        this.placement = placement;
        this.customization = customization;
        this.reassigner = reassigner;
        this.edits = new MaintenanceEdits(runner.model());
        this.recovery = recovery;
        this.maxParallel = maxParallel;
    }

    // --- lookups and refusals shared with other operations

    /**
     * Refuses to delete a master while an update of it keeps standby clones for rollback (they are named), so the
     * operator learns why rather than only that clones still use it.
     */
    public static void refuseDeleteWithStandby(Site site, Master master) {
        for (ServiceUpdate update : site.getUpdates()) {
            if (!ServiceUpdateLookup.running(update) || !master.getName().equals(update.getOldMaster())) {
                continue;
            }
            List<String> standby = update.getMachines().stream().filter(m -> m.getStatus() == UpdateMachineStatus.DONE)
                    .map(UpdateMachine::getOldClone)
                    .filter(c -> SiteLookup.findClone(site, c).filter(x -> x.getTerminalState() == TerminalState.NONE).isPresent())
                    .toList();
            if (!standby.isEmpty()) {
                throw new EncompassException("cannot delete master " + master.getName() + ": service update "
                        + update.getName() + " keeps its standby clones " + String.join(", ", standby)
                        + " for rollback; run encompass update rollback or update finish first");
            }
        }
    }

    // --- start

    /**
     * An update being started: its name, the machine its maintenance clone boots on, whether the clone leaves that
     * machine once in MAINTENANCE ({@code unassigned}), where the clone is made from; when an interrupted start of it
     * is continued, the clone that start made ({@code made}, else null).
     */
    private record Starting(String update, String machine, boolean unassigned, ImageOperations.Source source, String made) {
    }

    /**
     * Deploys a clone of {@code master} (with {@code variables}) on {@code machine} and reconfigures it into
     * MAINTENANCE; with no machine (null or blank), the clone boots once on a free machine picked by the deploy's
     * placement rule ({@link FreeMachines}, an idle one) and is then deactivated, detached and unassigned: it ends
     * MAINTENANCE/UNASSIGNED. A start a stop cut short is continued by starting the same master again (with the
     * clone it made); {@link #rollbackStart} takes it back. Returns the update's name.
     */
    public String start(String masterName, String machineName, Map<String, String> variables, IProgressMonitor monitor) {
        OperationRunner.Begun<Starting> begun = runner.begin(Operation.UPDATE_START, masterName,
                site -> planStart(site, masterName, machineName));
        runner.finish(begun, (plan, m) -> {
            SubMonitor sub = SubMonitor.convert(m, "Starting " + plan.update(), 100);
            String clone = plan.made();
            if (clone == null) {
                clone = images.cloneAt(plan.source(), sub.split(40));
                recordStartClone(begun.id(), clone);
            } else {
                settleInterrupted(clone, null, sub.split(5));
            }
            String made = clone;
            boolean clean = runner.model().read(site -> SiteLookup.clone(site, made).getMetastate() == Metastate.CLEAN
                    && SiteLookup.clone(site, made).getPlacement() == Placement.UNASSIGNED);
            if (clean && variables != null && !variables.isEmpty()) {
                customization.setVariables(clone, variables);
            }
            if (runner.model().read(site -> SiteLookup.clone(site, made).getMetastate()) != Metastate.MAINTENANCE) {
                reassigner.bringUp(clone, plan.machine(), sub.split(40));
                CrashPoints.reach("update.start.booted");
                placement.reconfigure(clone, sub.split(5));
            }
            if (plan.unassigned()) {
                reassigner.takeDown(clone, sub.split(10));
            }
            return clone;
        }, (site, plan, clone) -> {
            ServiceUpdate update = ModelFactory.eINSTANCE.createServiceUpdate();
            update.setName(plan.update());
            update.setOldMaster(masterName);
            update.setMaintenanceClone(clone);
            update.setMaintenanceMachine(plan.unassigned() ? null : plan.machine());
            update.setPhase(UpdatePhase.MAINTENANCE);
            update.setStarted(new Date());
            site.getUpdates().add(update);
            takeOver(site, plan.update(), Operation.UPDATE_START, Set.of(Operation.UPDATE_START), Outcome.SUCCEEDED, "completed");
            return plan.update() + " " + UpdatePhase.MAINTENANCE + ", maintenance clone " + clone
                    + (plan.unassigned() ? " unassigned (booted once on " + plan.machine() + ")" : " on " + plan.machine());
        }, monitor);
        return runner.model().read(site -> {
            List<ServiceUpdate> of = site.getUpdates().stream().filter(u -> masterName.equals(u.getOldMaster())).toList();
            return of.get(of.size() - 1).getName();
        });
    }

    /** Validates a start: refusals, the machine (given, or picked), the interrupted start it continues, if any. */
    private static OperationRunner.Plan<Starting> planStart(Site site, String masterName, String machineName) {
        Master master = SiteLookup.master(site, masterName);
        if (master.getLocation() == null) {
            throw new EncompassException("cannot update master " + masterName + ": it is retired");
        }
        for (ServiceUpdate other : site.getUpdates()) {
            if (ServiceUpdateLookup.running(other) && masterName.equals(other.getOldMaster())) {
                throw new EncompassException("cannot start an update of master " + masterName + ": update "
                        + other.getName() + " of it is running (" + other.getPhase() + "); finish it first");
            }
        }
        boolean unassigned = machineName == null || machineName.isBlank();
        Map<String, String> interrupted = interruptedStart(site, masterName);
        if (interrupted != null) {
            String on = interrupted.get("machine");
            if (!unassigned && !SiteLookup.qualifiedName(SiteLookup.machine(site, machineName)).equals(on)) {
                throw new EncompassException("cannot start the update of master " + masterName + " on " + machineName
                        + ": its interrupted start goes on with clone " + interrupted.get("clone") + " on " + on
                        + "; run encompass update start " + masterName + " again without another machine, or roll it back"
                        + " (encompass journal rollback " + interrupted.get("entry") + ")");
            }
            return new OperationRunner.Plan<>(interrupted.get("update"), interrupted, "continues #" + interrupted.get("entry"),
                    List.of("update-of:" + masterName), new Starting(interrupted.get("update"), on,
                            Boolean.parseBoolean(interrupted.get("unassigned")), null, interrupted.get("clone")));
        }
        Machine machine = unassigned ? bootMachine(site, master) : SiteLookup.machine(site, machineName);
        String qualified = SiteLookup.qualifiedName(machine);
        if (machine.getClone() != null) {
            throw new EncompassException("cannot start the update on " + qualified + ": it holds clone "
                    + machine.getClone().getName() + "; choose a free machine");
        }
        Requirements.check(master, machine);
        // made where a deploy's clone would be: from a copy of the image or a seed clone the machine reaches
        ImageOperations.Source source = ImageOperations.Source.of(Topology.cloneSource(master, machine));
        long n = site.getUpdates().stream().filter(u -> masterName.equals(u.getOldMaster())).count() + 1;
        String name = "upd-" + masterName + "-" + n;
        return new OperationRunner.Plan<>(name, Map.of("master", masterName, "machine", qualified, "update", name,
                "unassigned", Boolean.toString(unassigned)), "none", List.of("update-of:" + masterName),
                new Starting(name, qualified, unassigned, source, null));
    }

    /**
     * The machine an unassigned maintenance clone boots on once: the first (by name) free machine that is not powered
     * on (one running something else is not taken) and fits the master by the deploy's rule ({@link FreeMachines});
     * none refuses, naming the constraint that failed.
     */
    private static Machine bootMachine(Site site, Master master) {
        List<Machine> idle = SiteLookup.machines(site).filter(FreeMachines::isIdle)
                .sorted(java.util.Comparator.comparing(SiteLookup::qualifiedName)).toList();
        String refused = "cannot start an update of master " + master.getName() + " unassigned: ";
        if (idle.isEmpty()) {
            throw new EncompassException(refused + "no free machine (holding no clone, not powered on) to boot its"
                    + " maintenance clone once");
        }
        return FreeMachines.firstAmong(idle, master).orElseThrow(() -> {
            Machine first = idle.get(0);
            List<String> unmet = Requirements.unmet(master, first);
            String why = !unmet.isEmpty() ? "machine " + SiteLookup.qualifiedName(first) + " does not meet its requirements: "
                    + String.join("; ", unmet) : topologyRefusal(master, first);
            return new EncompassException(refused + "no free machine can boot its maintenance clone (e.g. " + why + ")");
        });
    }

    private static String topologyRefusal(Master master, Machine machine) {
        try {
            Topology.cloneSource(master, machine);
            return SiteLookup.qualifiedName(machine) + " does not fit";
        } catch (EncompassException e) {
            return e.getMessage();
        }
    }

    /**
     * The arguments of the newest start of {@code master} a stop cut short (INTERRUPTED, neither retried nor rolled
     * back) whose clone is registered and not destroyed, with its journal id as {@code entry}; else null.
     */
    private static Map<String, String> interruptedStart(Site site, String master) {
        List<JournalEntry> entries = Journal.entries(site);
        for (int i = entries.size() - 1; i >= 0; i--) {
            JournalEntry e = entries.get(i);
            if (Operation.UPDATE_START.label().equals(e.getOperation()) && e.getOutcome() == Outcome.INTERRUPTED
                    && e.getRetriedBy() == 0) {
                Map<String, String> a = new java.util.LinkedHashMap<>(Journal.decode(e.getArguments()));
                String clone = a.get("clone");
                if (master.equals(a.get("master")) && clone != null && a.get("update") != null && SiteLookup.findClone(site, clone)
                        .filter(c -> c.getTerminalState() == TerminalState.NONE).isPresent()) {
                    a.put("entry", Long.toString(e.getId()));
                    return a;
                }
            }
        }
        return null;
    }

    /** Names the clone a start made in its journal entry, so a start a stop cuts short from here on goes on with it. */
    private void recordStartClone(long entry, String clone) {
        runner.model().write(site -> {
            JournalEntry e = Journal.entry(site, entry);
            Map<String, String> a = new java.util.LinkedHashMap<>(Journal.decode(e.getArguments()));
            a.put("clone", clone);
            e.setArguments(Journal.encode(a));
            return null;
        });
    }

    /**
     * Rolls back the update start journaled as {@code entry} that a stop cut short: its clone, unless it reached
     * MAINTENANCE (which only capture ends), is taken down and destroyed, and the entry ends ROLLED_BACK. Returns
     * false when {@code entry} is not an interrupted start with a clone (the journal's own rollback then applies).
     */
    public boolean rollbackStart(long entry, IProgressMonitor monitor) {
        String[] start = runner.model().read(site -> {
            JournalEntry e = Journal.entry(site, entry);
            if (!Operation.UPDATE_START.label().equals(e.getOperation())) {
                return null;
            }
            String master = Journal.decode(e.getArguments()).get("master"); // the entry's target is the update
            Map<String, String> a = master == null ? null : interruptedStart(site, master);
            return a == null || !a.get("entry").equals(Long.toString(entry)) ? null
                    : new String[] { a.get("clone"), master };
        });
        if (start == null) {
            return false;
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Rolling back the start of an update of " + start[1], 100);
        settleInterrupted(start[0], null, sub.split(10));
        if (runner.model().read(site -> SiteLookup.clone(site, start[0]).getMetastate()) == Metastate.MAINTENANCE) {
            throw new EncompassException("cannot roll back journal entry #" + entry + ": its clone " + start[0]
                    + " is in MAINTENANCE, which only capture ends; run encompass update start " + start[1]
                    + " again to go on");
        }
        reassigner.takeDown(start[0], sub.split(40));
        images.destroy(start[0], sub.split(50));
        runner.model().write(site -> {
            Journal.end(Journal.entry(site, entry), Outcome.ROLLED_BACK, "rolled back: its clone " + start[0]
                    + " was taken down and destroyed; no update was recorded", null);
            return null;
        });
        return true;
    }

    // --- apply

    /**
     * Writes {@code items} into the maintenance clone's image, in order, with its variables; the clone is
     * deactivated first when it runs (the machine stays attached). Returns how many items the update has applied.
     */
    public int apply(String updateName, List<org.encompass.core.customization.CustomizationItem> items, IProgressMonitor monitor) {
        if (items.isEmpty()) {
            throw new EncompassException("update apply needs at least one customization item");
        }
        String[] done = new String[3];
        runner.run(Operation.UPDATE_APPLY, updateName == null ? "update" : updateName, site -> {
            ServiceUpdate update = ServiceUpdateLookup.find(site, updateName);
            requirePhase(update, "apply items", UpdatePhase.MAINTENANCE);
            done[0] = update.getName();
            done[1] = update.getMaintenanceClone();
            return new OperationRunner.Plan<>(update.getName(), Map.of("items", Integer.toString(items.size())),
                    update.getPhase().toString(), List.of("update:" + update.getName()),
                    done);
        }, (plan, m) -> {
            SubMonitor sub = SubMonitor.convert(m, "Applying items to " + plan[1], 100);
            settleInterrupted(plan[1], null, sub.split(5));
            if (runner.model().read(site -> SiteLookup.clone(site, plan[1]).getPlacement()) == Placement.ACTIVE) {
                placement.deactivate(plan[1], sub.split(25));
            }
            CrashPoints.reach("update.apply.offline");
            edits.apply(plan[1], items, sub.split(70));
            return items.size();
        }, (site, plan, count) -> {
            ServiceUpdate update = ServiceUpdateLookup.find(site, plan[0]);
            update.setAppliedItems(update.getAppliedItems() + count);
            plan[2] = Integer.toString(update.getAppliedItems());
            takeOver(site, update.getName(), Operation.UPDATE_APPLY, Set.of(Operation.UPDATE_APPLY), Outcome.FAILED, APPLY_LEFT);
            return update.getName() + " " + update.getPhase() + ", " + update.getAppliedItems() + " item(s) applied";
        }, monitor);
        return Integer.parseInt(done[2]);
    }

    // --- capture

    /** Captures the maintenance clone as the new master (version + 1, lineage kept); returns its name. */
    public String capture(String updateName, String newMasterName, IProgressMonitor monitor) {
        return runner.run(Operation.UPDATE_CAPTURE, updateName == null ? "update" : updateName, site -> {
            ServiceUpdate update = ServiceUpdateLookup.find(site, updateName);
            requirePhase(update, "capture", UpdatePhase.MAINTENANCE);
            Master old = SiteLookup.master(site, update.getOldMaster());
            String version = nextVersion(old.getVersion());
            String name = newMasterName != null ? newMasterName : old.getName() + "-v" + version;
            Names.check("master", name);
            if (SiteLookup.findMaster(site, name).isPresent()) {
                throw new EncompassException("a master named " + name + " exists already; name the new one: update capture --as NAME");
            }
            return new OperationRunner.Plan<>(update.getName(), Map.of("master", name, "version", version),
                    update.getPhase().toString(), List.of("update:" + update.getName()),
                    new String[] { update.getName(), update.getMaintenanceClone(), name, version });
        }, (plan, m) -> {
            SubMonitor sub = SubMonitor.convert(m, "Capturing " + plan[1], 100);
            settleInterrupted(plan[1], null, sub.split(5));
            if (runner.model().read(site -> SiteLookup.clone(site, plan[1]).getPlacement()) == Placement.ACTIVE) {
                placement.deactivate(plan[1], sub.split(5));
            }
            CrashPoints.reach("update.capture.offline");
            return images.capture(plan[1], plan[2], sub.split(90));
        }, (site, plan, master) -> {
            ServiceUpdate update = ServiceUpdateLookup.find(site, plan[0]);
            SiteLookup.master(site, master).setVersion(plan[3]);
            update.setNewMaster(master);
            update.setPhase(UpdatePhase.CAPTURED);
            takeOver(site, update.getName(), Operation.UPDATE_CAPTURE, Set.of(Operation.UPDATE_APPLY), Outcome.FAILED, APPLY_LEFT);
            takeOver(site, update.getName(), Operation.UPDATE_CAPTURE, Set.of(Operation.UPDATE_CAPTURE), Outcome.SUCCEEDED,
                    "completed");
            return update.getName() + " " + UpdatePhase.CAPTURED + ", new master " + master + " version " + plan[3];
        }, monitor);
    }

    /** The version after {@code version}: its last number + 1 ("1" -> "2", "1.4" -> "1.5"), else ".1" appended. */
    static String nextVersion(String version) {
        if (version == null || version.isBlank()) {
            return "2";
        }
        Matcher m = LAST_NUMBER.matcher(version);
        if (m.matches()) {
            return m.group(1) + new java.math.BigInteger(m.group(2)).add(java.math.BigInteger.ONE);
        }
        return version + ".1";
    }

    // --- rollout

    /**
     * Moves the machines running clones of the old master (all, or {@code machines}) to fresh clones of the new
     * master, {@code batch} at a time in parallel, each with the variables of its old clone. A machine that does
     * not reach ACTIVE stops the rollout after its batch (phase PAUSED): then only {@code resume} (continue) or a
     * rollback go on. Returns the update's phase.
     */
    public UpdatePhase rollout(String updateName, int batch, List<String> machines, boolean resume, IProgressMonitor monitor) {
        if (batch < 1) {
            throw new EncompassException("--batch must be at least 1, was " + batch);
        }
        String[] name = new String[1];
        runner.run(Operation.UPDATE_ROLLOUT, updateName == null ? "update" : updateName, site -> {
            ServiceUpdate update = ServiceUpdateLookup.find(site, updateName);
            name[0] = update.getName();
            checkRolloutPhase(update, resume);
            List<String> added = addMachines(site, update, machines);
            refuseUnplaceable(site, update, machines);
            update.setPhase(UpdatePhase.ROLLING_OUT);
            update.setMessage(null);
            return new OperationRunner.Plan<>(update.getName(), Map.of("batch", Integer.toString(batch), "machines",
                    machines == null || machines.isEmpty() ? "all" : String.join(",", machines), "continue",
                    Boolean.toString(resume)), added.size() + " machine(s) added", List.of("update:" + update.getName()),
                    update.getName());
        }, (update, m) -> {
            try {
                rollOut(update, batch, machines, m);
            } catch (RuntimeException e) {
                pauseIfRolling(update, OperationRunner.message(e));
                throw e;
            }
            return Boolean.TRUE;
        }, (site, update, ok) -> {
            ServiceUpdate u = ServiceUpdateLookup.find(site, update);
            u.setPhase(UpdatePhase.ROLLED_OUT);
            takeOver(site, update, Operation.UPDATE_ROLLOUT, ROLLOUT_STEPS, Outcome.SUCCEEDED, "completed");
            return update + " " + UpdatePhase.ROLLED_OUT + ": " + count(u, UpdateMachineStatus.DONE) + " machine(s) moved";
        }, monitor);
        return runner.model().read(site -> ServiceUpdateLookup.find(site, name[0]).getPhase());
    }

    private static void checkRolloutPhase(ServiceUpdate update, boolean resume) {
        UpdatePhase phase = update.getPhase();
        if ((phase == UpdatePhase.PAUSED || phase == UpdatePhase.ROLLING_OUT) && !resume) {
            throw new EncompassException("the rollout of " + update.getName() + " stopped"
                    + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")")
                    + "; go on with encompass update rollout --continue, or go back with encompass update rollback");
        }
        requirePhase(update, "roll out", UpdatePhase.CAPTURED, UpdatePhase.ROLLED_OUT, UpdatePhase.PAUSED,
                UpdatePhase.ROLLING_OUT, UpdatePhase.ROLLED_BACK);
    }

    /** Adds the machines the rollout moves and that it does not list yet; returns their names. */
    private static List<String> addMachines(Site site, ServiceUpdate update, List<String> only) {
        Set<String> listed = update.getMachines().stream().map(UpdateMachine::getMachine).collect(Collectors.toSet());
        Map<String, Clone> byMachine = ServiceUpdateLookup.oldClonesByMachine(site, update);
        List<String> chosen = new ArrayList<>();
        if (only == null || only.isEmpty()) {
            chosen.addAll(byMachine.keySet());
        } else {
            for (String machineName : only) {
                String qualified = SiteLookup.qualifiedName(SiteLookup.machine(site, machineName));
                if (!byMachine.containsKey(qualified) && !listed.contains(qualified)) {
                    throw new EncompassException("machine " + qualified + " runs no clone of master " + update.getOldMaster()
                            + "; the rollout of " + update.getName() + " moves only those");
                }
                chosen.add(qualified);
            }
        }
        List<String> added = new ArrayList<>();
        for (String machine : chosen) {
            if (!listed.contains(machine)) {
                UpdateMachine row = ModelFactory.eINSTANCE.createUpdateMachine();
                row.setMachine(machine);
                row.setOldClone(byMachine.get(machine).getName());
                row.setStatus(UpdateMachineStatus.PENDING);
                update.getMachines().add(row);
                added.add(machine);
            }
        }
        return added;
    }

    /**
     * Refuses the rollout before any machine moves when a machine still to get a new clone could not take a deploy of
     * the new master: requirements, or no copy of its image nor a seed clone of it on a device the machine reaches.
     */
    private static void refuseUnplaceable(Site site, ServiceUpdate update, List<String> only) {
        Set<String> filter = only == null || only.isEmpty() ? null : only.stream()
                .map(m -> SiteLookup.qualifiedName(SiteLookup.machine(site, m))).collect(Collectors.toSet());
        List<String> refused = new ArrayList<>();
        for (UpdateMachine row : update.getMachines()) {
            boolean cloned = row.getNewClone() != null && !row.getNewClone().isEmpty() && SiteLookup.findClone(site,
                    row.getNewClone()).filter(c -> c.getTerminalState() == TerminalState.NONE).isPresent();
            if (row.getStatus() == UpdateMachineStatus.DONE || cloned
                    || (filter != null && !filter.contains(row.getMachine()))) {
                continue;
            }
            try {
                placeNewClone(site, update, row.getMachine());
            } catch (EncompassException e) {
                refused.add(e.getMessage());
            }
        }
        if (!refused.isEmpty()) {
            throw new EncompassException("cannot roll out " + update.getName() + ": " + refused.get(0)
                    + (refused.size() == 1 ? "" : " (and " + (refused.size() - 1) + " more machine(s))"));
        }
    }

    /** Where the new clone of {@code machine} is made from: where a deploy of the new master onto it would make it. */
    private static ImageOperations.Source placeNewClone(Site site, ServiceUpdate update, String machine) {
        Master master = SiteLookup.master(site, update.getNewMaster());
        Machine target = SiteLookup.machine(site, machine);
        Requirements.check(master, target);
        return ImageOperations.Source.of(Topology.cloneSource(master, target));
    }

    private void rollOut(String updateName, int batch, List<String> only, IProgressMonitor monitor) {
        Set<String> filter = qualified(only);
        List<String> todo = runner.model().read(site -> ServiceUpdateLookup.find(site, updateName).getMachines().stream()
                .filter(r -> filter == null || filter.contains(r.getMachine()))
                .filter(r -> r.getStatus() != UpdateMachineStatus.DONE) // rolled back ones move again
                .map(UpdateMachine::getMachine).toList());
        SubMonitor sub = SubMonitor.convert(monitor, "Rolling out " + updateName, todo.size());
        boolean mayShare = SharedAppliances.mayShare(runner.model(),
                runner.model().read(site -> ServiceUpdateLookup.find(site, updateName).getNewMaster()));
        for (int from = 0; from < todo.size(); from += batch) {
            List<String> slice = todo.subList(from, Math.min(todo.size(), from + batch));
            String[] errors = new String[slice.size()];
            if (mayShare) {
                moveSharing(updateName, slice, errors, batch, sub.split(slice.size()));
            } else {
                runEach(updateName, slice, errors, Math.min(maxParallel, batch), sub.split(slice.size()), (i, m) -> {
                    SubMonitor steps = SubMonitor.convert(m, 100);
                    String[] move = prepareMove(updateName, slice.get(i), steps.split(45));
                    takeDown(move[0], steps.split(20));
                    reassigner.bringUp(move[1], slice.get(i), steps.split(35));
                    setRow(updateName, slice.get(i), UpdateMachineStatus.DONE, null);
                });
            }
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < slice.size(); i++) {
                if (errors[i] != null) {
                    failed.add(slice.get(i) + ": " + errors[i]);
                }
            }
            if (!failed.isEmpty()) {
                int moved = runner.model().read(site -> count(ServiceUpdateLookup.find(site, updateName), UpdateMachineStatus.DONE));
                throw new EncompassException("rollout of " + updateName + " stopped: " + failed.size() + " machine(s) did not"
                        + " reach ACTIVE (" + String.join("; ", failed) + "); " + moved + " moved so far; go on with"
                        + " encompass update rollout --continue, or go back with encompass update rollback");
            }
        }
    }

    /**
     * A slice whose new clones libguestfs customizes: the new clones first, then they share appliances
     * ({@link SharedAppliances}) and are assigned (customized) while the appliances hold their images, each
     * after its machine's old clone went down; attached and activated once the appliances have stopped.
     */
    private void moveSharing(String updateName, List<String> slice, String[] errors, int batch, IProgressMonitor monitor) {
        String[][] moves = new String[slice.size()][];
        SubMonitor phases = SubMonitor.convert(monitor, 3);
        int parallel = Math.min(maxParallel, batch);
        runEach(updateName, slice, errors, parallel, phases.split(1),
                (i, m) -> moves[i] = prepareMove(updateName, slice.get(i), m));
        List<String> newClones = java.util.Arrays.stream(moves).filter(java.util.Objects::nonNull).map(move -> move[1])
                .toList();
        SharedAppliances.Share appliances = SharedAppliances.share(runner.model(), newClones);
        try {
            runEach(updateName, slice, errors, parallel, phases.split(1), (i, m) -> {
                takeDown(moves[i][0], m);
                placement.assign(moves[i][1], slice.get(i), m);
            });
        } finally {
            appliances.close(); // before any machine uses its new clone's image
        }
        runEach(updateName, slice, errors, parallel, phases.split(1), (i, m) -> {
            reassigner.bringUp(moves[i][1], slice.get(i), m);
            setRow(updateName, slice.get(i), UpdateMachineStatus.DONE, null);
        });
    }

    /**
     * Runs a step of the rollout for every machine of a slice that has not failed yet; a machine whose step throws
     * is marked FAILED and skipped by the next steps.
     */
    private void runEach(String updateName, List<String> slice, String[] errors, int parallel, IProgressMonitor monitor,
            ParallelJobs.Task step) {
        ParallelJobs.runAll("Rolling out " + updateName, slice.size(), parallel, (i, m) -> {
            if (errors[i] != null) {
                return;
            }
            try {
                step.run(i, m);
            } catch (RuntimeException e) {
                errors[i] = OperationRunner.message(e);
                setRow(updateName, slice.get(i), UpdateMachineStatus.FAILED, errors[i]);
            }
        }, monitor);
    }

    /**
     * One machine's first step: a fresh clone of the new master with the old clone's variables (the old clone and
     * the new one, in this order); then the old one goes to standby ({@link #takeDown}) and the new one is brought up.
     */
    private String[] prepareMove(String updateName, String machine, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Moving " + machine, 45);
        String[] row = rowOf(updateName, machine);
        setRow(updateName, machine, UpdateMachineStatus.MOVING, null);
        String oldClone = row[0];
        String newClone = row[1];
        settleInterrupted(oldClone, newClone, sub.split(5));
        if (newClone == null || isGone(newClone)) {
            ImageOperations.Source source = runner.model().read(site -> placeNewClone(site,
                    ServiceUpdateLookup.find(site, updateName), machine));
            newClone = images.cloneAt(source, sub.split(40));
            recordNewClone(updateName, machine, newClone);
            Map<String, String> variables = runner.model().read(site -> Reassigner.variablesOf(SiteLookup.clone(site, oldClone)));
            if (!variables.isEmpty()) {
                customization.setVariables(newClone, variables);
            }
        }
        CrashPoints.reach("update.rollout.cloned");
        return new String[] {oldClone, newClone};
    }

    private void takeDown(String oldClone, IProgressMonitor monitor) {
        reassigner.takeDown(oldClone, monitor);
        CrashPoints.reach("update.rollout.oldDown");
    }

    private void pauseIfRolling(String updateName, String message) {
        try {
            runner.model().write(site -> {
                ServiceUpdate update = ServiceUpdateLookup.find(site, updateName);
                if (update.getPhase() == UpdatePhase.ROLLING_OUT) {
                    update.setPhase(UpdatePhase.PAUSED);
                    update.setMessage(org.encompass.core.Quoted.inline(message, Journal.MAX_MESSAGE));
                }
                return null;
            });
        } catch (RuntimeException e) {
            // the rollout's own error is the one to report; the phase stays ROLLING_OUT, which --continue accepts
        }
    }

    // --- rollback

    /**
     * Returns the machines moved (all, or {@code machines}) to their standby clones: the new clone is taken down
     * and destroyed, the old one assigned, attached and activated again (no copy). Returns the update's phase.
     */
    public UpdatePhase rollback(String updateName, List<String> machines, IProgressMonitor monitor) {
        String[] name = new String[1];
        runner.run(Operation.UPDATE_ROLLBACK, updateName == null ? "update" : updateName, site -> {
            ServiceUpdate update = ServiceUpdateLookup.find(site, updateName);
            name[0] = update.getName();
            requirePhase(update, "roll back", UpdatePhase.ROLLING_OUT, UpdatePhase.PAUSED, UpdatePhase.ROLLED_OUT);
            refuseDestroyedStandby(site, update, machines);
            for (String machine : machines == null ? List.<String>of() : machines) {
                String qualified = SiteLookup.qualifiedName(SiteLookup.machine(site, machine));
                if (update.getMachines().stream().noneMatch(r -> r.getMachine().equals(qualified))) {
                    throw new EncompassException("machine " + qualified + " is not part of the rollout of " + update.getName());
                }
            }
            return new OperationRunner.Plan<>(update.getName(), Map.of("machines",
                    machines == null || machines.isEmpty() ? "all" : String.join(",", machines)), update.getPhase().toString(),
                    List.of("update:" + update.getName()), update.getName());
        }, (update, m) -> {
            rollBack(update, machines, m);
            return Boolean.TRUE;
        }, (site, update, ok) -> {
            ServiceUpdate u = ServiceUpdateLookup.find(site, update);
            boolean anyMoved = u.getMachines().stream().anyMatch(r -> r.getStatus() == UpdateMachineStatus.DONE
                    || r.getStatus() == UpdateMachineStatus.MOVING || r.getStatus() == UpdateMachineStatus.FAILED);
            boolean anyStopped = u.getMachines().stream().anyMatch(r -> r.getStatus() == UpdateMachineStatus.MOVING
                    || r.getStatus() == UpdateMachineStatus.FAILED);
            u.setPhase(!anyMoved ? UpdatePhase.ROLLED_BACK : anyStopped ? UpdatePhase.PAUSED : UpdatePhase.ROLLED_OUT);
            takeOver(site, update, Operation.UPDATE_ROLLBACK, ROLLOUT_STEPS, Outcome.ROLLED_BACK, "rolled back");
            u.setMessage(null);
            return update + " " + u.getPhase() + ": " + count(u, UpdateMachineStatus.ROLLED_BACK) + " machine(s) rolled back";
        }, monitor);
        return runner.model().read(site -> ServiceUpdateLookup.find(site, name[0]).getPhase());
    }

    /**
     * Refuses a rollback, before anything changes, of machines (all, or {@code machines}) whose standby clone is gone:
     * an update finish a stop cut short destroyed it, so only finishing goes on.
     */
    private static void refuseDestroyedStandby(Site site, ServiceUpdate update, List<String> machines) {
        Set<String> only = machines == null || machines.isEmpty() ? null
                : machines.stream().map(m -> SiteLookup.qualifiedName(SiteLookup.machine(site, m))).collect(Collectors.toSet());
        List<String> gone = update.getMachines().stream().filter(r -> only == null || only.contains(r.getMachine()))
                .filter(r -> r.getStatus() == UpdateMachineStatus.DONE)
                .filter(r -> SiteLookup.findClone(site, r.getOldClone()).filter(c -> c.getTerminalState() == TerminalState.NONE).isEmpty())
                .map(r -> r.getMachine() + " (" + r.getOldClone() + ")").toList();
        if (!gone.isEmpty()) {
            throw new EncompassException("cannot roll back " + update.getName() + ": the standby clones of " + String.join(", ", gone)
                    + " were destroyed by an update finish; run encompass update finish to complete it");
        }
    }

    private void rollBack(String updateName, List<String> only, IProgressMonitor monitor) {
        Set<String> filter = qualified(only);
        List<String> todo = runner.model().read(site -> ServiceUpdateLookup.find(site, updateName).getMachines().stream()
                .filter(r -> filter == null || filter.contains(r.getMachine()))
                .filter(r -> r.getStatus() == UpdateMachineStatus.DONE || r.getStatus() == UpdateMachineStatus.MOVING
                        || r.getStatus() == UpdateMachineStatus.FAILED)
                .map(UpdateMachine::getMachine).toList());
        String[] errors = new String[todo.size()];
        ParallelJobs.runAll("Rolling back " + updateName, todo.size(), maxParallel, (i, m) -> {
            try {
                restoreMachine(updateName, todo.get(i), m);
            } catch (RuntimeException e) {
                errors[i] = todo.get(i) + ": " + OperationRunner.message(e);
                setRow(updateName, todo.get(i), UpdateMachineStatus.FAILED, OperationRunner.message(e));
            }
        }, monitor);
        List<String> failed = java.util.Arrays.stream(errors).filter(java.util.Objects::nonNull).toList();
        if (!failed.isEmpty()) {
            throw new EncompassException("rollback of " + updateName + " failed on " + failed.size() + " machine(s) ("
                    + String.join("; ", failed) + "); run encompass update rollback again once the cause is fixed");
        }
    }

    private void restoreMachine(String updateName, String machine, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Restoring " + machine, 100);
        String[] row = rowOf(updateName, machine);
        settleInterrupted(row[0], row[1], sub.split(5));
        if (row[1] != null && !isGone(row[1])) {
            // no longer DONE once its new clone goes down: after a stop here both rollout and rollback go on with it
            setRow(updateName, machine, UpdateMachineStatus.MOVING, null);
            reassigner.takeDown(row[1], sub.split(25));
            CrashPoints.reach("update.rollback.newDown");
            images.destroy(row[1], sub.split(20));
        }
        reassigner.bringUp(row[0], machine, sub.split(50));
        setRow(updateName, machine, UpdateMachineStatus.ROLLED_BACK, null);
    }

    // --- finish

    private record Standby(String update, List<String> clones) {
    }

    /** Destroys the standby clones of the machines moved and closes the update; returns how many were destroyed. */
    public int finish(String updateName, IProgressMonitor monitor) {
        return runner.run(Operation.UPDATE_FINISH, updateName == null ? "update" : updateName, site -> {
            ServiceUpdate update = ServiceUpdateLookup.find(site, updateName);
            requirePhase(update, "finish", UpdatePhase.ROLLED_OUT, UpdatePhase.ROLLED_BACK);
            List<String> standby = update.getMachines().stream().filter(r -> r.getStatus() == UpdateMachineStatus.DONE)
                    .map(UpdateMachine::getOldClone)
                    .filter(c -> SiteLookup.findClone(site, c).filter(x -> x.getTerminalState() == TerminalState.NONE).isPresent())
                    .toList();
            return new OperationRunner.Plan<>(update.getName(), Map.of("standby", String.join(",", standby)),
                    update.getPhase().toString(), List.of("update:" + update.getName()), new Standby(update.getName(), standby));
        }, (standby, m) -> {
            SubMonitor sub = SubMonitor.convert(m, "Destroying standby clones", Math.max(1, standby.clones().size()));
            for (String clone : standby.clones()) {
                images.destroy(clone, sub.split(1));
                CrashPoints.reach("update.finish.destroyed");
            }
            return standby.clones().size();
        }, (site, standby, destroyed) -> {
            ServiceUpdate update = ServiceUpdateLookup.find(site, standby.update());
            update.setPhase(UpdatePhase.FINISHED);
            takeOver(site, update.getName(), Operation.UPDATE_FINISH, Set.of(Operation.UPDATE_FINISH), Outcome.SUCCEEDED,
                    "completed");
            return update.getName() + " " + UpdatePhase.FINISHED + ": " + destroyed + " standby clone(s) destroyed";
        }, monitor);
    }

    // --- helpers

    /**
     * How an interrupted apply ends once the update goes on (another apply, or capture): its items are not undone, as
     * maintenance edits never are, and it may have written some of them.
     */
    private static final String APPLY_LEFT = "left as written (maintenance edits are not undone) and followed";

    /** The steps whose interrupted entries a rollout or a rollback goes on from. */
    private static final Set<Operation> ROLLOUT_STEPS = Set.of(Operation.UPDATE_ROLLOUT, Operation.UPDATE_ROLLBACK);

    /**
     * Ends the entries of {@code steps} on {@code target} (the update, or the master of a start) that a stop left
     * INTERRUPTED, now that the running {@code operation} (the newest entry of it on the target) has gone on from where
     * they stopped: as a retry would.
     */
    private static void takeOver(Site site, String target, Operation operation, Set<Operation> steps, Outcome outcome,
            String how) {
        List<JournalEntry> entries = Journal.entries(site);
        JournalEntry current = null;
        for (JournalEntry entry : entries) {
            if (entry.getOutcome() == Outcome.RUNNING && operation.label().equals(entry.getOperation())
                    && target.equals(entry.getTarget())) {
                current = entry;
            }
        }
        if (current == null) {
            return;
        }
        for (JournalEntry entry : entries) {
            boolean step = steps.stream().anyMatch(o -> o.label().equals(entry.getOperation()));
            if (step && entry.getOutcome() == Outcome.INTERRUPTED && target.equals(entry.getTarget()) && entry.getRetriedBy() == 0) {
                entry.setRetriedBy(current.getId());
                Journal.end(entry, outcome, "interrupted, then " + how + " by " + operation.label() + " #" + current.getId(),
                        null);
            }
        }
    }

    private static void requirePhase(ServiceUpdate update, String what, UpdatePhase... allowed) {
        for (UpdatePhase phase : allowed) {
            if (update.getPhase() == phase) {
                return;
            }
        }
        throw new EncompassException("cannot " + what + " in update " + update.getName() + ": it is " + update.getPhase()
                + " (allowed in " + java.util.Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")) + ")");
    }

    private static int count(ServiceUpdate update, UpdateMachineStatus status) {
        return (int) update.getMachines().stream().filter(r -> r.getStatus() == status).count();
    }

    private Set<String> qualified(List<String> machines) {
        if (machines == null || machines.isEmpty()) {
            return null;
        }
        return runner.model().read(site -> machines.stream()
                .map(m -> SiteLookup.qualifiedName(SiteLookup.machine(site, m))).collect(Collectors.toSet()));
    }

    /** {old clone, new clone or null} of a machine's row. */
    private String[] rowOf(String updateName, String machine) {
        return runner.model().read(site -> {
            UpdateMachine row = row(ServiceUpdateLookup.find(site, updateName), machine);
            String next = row.getNewClone() == null || row.getNewClone().isEmpty() ? null : row.getNewClone();
            return new String[] { row.getOldClone(), next };
        });
    }

    private static UpdateMachine row(ServiceUpdate update, String machine) {
        return update.getMachines().stream().filter(r -> r.getMachine().equals(machine)).findFirst()
                .orElseThrow(() -> new EncompassException("machine " + machine + " is not part of " + update.getName()));
    }

    private void setRow(String updateName, String machine, UpdateMachineStatus status, String message) {
        runner.model().write(site -> {
            UpdateMachine row = row(ServiceUpdateLookup.find(site, updateName), machine);
            row.setStatus(status);
            row.setMessage(message == null ? null : org.encompass.core.Quoted.inline(message, Journal.MAX_MESSAGE));
            return null;
        });
    }

    private void recordNewClone(String updateName, String machine, String clone) {
        runner.model().write(site -> {
            row(ServiceUpdateLookup.find(site, updateName), machine).setNewClone(clone);
            return null;
        });
    }

    private boolean isGone(String clone) {
        return runner.model().read(site -> SiteLookup.findClone(site, clone)
                .map(c -> c.getTerminalState() != TerminalState.NONE).orElse(true));
    }

    /**
     * Rolls back the operations on these clones that a stop cut short (INTERRUPTED, neither retried nor rolled back),
     * so the driver side matches the recorded state before the next step runs.
     */
    private void settleInterrupted(String oldClone, String newClone, IProgressMonitor monitor) {
        List<Long> open = runner.model().read(site -> Journal.entries(site).stream()
                .filter(e -> e.getOutcome() == Outcome.INTERRUPTED && e.getRetriedBy() == 0)
                .filter(e -> e.getTarget() != null && (e.getTarget().equals(oldClone) || e.getTarget().equals(newClone)))
                .map(JournalEntry::getId).toList());
        for (long id : open) {
            recovery.rollback(id, monitor);
        }
    }
}
