package org.encompass.driver.blade.ipmi.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.QemuStorageDaemon;

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

    /** The targets of blades (IPMI or CIM) that no attached blade accounts for ({@link IscsiBootVolumes#unused}). */
    @Override
    public List<String> unusedBootVolumes(List<MappedSlot> inUse) throws DriverException {
        return new IscsiBootVolumes().unused(inUse);
    }

    @Override
    public void removeBootVolume(String name) throws DriverException {
        new IscsiBootVolumes().removeUnused(name);
    }

    /**
     * Stops the FUSE exports of copy-on-write clones whose target is gone (a process killed between export
     * and target, a tgtd that was restarted and so lost its targets). Asks tgtd only when such an export
     * exists; when tgtd cannot be asked, stops nothing (a live LUN's export is never taken away on a guess).
     */
    @Override
    public List<String> stopLeftoversOfDeadProcesses() throws DriverException {
        List<QemuStorageDaemon.HeldExport> exports = QemuStorageDaemon.heldExports().stream()
                .filter(e -> e.holder().startsWith(IscsiBootVolumes.TARGET_PREFIX)).toList();
        if (exports.isEmpty()) {
            return List.of();
        }
        List<TgtTargets.Target> targets = new TgtTargets().list();
        List<String> stopped = new ArrayList<>();
        for (QemuStorageDaemon.HeldExport export : exports) {
            boolean served = targets.stream().anyMatch(t -> t.name().equals(export.holder())
                    && t.backingFiles().contains(export.file().toString()));
            if (!served && QemuStorageDaemon.stopHeld(export.holder())) {
                stopped.add("stopped the export of " + export.image() + " for target " + export.holder() + ", which no longer exists");
            }
        }
        return stopped;
    }
}
