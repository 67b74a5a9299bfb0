package org.encompass.core.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.encompass.core.EncompassException;
import org.encompass.model.Blade;
import org.encompass.model.Chassis;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.Placement;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;
import org.encompass.model.TerminalState;
import org.encompass.model.VirtualMachine;

/**
 * Where images can boot and where machines sit (paper, section 5): the storage devices a machine's host or
 * chassis reaches and the network segments a machine is on. Nothing recorded means not known, and then every
 * device counts as reachable (what sites without topology always did); a segment a master requires must be
 * recorded on the machine.
 */
public final class Topology {
    private Topology() {
    }

    /** The names of a comma-separated list as the model keeps them; empty for null or blank. */
    public static List<String> names(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The model's form of a list of names: comma-separated, or null for none. */
    public static String list(List<String> names) {
        return names.isEmpty() ? null : String.join(",", names);
    }

    /**
     * What is recorded of a topology fact kept twice, by the operator and by discovery (the storage devices a host's or
     * chassis' machines reach, a machine's network segments): {@code names}, in effect, recorded by {@code source}
     * ({@link #OPERATOR}, {@link #DISCOVERY} or null when nothing is recorded: for reach, every device counts as
     * reachable), and what the last discovery found, {@code discovered}, in effect or not.
     */
    public record Recorded(List<String> names, String source, List<String> discovered) {
    }

    /** {@link Recorded#source()} when the operator's record is in effect. */
    public static final String OPERATOR = "operator";
    /** {@link Recorded#source()} when discovery's record is in effect. */
    public static final String DISCOVERY = "discovery";

    /** The reach of a host's machines: the operator's record when there is one, else what discovery found. */
    public static Recorded reach(HypervisorHost host) {
        return recorded(host.getReachableStorage(), host.getDiscoveredStorage());
    }

    /** The reach of a chassis' blades: the operator's record when there is one, else what discovery found. */
    public static Recorded reach(Chassis chassis) {
        return recorded(chassis.getReachableStorage(), chassis.getDiscoveredStorage());
    }

    /** A machine's network segments: the operator's record when there is one, else the networks discovery found. */
    public static Recorded segmentsOf(Machine machine) {
        return recorded(machine.getSegments(), machine.getDiscoveredSegments());
    }

    /** The operator's record ({@code recorded}) when there is one, else discovery's ({@code found}). */
    private static Recorded recorded(String recorded, String found) {
        List<String> operator = names(recorded);
        List<String> discovered = names(found);
        return !operator.isEmpty() ? new Recorded(operator, OPERATOR, discovered)
                : !discovered.isEmpty() ? new Recorded(discovered, DISCOVERY, discovered) : new Recorded(List.of(), null, List.of());
    }

    /** The storage devices reachable from the machine's host or chassis ({@link #reach}); empty when none are recorded. */
    public static List<String> reachableStorage(Machine machine) {
        if (machine instanceof VirtualMachine vm && vm.getHost() != null) {
            return reach(vm.getHost()).names();
        }
        if (machine instanceof Blade blade && blade.getChassis() != null) {
            return reach(blade.getChassis()).names();
        }
        return List.of();
    }

    /** Whether the machine can boot from an image on {@code device}; true when its reach is not recorded. */
    public static boolean reaches(Machine machine, StorageDevice device) {
        List<String> reached = reachableStorage(machine);
        return reached.isEmpty() || device == null || reached.contains(device.getName());
    }

    /** The network segments the machine is on ({@link #segmentsOf}: the operator's, else discovery's). */
    public static List<String> segments(Machine machine) {
        return segmentsOf(machine).names();
    }

    /** The network segment {@code master} requires, or null. */
    public static String requiredSegment(Master master) {
        String segment = master.getRequirements() == null ? null : master.getRequirements().getSegment();
        return segment == null || segment.isBlank() ? null : segment;
    }

    /** Why {@code machine} is not on the segment {@code master} requires, or empty. */
    public static Optional<String> segmentUnmet(Master master, Machine machine) {
        String required = requiredSegment(master);
        if (required == null || segments(machine).contains(required)) {
            return Optional.empty();
        }
        List<String> on = segments(machine);
        return Optional.of("not on network segment " + required + " (" + (on.isEmpty() ? "no segment recorded"
                : "on " + String.join(", ", on)) + ")");
    }

    /**
     * The masters holding the same image as {@code master} (same SHA-256, not retired), {@code master} first: a
     * clone can be made from any of them, on its device.
     */
    public static List<Master> copies(Master master) {
        List<Master> copies = new ArrayList<>();
        if (master.getLocation() != null) {
            copies.add(master);
        }
        if (master.eContainer() instanceof Site site && master.getSha256() != null) {
            site.getMasters().stream().filter(m -> m != master && m.getLocation() != null
                    && master.getSha256().equals(m.getSha256()) && m.getFormat() == master.getFormat())
                    .forEach(copies::add);
        }
        return copies;
    }

    /** The copy of {@code master} a clone for {@code machine} is made from: the first whose device it reaches. */
    public static Optional<Master> sourceFor(Master master, Machine machine) {
        return copies(master).stream().filter(copy -> reaches(machine, copy.getStorage())).findFirst();
    }

    /**
     * Whether {@code clone} is a pristine, self-contained copy of {@code master}'s image that clones may be read from:
     * CLEAN (never customized) and UNASSIGNED, its bytes on disk, no backing file, on a device.
     */
    public static boolean isSeed(Clone clone, Master master) {
        return clone.getMaster() == master && clone.getTerminalState() == TerminalState.NONE
                && clone.getMetastate() == Metastate.CLEAN && clone.getPlacement() == Placement.UNASSIGNED
                && !clone.isFlushPending() && clone.getStorage() != null && clone.getLocation() != null
                && (clone.getBackingLocation() == null || clone.getBackingLocation().isEmpty());
    }

    /**
     * Cascading from a nearer clone (paper, section 5: clones close to their machines): when {@code machine} reaches
     * no device holding a copy of {@code master}, the first (by name) pristine clone of it ({@link #isSeed}) on a
     * device the machine reaches; a clone for the machine is then read from it and made on that device.
     */
    public static Optional<Clone> seedFor(Master master, Machine machine) {
        if (sourceFor(master, machine).isPresent()) {
            return Optional.empty(); // a copy of the master itself is reached: nothing is nearer
        }
        return master.getClones().stream().filter(c -> isSeed(c, master) && reaches(machine, c.getStorage()))
                .sorted(java.util.Comparator.comparing(Clone::getName)).findFirst();
    }

    /** Whether a clone of {@code master} can be made where {@code machine} boots: from a copy, or a seed clone. */
    public static boolean canClone(Master master, Machine machine) {
        return sourceFor(master, machine).isPresent() || seedFor(master, machine).isPresent();
    }

    /**
     * What a clone of a master for a machine is read from: {@code copy}, a master holding the image (the requested one
     * or a copy of it), when {@code seed} is null; else the seed clone {@code seed} of {@code copy}, and the clone is
     * made on the seed's device.
     */
    public record CloneSource(Master copy, Clone seed) {
        /** The device the clone is made on. */
        public StorageDevice device() {
            return seed != null ? seed.getStorage() : copy.getStorage();
        }
    }

    /**
     * The one placement rule of every clone made for a machine (deploy, reassign, a service update's maintenance clone
     * and rollout, replication): a copy of {@code master}'s image on a device the machine reaches ({@link #sourceFor}),
     * else a seed clone of it on such a device ({@link #seedFor}); neither refuses, naming the machine, the devices
     * holding the image, what the machine reaches and how to seed a device.
     */
    public static CloneSource cloneSource(Master master, Machine machine) {
        Optional<Clone> seed = seedFor(master, machine);
        if (seed.isPresent()) {
            return new CloneSource(master, seed.get());
        }
        try {
            return new CloneSource(checkSource(master, machine), null);
        } catch (EncompassException e) {
            throw new EncompassException(e.getMessage() + ", nor a pristine clone of it (seed one there: encompass clone "
                    + master.getName() + " --storage DEVICE)", e);
        }
    }

    /** Refuses when {@code machine} reaches no device holding {@code master}'s image; returns the copy to clone. */
    private static Master checkSource(Master master, Machine machine) {
        return sourceFor(master, machine).orElseThrow(() -> new EncompassException("machine "
                + SiteLookup.qualifiedName(machine) + " cannot boot a clone of master " + master.getName()
                + ": it reaches no storage device holding its image (image on: "
                + String.join(", ", copies(master).stream().map(m -> m.getStorage().getName()).distinct().toList())
                + "; " + reachText(machine) + ")"));
    }

    /** Refuses when {@code machine} cannot boot {@code clone} from the device it is on. */
    public static void checkClone(Clone clone, Machine machine) {
        if (!reaches(machine, clone.getStorage())) {
            throw new EncompassException("machine " + SiteLookup.qualifiedName(machine) + " cannot boot clone "
                    + clone.getName() + ": it does not reach storage device " + clone.getStorage().getName() + " ("
                    + reachText(machine) + ")");
        }
    }

    private static String reachText(Machine machine) {
        String owner = machine instanceof Blade blade && blade.getChassis() != null ? "chassis " + blade.getChassis().getName()
                : machine instanceof VirtualMachine vm && vm.getHost() != null ? "host " + vm.getHost().getName() : "it";
        return owner + " reaches " + String.join(", ", reachableStorage(machine));
    }
}
