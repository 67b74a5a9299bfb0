package org.encompass.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.encompass.core.query.JournalEntries;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.Blade;
import org.encompass.model.Clone;
import org.encompass.model.CustomizationItem;
import org.encompass.model.FileReplacement;
import org.encompass.model.HypervisorHost;
import org.encompass.model.JournalEntry;
import org.encompass.model.Machine;
import org.encompass.model.MachineRequirements;
import org.encompass.model.Master;
import org.encompass.model.RegexReplacement;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;
import org.encompass.model.TerminalState;
import org.encompass.model.Variable;
import org.encompass.model.VirtualMachine;

/**
 * Copies model objects into plain maps while their view is open: the JSON documents of the CLI, and
 * what the text output is printed from, so both always say the same. Keys are camelCase.
 */
public final class ModelViews {
    private ModelViews() {
    }

    public static Map<String, Object> clone(Clone clone) {
        CloneState state = States.of(clone);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", clone.getName());
        view.put("master", clone.getMaster() == null ? null : clone.getMaster().getName());
        view.put("state", state.toString());
        view.put("metastate", clone.getMetastate());
        view.put("placement", clone.getPlacement());
        view.put("terminal", clone.getTerminalState());
        view.put("machine", clone.getMachine() == null ? null : SiteLookup.qualifiedName(clone.getMachine()));
        view.put("storage", clone.getStorage() == null ? null : clone.getStorage().getName());
        view.put("location", clone.getLocation());
        view.put("format", clone.getFormat());
        view.put("method", clone.getCloneMethod());
        view.put("backingLocation", clone.getBackingLocation());
        view.put("created", clone.getCreated());
        view.put("firstBoot", clone.getFirstBoot());
        view.put("capturedAs", clone.getCapturedAs() == null ? null : clone.getCapturedAs().getName());
        Map<String, Object> variables = new LinkedHashMap<>();
        for (Variable variable : clone.getVariables()) {
            variables.put(variable.getName(), variable.getValue());
        }
        view.put("variables", variables);
        Map<String, Object> customization = new LinkedHashMap<>();
        customization.put("pointer", clone.getCustomizationPointer());
        customization.put("items", clone.getMaster() == null ? 0 : clone.getMaster().getCustomizationItems().size());
        view.put("customization", customization);
        view.put("allowed", allowed(state));
        return view;
    }

    /** Every operation the clone's state allows, by the engine's rules, as operators type them. */
    public static List<String> allowed(CloneState state) {
        List<String> labels = new ArrayList<>();
        for (Operation operation : Operation.values()) {
            if (Lifecycle.allows(state, operation)) {
                labels.add(operation.label());
            }
        }
        return labels;
    }

    public static Map<String, Object> master(Master master, boolean detail) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", master.getName());
        view.put("version", master.getVersion());
        view.put("description", master.getDescription());
        view.put("serviceProfile", master.getServiceProfile());
        view.put("softwareProfile", master.getSoftwareProfile());
        view.put("format", master.getFormat());
        view.put("sizeBytes", master.getSizeBytes());
        view.put("sha256", master.getSha256());
        view.put("storage", master.getStorage() == null ? null : master.getStorage().getName());
        view.put("location", master.getLocation());
        view.put("retired", master.getLocation() == null);
        view.put("created", master.getCreated());
        view.put("requirements", requirements(master.getRequirements()));
        view.put("parent", master.getParent() == null ? null : master.getParent().getName());
        view.put("sourceClone", master.getSourceClone() == null ? null : master.getSourceClone().getName());
        List<Clone> live = master.getClones().stream().filter(c -> c.getTerminalState() == TerminalState.NONE).toList();
        view.put("itemCount", master.getCustomizationItems().size());
        view.put("liveClones", live.size());
        if (detail) {
            List<Object> items = new ArrayList<>();
            int number = 1;
            for (CustomizationItem item : master.getCustomizationItems()) {
                items.add(item(number++, item));
            }
            view.put("items", items);
            List<String> lineage = new ArrayList<>();
            for (Master ancestor = master.getParent(); ancestor != null && lineage.size() < 1000; ancestor = ancestor.getParent()) {
                lineage.add(ancestor.getName());
            }
            view.put("lineage", lineage);
            Site site = siteOf(master);
            view.put("children", site == null ? List.of()
                    : site.getMasters().stream().filter(m -> m.getParent() == master).map(Master::getName).toList());
            List<Object> clones = new ArrayList<>();
            for (Clone clone : master.getClones()) {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("name", clone.getName());
                summary.put("state", States.of(clone).toString());
                summary.put("machine", clone.getMachine() == null ? null : SiteLookup.qualifiedName(clone.getMachine()));
                clones.add(summary);
            }
            view.put("clones", clones);
        }
        return view;
    }

    private static Site siteOf(Master master) {
        return master.eContainer() instanceof Site site ? site : null;
    }

    private static Map<String, Object> requirements(MachineRequirements r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("architecture", r == null ? null : r.getArchitecture());
        view.put("minCpus", r == null ? 0 : r.getMinCpus());
        view.put("minMemoryMiB", r == null ? 0L : r.getMinMemoryMiB());
        view.put("minDiskGiB", r == null ? 0L : r.getMinDiskGiB());
        view.put("segment", r == null ? null : r.getSegment());
        return view;
    }

    public static Map<String, Object> item(int number, CustomizationItem item) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("number", number);
        view.put("path", item.getPath());
        view.put("description", item.getDescription());
        if (item instanceof FileReplacement file) {
            view.put("type", "file");
            view.put("template", file.isTemplate());
            // the content is on the master's storage device; the repository records its size and SHA-256
            view.put("contentBytes", file.getContentSize());
            view.put("contentSha256", file.getContentSha256());
        } else if (item instanceof RegexReplacement regex) {
            view.put("type", "regex");
            view.put("pattern", regex.getPattern());
            view.put("replacement", regex.getReplacement());
            view.put("flags", regex.getFlags());
        }
        return view;
    }

    public static Map<String, Object> storage(StorageDevice device, Site site) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", device.getName());
        view.put("kind", device.getKind());
        view.put("location", device.getLocation());
        view.put("defaultMethod", device.getDefaultCloneMethod());
        view.put("masters", site.getMasters().stream().filter(m -> m.getStorage() == device && m.getLocation() != null).count());
        view.put("clones", site.getClones().stream()
                .filter(c -> c.getStorage() == device && c.getTerminalState() == TerminalState.NONE).count());
        return view;
    }

    public static Map<String, Object> host(HypervisorHost host) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", host.getName());
        view.put("kind", host.getKind());
        view.put("uri", host.getUri());
        view.put("reachable", host.isReachable());
        view.put("lastSeen", host.getLastSeen());
        view.put("machines", host.getMachines().size());
        putReach(view, org.encompass.core.query.Topology.reach(host));
        return view;
    }

    /**
     * A host's or chassis' reach: the devices in effect, who recorded them ({@code operator}, {@code discovery} or null:
     * nothing recorded, every device counts) and what the last discovery found, in effect or not.
     */
    static void putReach(Map<String, Object> view, org.encompass.core.query.Topology.Recorded reach) {
        putRecorded(view, reach, "reachableStorage", "reachRecordedBy", "discoveredStorage");
    }

    /** A machine's network segments as {@link #putReach} shows a reach: in effect, who recorded them, what discovery found. */
    static void putSegments(Map<String, Object> view, org.encompass.core.query.Topology.Recorded segments) {
        putRecorded(view, segments, "segments", "segmentsRecordedBy", "discoveredSegments");
    }

    private static void putRecorded(Map<String, Object> view, org.encompass.core.query.Topology.Recorded recorded,
            String names, String by, String discovered) {
        view.put(names, recorded.names());
        view.put(by, recorded.source());
        view.put(discovered, recorded.discovered());
    }

    public static Map<String, Object> machine(Machine machine) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", SiteLookup.qualifiedName(machine));
        view.put("host", machine instanceof VirtualMachine vm && vm.getHost() != null ? vm.getHost().getName()
                : machine instanceof Blade blade && blade.getChassis() != null ? blade.getChassis().getName() : null);
        view.put("uuid", machine.getUuid());
        view.put("architecture", machine.getArchitecture());
        view.put("cpus", machine.getCpus());
        view.put("memoryMiB", machine.getMemoryMiB());
        view.put("diskGiB", machine.getDiskGiB());
        view.put("macs", List.copyOf(machine.getMacAddresses()));
        view.put("power", machine.getPower());
        view.put("reachable", machine.isReachable());
        view.put("lastSeen", machine.getLastSeen());
        putSegments(view, org.encompass.core.query.Topology.segmentsOf(machine));
        view.put("reachableStorage", org.encompass.core.query.Topology.reachableStorage(machine));
        Clone clone = machine.getClone();
        view.put("clone", clone == null ? null : clone.getName());
        view.put("cloneState", clone == null ? null : States.of(clone).toString());
        return view;
    }

    public static Map<String, Object> journal(JournalEntry entry) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", entry.getId());
        view.put("operation", entry.getOperation());
        view.put("target", entry.getTarget());
        view.put("user", entry.getUser());
        view.put("started", entry.getStarted());
        view.put("ended", entry.getEnded());
        view.put("outcome", entry.getOutcome());
        view.put("message", entry.getMessage());
        view.put("stateBefore", entry.getStateBefore());
        view.put("stateAfter", entry.getStateAfter());
        view.put("retriedBy", entry.getRetriedBy());
        view.put("arguments", new LinkedHashMap<>(JournalEntries.arguments(entry)));
        return view;
    }

    /** A list value of a view map as strings (empty for null). */
    public static List<String> strings(Object list) {
        return list instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** Reads a value of a view map as a string, {@code null} staying {@code null}. */
    public static String text(Map<String, Object> view, String key) {
        Object value = view.get(key);
        return value == null ? null : value.toString();
    }
}
