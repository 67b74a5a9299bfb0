package org.encompass.driver.blade.ipmi.internal;

import java.time.Duration;

import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;

/**
 * Blades managed over IPMI 2.0 (RMCP+, cipher suite 3), one BMC per slot, booting their clone over
 * iSCSI from the local tgtd. Contributed through {@code org.encompass.core.bladeDrivers}.
 */
public final class IpmiBladeDriver implements BladeDriver {
    /** How long one try of a BMC request waits; three tries, so a silent BMC is reported in ~3 s. */
    static final Duration TRY_TIMEOUT = Duration.ofSeconds(1);

    @Override
    public BladeConnection connect(String address) throws DriverException {
        return connect(address, Credentials.NONE);
    }

    @Override
    public BladeConnection connect(String address, Credentials credentials) throws DriverException {
        ChassisAddress chassis = ChassisAddress.parse(address);
        if (credentials == null || credentials.isEmpty()) {
            throw new DriverException("no user name and password are stored for chassis " + chassis.name()
                    + " (store them with 'encompass credentials set " + address + " --user USER --password-stdin')");
        }
        return new IpmiBladeConnection(chassis, credentials.user(), credentials.password().clone(), TRY_TIMEOUT, new IscsiBootVolumes());
    }
}
