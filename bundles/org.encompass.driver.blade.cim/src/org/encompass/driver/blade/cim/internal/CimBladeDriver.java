package org.encompass.driver.blade.cim.internal;

import java.time.Duration;
import java.util.List;

import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.driver.blade.ipmi.internal.IscsiBootVolumes;

/**
 * Blades of a chassis whose management module speaks CIM-XML (DMTF SMASH profiles), through the SBLIM
 * CIM client, booting their clone over iSCSI from the local tgtd exactly as IPMI blades do. Contributed
 * through {@code org.encompass.core.bladeDrivers}.
 */
public final class CimBladeDriver implements BladeDriver {
    /** How long one CIM operation may take before it is reported as unanswered. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    @Override
    public BladeConnection connect(String address) throws DriverException {
        return connect(address, Credentials.NONE);
    }

    @Override
    public BladeConnection connect(String address, Credentials credentials) throws DriverException {
        return connect(address, credentials, CALL_TIMEOUT);
    }

    BladeConnection connect(String address, Credentials credentials, Duration timeout) throws DriverException {
        CimAddress chassis = CimAddress.parse(address);
        if (credentials == null || credentials.isEmpty()) {
            throw new DriverException("no user name and password are stored for chassis " + chassis.name()
                    + " (store them with 'encompass credentials set " + address + " --user USER --password-stdin')");
        }
        return new CimBladeConnection(new CimSession(chassis, credentials.user(), credentials.password().clone(), timeout), new IscsiBootVolumes());
    }

    /** The blade targets (of CIM or IPMI chassis: one naming) no attached blade accounts for, as the IPMI driver lists them. */
    @Override
    public List<String> unusedBootVolumes(List<MappedSlot> inUse) throws DriverException {
        return new IscsiBootVolumes().unused(inUse);
    }

    @Override
    public void removeBootVolume(String name) throws DriverException {
        new IscsiBootVolumes().removeUnused(name);
    }
}
