package org.encompass.driver.libvirt.internal;

import org.encompass.core.spi.PowerState;
import org.libvirt.DomainInfo.DomainState;

/** libvirt domain states as Encompass power states. */
final class PowerStates {
    private PowerStates() {
    }

    static PowerState of(DomainState state) {
        if (state == null) {
            return PowerState.UNKNOWN;
        }
        return switch (state) {
            // SHUTDOWN is "being shut down": still running until it reaches SHUTOFF
            case VIR_DOMAIN_RUNNING, VIR_DOMAIN_BLOCKED, VIR_DOMAIN_SHUTDOWN -> PowerState.RUNNING;
            case VIR_DOMAIN_PAUSED, VIR_DOMAIN_PMSUSPENDED -> PowerState.PAUSED;
            case VIR_DOMAIN_SHUTOFF, VIR_DOMAIN_CRASHED -> PowerState.OFF;
            case VIR_DOMAIN_NOSTATE -> PowerState.UNKNOWN;
        };
    }
}
