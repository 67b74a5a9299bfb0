package org.encompass.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.encompass.core.EncompassException;
import org.encompass.model.Machine;
import org.encompass.model.MachineRequirements;
import org.encompass.model.Master;

/** Whether a machine can run a master's images (paper, section 2.6: "machine requirements"). */
public final class Requirements {
    private Requirements() {
    }

    /** Every reason {@code machine} does not fit {@code master}; empty when it fits. */
    public static List<String> unmet(Master master, Machine machine) {
        List<String> reasons = new ArrayList<>();
        if (!machine.isReachable()) {
            reasons.add("it is not reachable" + (machine.getLastSeen() == null ? "" : " (last seen " + machine.getLastSeen() + ")"));
        }
        Topology.segmentUnmet(master, machine).ifPresent(reasons::add);
        MachineRequirements r = master.getRequirements();
        if (r == null) {
            return reasons;
        }
        if (r.getArchitecture() != null && !r.getArchitecture().isBlank() && machine.getArchitecture() != null
                && !normalize(r.getArchitecture()).equals(normalize(machine.getArchitecture()))) {
            reasons.add("architecture " + machine.getArchitecture() + ", needs " + r.getArchitecture());
        }
        if (r.getMinCpus() > 0 && machine.getCpus() < r.getMinCpus()) {
            reasons.add(machine.getCpus() + " CPUs, needs " + r.getMinCpus());
        }
        if (r.getMinMemoryMiB() > 0 && machine.getMemoryMiB() < r.getMinMemoryMiB()) {
            reasons.add(machine.getMemoryMiB() + " MiB memory, needs " + r.getMinMemoryMiB());
        }
        // A machine that reports no disk size (a VM whose disk is the clone) is not refused for it.
        if (r.getMinDiskGiB() > 0 && machine.getDiskGiB() > 0 && machine.getDiskGiB() < r.getMinDiskGiB()) {
            reasons.add(machine.getDiskGiB() + " GiB disk, needs " + r.getMinDiskGiB());
        }
        return reasons;
    }

    public static void check(Master master, Machine machine) {
        List<String> reasons = unmet(master, machine);
        if (!reasons.isEmpty()) {
            throw new EncompassException("machine " + SiteLookup.qualifiedName(machine) + " does not meet the requirements of master "
                    + master.getName() + ": " + String.join("; ", reasons));
        }
    }

    private static String normalize(String arch) {
        String a = arch.toLowerCase(Locale.ROOT);
        return switch (a) {
            case "amd64", "x64", "x86-64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> a;
        };
    }
}
