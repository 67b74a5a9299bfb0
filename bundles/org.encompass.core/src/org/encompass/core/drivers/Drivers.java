package org.encompass.core.drivers;

import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.DiscoveryProvider;
import org.encompass.core.spi.HypervisorDriver;
import org.encompass.core.spi.StorageDriver;

/** The four driver extension points of the core, each read by its own registry. */
public final class Drivers {
    private static final DriverRegistry<StorageDriver> STORAGE =
            new DriverRegistry<>("storageDrivers", "storageDriver", StorageDriver.class);
    private static final DriverRegistry<HypervisorDriver> HYPERVISOR =
            new DriverRegistry<>("hypervisorDrivers", "hypervisorDriver", HypervisorDriver.class);
    private static final DriverRegistry<BladeDriver> BLADE =
            new DriverRegistry<>("bladeDrivers", "bladeDriver", BladeDriver.class);
    private static final DriverRegistry<DiscoveryProvider> DISCOVERY =
            new DriverRegistry<>("discoveryProviders", "discoveryProvider", DiscoveryProvider.class);

    private Drivers() {
    }

    public static DriverRegistry<StorageDriver> storage() {
        return STORAGE;
    }

    public static DriverRegistry<HypervisorDriver> hypervisors() {
        return HYPERVISOR;
    }

    public static DriverRegistry<BladeDriver> blades() {
        return BLADE;
    }

    public static DriverRegistry<DiscoveryProvider> discovery() {
        return DISCOVERY;
    }
}
