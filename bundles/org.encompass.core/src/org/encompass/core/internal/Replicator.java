package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.EncompassException;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.exchange.ArchiveManifest;
import org.encompass.core.exchange.ArchivedMaster;
import org.encompass.core.exchange.Replication;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.FreeMachines;
import org.encompass.core.query.Requirements;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.Topology;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.model.MachineRequirements;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.ModelFactory;
import org.encompass.model.Placement;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;

/**
 * Replicates the deployment an archive's site snapshot records (paper, section 3): every exported clone that ran
 * on a machine is mapped onto an idle machine of this site (no clone, not powered on: {@link FreeMachines#isIdle}) that meets its master's requirements (and the segment
 * its master required there) and reaches the storage its clone will be made on, preferring a machine of the
 * same name; the operator's {@code --map} comes first. The placed ones are deployed as one journaled scenario.
 */
public final class Replicator {
    /** A snapshot clone record's attribute prefix for its variables: {@code var.NAME}. */
    static final String VARIABLE_PREFIX = "var.";

    private final OperationRunner runner;
    private final Deployer deployer;

    public Replicator(OperationRunner runner, Deployer deployer) {
        this.runner = runner;
        this.deployer = deployer;
    }

    /** An exported clone as the snapshot records it. */
    private record Exported(String name, String master, String machine, boolean active, String method, String segment,
            Map<String, String> variables) {
    }

    /**
     * The mapping, without deploying. {@code map}: exported clone to machine of this site; {@code variables}: per
     * exported clone, values over the exported ones; {@code storage}: where masters not at this site yet will be
     * imported (may be null when all are here).
     */
    public Replication plan(ArchiveManifest manifest, String archiveName, Map<String, String> map,
            Map<String, Map<String, String>> variables, String storage) {
        List<Exported> exported = exported(manifest);
        Set<String> names = new HashSet<>(exported.stream().map(Exported::name).toList());
        for (String clone : map.keySet()) {
            if (!names.contains(clone)) {
                throw new EncompassException("--map names clone " + clone + ", which the archive's snapshot does not hold"
                        + " (it holds: " + (names.isEmpty() ? "none" : String.join(", ", names.stream().sorted().toList())) + ")");
            }
        }
        for (String clone : variables.keySet()) {
            if (!names.contains(clone)) {
                throw new EncompassException("--var names clone " + clone + ", which the archive's snapshot does not hold");
            }
        }
        return runner.model().read(site -> {
            Set<Machine> taken = new HashSet<>();
            List<Replication.Row> rows = new ArrayList<>();
            // the operator's mappings first, so that automatic ones do not take their machines
            for (Exported e : exported) {
                if (map.containsKey(e.name())) {
                    Machine machine = SiteLookup.machine(site, map.get(e.name()));
                    String prefix = "cannot map clone " + e.name() + " onto " + SiteLookup.qualifiedName(machine) + ": ";
                    if (!FreeMachines.isFree(machine)) {
                        throw new EncompassException(prefix + "it holds clone " + machine.getClone().getName());
                    }
                    if (FreeMachines.isPoweredOn(machine)) {
                        throw new EncompassException(prefix + poweredOn(machine));
                    }
                    if (!taken.add(machine)) {
                        throw new EncompassException(prefix + "another clone is mapped onto it");
                    }
                    Master master = master(site, manifest, e, storage);
                    List<String> unmet = unmet(site, master, e, machine, storage);
                    if (!unmet.isEmpty()) {
                        throw new EncompassException(prefix + String.join("; ", unmet));
                    }
                }
            }
            for (Exported e : exported) {
                Map<String, String> vars = new LinkedHashMap<>(e.variables());
                vars.putAll(variables.getOrDefault(e.name(), Map.of()));
                if (map.containsKey(e.name())) {
                    rows.add(row(e, SiteLookup.qualifiedName(SiteLookup.machine(site, map.get(e.name()))), vars, "mapped"));
                    continue;
                }
                String unplaceable = unplaceable(site, manifest, e, storage);
                if (unplaceable != null) {
                    rows.add(row(e, null, vars, unplaceable));
                    continue;
                }
                Master master = master(site, manifest, e, storage);
                List<Machine> free = SiteLookup.machines(site).filter(m -> FreeMachines.isIdle(m) && !taken.contains(m))
                        .sorted(Comparator.comparing((Machine m) -> !m.getName().equals(e.machine()))
                                .thenComparing(SiteLookup::qualifiedName))
                        .toList();
                Optional<Machine> fit = free.stream().filter(m -> unmet(site, master, e, m, storage).isEmpty()).findFirst();
                if (fit.isPresent()) {
                    taken.add(fit.get());
                    rows.add(row(e, SiteLookup.qualifiedName(fit.get()), vars, "by requirements and topology"));
                } else if (free.isEmpty()) {
                    rows.add(row(e, null, vars, "no free machine left (powered-on machines without a clone are not taken)"));
                } else {
                    Machine first = free.get(0);
                    rows.add(row(e, null, vars, "no free machine meets its requirements and topology (e.g. "
                            + SiteLookup.qualifiedName(first) + ": " + String.join("; ", unmet(site, master, e, first, storage)) + ")"));
                }
            }
            return new Replication(archiveName, rows);
        });
    }

    /**
     * Deploys the placed clones of {@code plan} as one journaled {@code replicate}: one deploy per master and
     * activation, each machine with its variables. Returns the plan with what each deploy did.
     */
    public Replication run(Replication plan, IProgressMonitor monitor) {
        if (plan.placed().isEmpty()) {
            return plan;
        }
        return runner.run(Operation.REPLICATE, plan.archive(), site -> {
            for (Replication.Row row : plan.placed()) {
                Machine machine = SiteLookup.machine(site, row.machine());
                if (!FreeMachines.isFree(machine)) { // taken since the plan was made
                    throw new EncompassException("cannot replicate clone " + row.exported() + " onto " + row.machine()
                            + ": it holds clone " + machine.getClone().getName() + " now");
                }
                if (FreeMachines.isPoweredOn(machine)) { // powered on since the plan was made
                    throw new EncompassException("cannot replicate clone " + row.exported() + " onto " + row.machine()
                            + ": " + poweredOn(machine));
                }
            }
            Map<String, String> args = new LinkedHashMap<>();
            args.put("clones", String.valueOf(plan.placed().size()));
            args.put("unplaced", String.valueOf(plan.unplaced().size()));
            return new OperationRunner.Plan<>(plan.archive(), args, null, List.of("replicate:" + plan.archive()), plan);
        }, (p, m) -> deploy(p, m), (site, p, done) -> {
            long ok = done.placed().stream().filter(r -> r.error() == null).count();
            return ok + " of " + done.placed().size() + " clone(s) deployed";
        }, monitor);
    }

    private Replication deploy(Replication plan, IProgressMonitor monitor) {
        Map<String, List<Replication.Row>> groups = new LinkedHashMap<>(); // by master, activation and method
        for (Replication.Row row : plan.placed()) {
            groups.computeIfAbsent(row.master() + '\0' + row.activate() + '\0' + row.method(), k -> new ArrayList<>()).add(row);
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Replicating " + plan.archive(), groups.size());
        Map<String, Replication.Row> done = new LinkedHashMap<>();
        for (List<Replication.Row> group : groups.values()) {
            Replication.Row first = group.get(0);
            Map<String, Map<String, String>> variables = new LinkedHashMap<>();
            group.forEach(r -> variables.put(r.machine(), r.variables()));
            List<String> machines = group.stream().map(Replication.Row::machine).toList();
            try {
                DeployResult result = deployer.deploy(new DeployRequest(first.master(), machines, method(first),
                        variables, first.activate()), sub.split(1));
                for (int i = 0; i < group.size(); i++) {
                    DeployResult.MachineOutcome outcome = result.outcomes().get(i);
                    done.put(group.get(i).exported(), group.get(i).ran(outcome.cloneName(), outcome.error()));
                }
            } catch (EncompassException e) {
                group.forEach(r -> done.put(r.exported(), r.ran(null, e.getMessage())));
            }
        }
        return new Replication(plan.archive(), plan.rows().stream().map(r -> done.getOrDefault(r.exported(), r)).toList());
    }

    /** The method the exported clone was made with when the master's device offers it, else the device's default. */
    private CloneMethod method(Replication.Row row) {
        if (row.method() == null) {
            return null;
        }
        return runner.model().read(site -> {
            Master m = SiteLookup.master(site, row.master());
            try {
                CloneMethod method = CloneMethod.valueOf(row.method());
                var spec = CloneSnapshot.device(m.getStorage());
                return Drivers.storage().driver(spec.kind()).supportedMethods(spec).contains(method) ? method : null;
            } catch (IllegalArgumentException | DriverException e) {
                return null;
            }
        });
    }

    private static String poweredOn(Machine machine) {
        return "it is powered on (" + machine.getPower() + ") without a clone of this site, so it runs something else;"
                + " power it off first, or map the clone onto another machine";
    }

    private static Replication.Row row(Exported e, String machine, Map<String, String> variables, String reason) {
        return new Replication.Row(e.name(), e.master(), machine, e.active(), e.method(), variables, reason, null, null);
    }

    /** Why an exported clone is not deployed again whatever the machines, or null. */
    private static String unplaceable(Site site, ArchiveManifest manifest, Exported e, String storage) {
        if (e.master() == null) {
            return "it has no master in the snapshot";
        }
        if (e.machine() == null) {
            return "it ran on no machine at " + manifest.site();
        }
        Optional<Master> here = SiteLookup.findMaster(site, e.master());
        if (here.isPresent()) {
            return here.get().getLocation() == null ? "its master " + e.master() + " is retired at this site" : null;
        }
        if (manifest.masters().stream().noneMatch(m -> m.name().equals(e.master()))) {
            return "its master " + e.master() + " is neither in the archive nor at this site";
        }
        return storage == null ? "its master " + e.master() + " is not at this site yet" : null;
    }

    /**
     * The master a clone would be made of: this site's, or (not imported yet) one standing for the archive's, with
     * its requirements; the segment its master required at the exporting site is required here too.
     */
    private static Master master(Site site, ArchiveManifest manifest, Exported e, String storage) {
        Optional<Master> here = SiteLookup.findMaster(site, e.master());
        Master stand = ModelFactory.eINSTANCE.createMaster();
        stand.setName(e.master());
        MachineRequirements requirements = ModelFactory.eINSTANCE.createMachineRequirements();
        if (here.isPresent() && here.get().getRequirements() != null) {
            MachineRequirements r = here.get().getRequirements();
            requirements.setArchitecture(r.getArchitecture());
            requirements.setMinCpus(r.getMinCpus());
            requirements.setMinMemoryMiB(r.getMinMemoryMiB());
            requirements.setMinDiskGiB(r.getMinDiskGiB());
            requirements.setSegment(r.getSegment());
        } else {
            manifest.masters().stream().filter(m -> m.name().equals(e.master())).findFirst().ifPresent((ArchivedMaster m) -> {
                requirements.setArchitecture(m.architecture());
                requirements.setMinCpus(m.minCpus());
                requirements.setMinMemoryMiB(m.minMemoryMiB());
                requirements.setMinDiskGiB(m.minDiskGiB());
            });
        }
        if (requirements.getSegment() == null || requirements.getSegment().isBlank()) {
            requirements.setSegment(e.segment());
        }
        stand.setRequirements(requirements);
        return stand;
    }

    /** Why {@code machine} cannot take a clone of {@code master}: requirements, segment, storage it cannot reach. */
    private static List<String> unmet(Site site, Master master, Exported e, Machine machine, String storage) {
        List<String> reasons = new ArrayList<>(Requirements.unmet(master, machine));
        Optional<Master> here = SiteLookup.findMaster(site, e.master());
        if (here.isPresent()) {
            if (!Topology.canClone(here.get(), machine)) {
                reasons.add("reaches no storage device holding master " + e.master());
            }
        } else if (storage != null) {
            StorageDevice device = SiteLookup.storage(site, storage);
            if (!Topology.reaches(machine, device)) {
                reasons.add("does not reach storage device " + storage);
            }
        }
        return reasons;
    }

    private static List<Exported> exported(ArchiveManifest manifest) {
        List<Exported> exported = new ArrayList<>();
        for (Map<String, String> record : manifest.snapshot()) {
            if (!"clone".equals(record.get("kind")) || record.get("name") == null) {
                continue;
            }
            CloneState state;
            try {
                state = CloneState.parse(record.getOrDefault("state", ""));
            } catch (RuntimeException ex) {
                state = null; // an unknown state: the clone is listed as not placed
            }
            if (state == null || state.isTerminal() || state.placement() == null || state.metastate() == null) {
                continue; // destroyed or captured clones are history, not deployment
            }
            Map<String, String> variables = new LinkedHashMap<>();
            record.forEach((key, value) -> {
                if (key.startsWith(VARIABLE_PREFIX)) {
                    variables.put(key.substring(VARIABLE_PREFIX.length()), value);
                }
            });
            boolean onMachine = state.placement() != Placement.UNASSIGNED;
            exported.add(new Exported(record.get("name"), record.get("master"), onMachine ? record.get("machine") : null,
                    state.placement() == Placement.ACTIVE, record.get("method"), record.get("segment"), variables));
        }
        exported.sort(Comparator.comparing(Exported::name));
        return exported;
    }
}
