package org.encompass.core.internal;

import org.eclipse.core.runtime.ILog;
import org.encompass.core.drivers.DriverDescriptor;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.StorageDriver;

/**
 * At an engine's start: asks every storage driver to stop what a dead process left running (a
 * qemu-storage-daemon with its FUSE mounts, after a kill), so nothing of a crash keeps running until some
 * later process happens to need the same helper; and every blade driver to stop the exports of boot
 * volumes that no longer exist.
 */
public final class DriverLeftovers {
    private DriverLeftovers() {
    }

    public static void stopAll() {
        for (DriverDescriptor<StorageDriver> descriptor : Drivers.storage().descriptors()) {
            try {
                for (String stopped : descriptor.driver().stopLeftoversOfDeadProcesses()) {
                    ILog.of(DriverLeftovers.class).info(descriptor.kind() + " storage driver: " + stopped);
                }
            } catch (DriverException | RuntimeException e) {
                ILog.of(DriverLeftovers.class).warn(descriptor.kind() + " storage driver: cannot stop what a dead"
                        + " process left running: " + e.getMessage(), e);
            }
        }
        for (DriverDescriptor<BladeDriver> descriptor : Drivers.blades().descriptors()) {
            try {
                for (String stopped : descriptor.driver().stopLeftoversOfDeadProcesses()) {
                    ILog.of(DriverLeftovers.class).info(descriptor.kind() + " blade driver: " + stopped);
                }
            } catch (DriverException | RuntimeException e) {
                ILog.of(DriverLeftovers.class).warn(descriptor.kind() + " blade driver: cannot stop what a dead"
                        + " process left running: " + e.getMessage(), e);
            }
        }
    }
}
