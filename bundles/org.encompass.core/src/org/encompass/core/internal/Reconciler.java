package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.DiscoveryResult;
import org.encompass.core.spi.MachineInfo;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.ModelFactory;
import org.encompass.model.Placement;
import org.encompass.model.PowerState;
import org.encompass.model.Site;
import org.encompass.model.TerminalState;
import org.encompass.model.VirtualMachine;

/**
 * Merges what discovery found behind a host into the host's machines (paper, section 2.7: "using
 * heuristics to take into account that the physical world might have changed"). A reported machine
 * is matched to a recorded one by stable identity, in this order: UUID, then a shared MAC address,
 * then name. New machines are added (with {@code discoveredBy}), matched ones updated, vanished ones
 * marked unreachable and never deleted. Contradictions are recorded as {@link Conflicts} and the
 * recorded identity is kept until the operator resolves them:
 * <ul>
 * <li>{@code mac-mismatch}: same UUID, different MAC addresses;</li>
 * <li>{@code uuid-mismatch}: matched by MAC or name, but the UUIDs differ (the machine was recreated);</li>
 * <li>{@code disk-mismatch}: the machine of an ATTACHED or ACTIVE clone boots another disk.</li>
 * </ul>
 */
public final class Reconciler {
    private final String discoveredBy;
    private final String user;
    private final Predicate<String> busy;

    /** What one reconciliation changed. */
    public record Counts(int reported, int added, int updated, int vanished, int conflicts) {
    }

    public Reconciler(String discoveredBy, String user, Predicate<String> busy) {
        this.discoveredBy = discoveredBy;
        this.user = user;
        this.busy = busy;
    }

    public Counts reconcile(HypervisorHost host, DiscoveryResult result) {
        refuseUnsafe(host.getName(), result);
        Site site = (Site) host.eContainer();
        Date now = new Date();
        host.setReachable(true);
        host.setLastSeen(now);
        List<VirtualMachine> unmatched = new ArrayList<>(host.getMachines());
        int added = 0;
        int updated = 0;
        int conflicts = 0;
        for (MachineInfo info : result.machines()) {
            VirtualMachine vm = match(unmatched, info);
            String before = vm == null ? null : fingerprint(vm);
            if (vm == null) {
                vm = ModelFactory.eINSTANCE.createVirtualMachine();
                vm.setDiscoveredBy(discoveredBy);
                vm.setName(info.name());
                vm.setUuid(info.uuid());
                vm.getMacAddresses().addAll(info.macs());
                host.getMachines().add(vm);
                added++;
            } else {
                unmatched.remove(vm);
                conflicts += checkIdentity(site, vm, info);
            }
            describe(vm, info, now);
            String disk = result.bootDisks().get(info.name());
            if (!contradictsIdentity(vm, info)) {
                conflicts += checkDisk(site, vm, disk);
                ObservedPower.apply(vm, ModelValues.toModel(info.power()), disk, user, "discovery", busy);
            }
            if (before != null && !before.equals(fingerprint(vm))) {
                updated++; // only machines whose recorded facts changed, not every one that was seen
            }
        }
        int vanished = 0;
        for (VirtualMachine vm : unmatched) {
            if (vm.isReachable()) {
                vanished++;
            }
            vm.setReachable(false); // kept, never silently deleted: a clone may still point to it
            vm.setPower(PowerState.UNKNOWN);
        }
        return new Counts(result.machines().size(), added, updated, vanished, conflicts);
    }

    /** UUID first, then a shared MAC, then the name; each among machines not matched yet. */
    /**
     * A driver's report is input like any other: a machine whose name, UUID, architecture or MAC address is too
     * long or holds control characters refuses the whole report (nothing of it is merged), naming the value safely.
     */
    private static void refuseUnsafe(String host, DiscoveryResult result) {
        for (MachineInfo info : result.machines()) {
            List<String> texts = new ArrayList<>(java.util.Arrays.asList(info.name(), info.uuid(), info.architecture()));
            texts.addAll(info.macs());
            for (String text : texts) {
                String problem = org.encompass.core.Limits.DISCOVERED.problem("a value", text);
                if (problem != null) {
                    throw new org.encompass.core.EncompassException("host " + host + " reported a machine "
                            + org.encompass.core.Quoted.of(info.name()) + " that is refused: " + problem);
                }
            }
        }
    }

    static VirtualMachine match(List<VirtualMachine> candidates, MachineInfo info) {
        if (info.uuid() != null) {
            for (VirtualMachine vm : candidates) {
                if (info.uuid().equalsIgnoreCase(Objects.toString(vm.getUuid(), ""))) {
                    return vm;
                }
            }
        }
        Set<String> macs = new HashSet<>(info.macs());
        if (!macs.isEmpty()) {
            for (VirtualMachine vm : candidates) {
                if (vm.getMacAddresses().stream().anyMatch(macs::contains)) {
                    return vm;
                }
            }
        }
        for (VirtualMachine vm : candidates) {
            if (info.name().equals(vm.getName())) {
                return vm;
            }
        }
        return null;
    }

    private static boolean contradictsIdentity(VirtualMachine vm, MachineInfo info) {
        return vm.getUuid() != null && info.uuid() != null && !vm.getUuid().equalsIgnoreCase(info.uuid());
    }

    /** Records identity contradictions; adopts identity the model did not have yet. */
    private int checkIdentity(Site site, VirtualMachine vm, MachineInfo info) {
        String subject = SiteLookup.qualifiedName(vm);
        if (contradictsIdentity(vm, info)) {
            return Conflicts.record(site, Conflicts.UUID_MISMATCH, subject, "machine " + subject + " (matched by "
                    + (sharesMac(vm, info) ? "MAC address" : "name") + ") now has UUID " + info.uuid()
                    + "; the site records " + vm.getUuid() + ": it was probably recreated", vm.getUuid(), info.uuid(),
                    discoveredBy) ? 1 : 0;
        }
        if (vm.getUuid() == null) {
            vm.setUuid(info.uuid());
        }
        Set<String> recorded = new HashSet<>(vm.getMacAddresses());
        Set<String> reported = new HashSet<>(info.macs());
        if (!recorded.isEmpty() && !reported.isEmpty() && !recorded.equals(reported)) {
            return Conflicts.record(site, Conflicts.MAC_MISMATCH, subject, "machine " + subject + " (UUID " + vm.getUuid()
                    + ") now reports MAC " + macs(info.macs()) + "; the site records " + macs(vm.getMacAddresses()),
                    macs(vm.getMacAddresses()), macs(info.macs()), discoveredBy) ? 1 : 0;
        }
        if (recorded.isEmpty()) {
            vm.getMacAddresses().addAll(info.macs());
        }
        return 0;
    }

    private int checkDisk(Site site, VirtualMachine vm, String disk) {
        Clone clone = vm.getClone();
        if (disk == null || clone == null || clone.getTerminalState() != TerminalState.NONE
                || (clone.getPlacement() != Placement.ATTACHED && clone.getPlacement() != Placement.ACTIVE)
                || disk.equals(clone.getLocation())) {
            return 0;
        }
        String subject = SiteLookup.qualifiedName(vm);
        return Conflicts.record(site, Conflicts.DISK_MISMATCH, subject, "clone " + clone.getName() + " is "
                + clone.getPlacement() + " on " + subject + ", which now boots from " + disk + " instead of "
                + clone.getLocation(), clone.getLocation(), disk, discoveredBy) ? 1 : 0;
    }

    /** Attributes that are descriptions, not identity: always as reported. */
    private static void describe(VirtualMachine vm, MachineInfo info, Date now) {
        if (!contradictsIdentity(vm, info)) {
            vm.setName(info.name());
        }
        vm.setArchitecture(info.architecture());
        vm.setCpus(info.cpus());
        vm.setMemoryMiB(info.memoryMiB());
        vm.setReachable(true);
        vm.setLastSeen(now);
    }

    /** What discovery may change on a machine, to tell whether it did. */
    private static String fingerprint(VirtualMachine vm) {
        return String.join("|", vm.getName(), Objects.toString(vm.getUuid()), macs(vm.getMacAddresses()),
                Objects.toString(vm.getArchitecture()), String.valueOf(vm.getCpus()), String.valueOf(vm.getMemoryMiB()),
                String.valueOf(vm.isReachable()), Objects.toString(vm.getPower()));
    }

    private static boolean sharesMac(VirtualMachine vm, MachineInfo info) {
        return vm.getMacAddresses().stream().anyMatch(info.macs()::contains);
    }

    static String macs(List<String> macs) {
        return String.join(",", macs);
    }
}
