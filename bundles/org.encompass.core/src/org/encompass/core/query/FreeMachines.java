package org.encompass.core.query;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.encompass.model.Clone;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.PowerState;
import org.encompass.model.Site;

/**
 * The machines a clone of a master can go to: free ones (holding no clone) that meet the master's
 * requirements ({@link Requirements}, its network segment too) and reach a storage device with its image
 * ({@link Topology}). The one rule the engine's deploy, the console's drop, assign prompt and deploy wizard
 * all apply.
 */
public final class FreeMachines {
    private FreeMachines() {
    }

    /** Whether {@code machine} holds no clone. */
    public static boolean isFree(Machine machine) {
        return machine.getClone() == null;
    }

    /**
     * Whether {@code machine} holds no clone and is not powered on (RUNNING or PAUSED, as last reported): a machine
     * that runs without a clone of this site runs something else (installed by hand, or by another tool), which a
     * replication must not take over. UNKNOWN counts as not powered on.
     */
    public static boolean isIdle(Machine machine) {
        return isFree(machine) && !isPoweredOn(machine);
    }

    /** Whether {@code machine} was last reported RUNNING or PAUSED. */
    public static boolean isPoweredOn(Machine machine) {
        return machine.getPower() == PowerState.RUNNING || machine.getPower() == PowerState.PAUSED;
    }

    /**
     * Whether {@code machine} is free, meets the requirements of {@code master} (its network segment too) and can
     * boot from a storage device holding the master's image ({@link Topology}).
     */
    public static boolean fit(Master master, Machine machine) {
        return isFree(machine) && Requirements.unmet(master, machine).isEmpty()
                && Topology.canClone(master, machine);
    }

    /** Whether the existing {@code clone} can go to {@code machine}: free, requirements met, its device reached. */
    public static boolean fit(Clone clone, Machine machine) {
        return isFree(machine) && Requirements.unmet(clone.getMaster(), machine).isEmpty()
                && Topology.reaches(machine, clone.getStorage());
    }

    /** Every machine of the site that fits {@code master}, by qualified name ({@code host/vm}). */
    public static List<Machine> of(Site site, Master master) {
        return SiteLookup.machines(site).filter(m -> fit(master, m))
                .sorted(Comparator.comparing(SiteLookup::qualifiedName)).toList();
    }

    /** The first of {@code candidates}, in their order, that fits {@code master}. */
    public static Optional<Machine> firstAmong(Collection<? extends Machine> candidates, Master master) {
        return candidates.stream().filter(m -> fit(master, m)).map(Machine.class::cast).findFirst();
    }
}
