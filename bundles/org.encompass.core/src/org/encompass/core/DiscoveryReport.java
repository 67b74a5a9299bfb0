package org.encompass.core;

import java.util.List;

/**
 * What one discovery run found and changed.
 *
 * @param hosts         per configured host, in site order
 * @param storage       per configured storage device, in site order
 * @param openConflicts conflicts waiting for the operator after the run (new and older ones)
 */
public record DiscoveryReport(List<HostResult> hosts, List<StorageResult> storage, long openConflicts) {
    public DiscoveryReport {
        hosts = List.copyOf(hosts);
        storage = List.copyOf(storage);
    }

    /**
     * One host: what its endpoint reported and what reconciliation did with it; {@code error} says why
     * the host could not be reached (its machines are then marked unreachable), else {@code null}.
     */
    public record HostResult(String host, String endpoint, boolean reachable, int reported, int added, int updated,
            int vanished, int conflicts, String error) {
    }

    /** One storage device: whether its driver found it usable, else why not. */
    public record StorageResult(String device, boolean reachable, String error) {
    }
}
