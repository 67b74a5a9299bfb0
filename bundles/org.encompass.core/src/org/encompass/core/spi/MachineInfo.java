package org.encompass.core.spi;

import java.util.List;

/**
 * A machine as a hypervisor or BMC reports it.
 *
 * @param name        name on the host (domain name, blade name)
 * @param uuid        stable identity, or {@code null} when the host has none
 * @param architecture for example {@code x86_64}
 * @param cpus        virtual or physical CPU count
 * @param memoryMiB   memory in MiB
 * @param macs        MAC addresses, lower case
 * @param power       power state now
 */
public record MachineInfo(String name, String uuid, String architecture, int cpus, long memoryMiB,
        List<String> macs, PowerState power) {
    public MachineInfo {
        macs = macs == null ? List.of() : List.copyOf(macs);
    }
}
