package org.encompass.core.spi;

import java.util.List;
import java.util.Map;

/**
 * What one discovery run found behind an endpoint.
 *
 * @param machines  the machines the endpoint reports
 * @param bootDisks per machine name, the location of the disk it boots from (as the storage driver
 *                  writes locations: an absolute file path for files), for machines that have one
 */
public record DiscoveryResult(List<MachineInfo> machines, Map<String, String> bootDisks) {
    public DiscoveryResult {
        machines = machines == null ? List.of() : List.copyOf(machines);
        bootDisks = bootDisks == null ? Map.of() : Map.copyOf(bootDisks);
    }

    public static DiscoveryResult of(List<MachineInfo> machines) {
        return new DiscoveryResult(machines, Map.of());
    }
}
