package org.encompass.core.internal;

import java.time.Duration;

import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageRef;

/**
 * The driver side of attach, activate, deactivate and detach, for virtual machines (hypervisor
 * drivers) and blades (blade drivers).
 */
public final class HypervisorSteps {
    private final HostConnections connections;
    private final Duration deactivateTimeout;

    public HypervisorSteps(HostConnections connections, Duration deactivateTimeout) {
        this.connections = connections;
        this.deactivateTimeout = deactivateTimeout;
    }

    public HostConnections connections() {
        return connections;
    }

    /** Attaches the image; for a blade, returns the LUN it boots from (null for a virtual machine). */
    public BladeDriver.BootVolume attach(MachineTarget machine, ImageRef image) throws DriverException {
        if (machine.virtual()) {
            connections.with(machine.driverKind(), machine.address(), c -> {
                c.attach(machine.name(), image);
                return null;
            });
            return null;
        }
        try (BladeDriver.BladeConnection c = blade(machine)) {
            return c.mapBootVolume(machine.slot(), image);
        }
    }

    /** Starts the machine on the image; for a blade, returns the LUN it boots from (null for a virtual machine). */
    public BladeDriver.BootVolume activate(MachineTarget machine, ImageRef image) throws DriverException {
        if (machine.virtual()) {
            connections.with(machine.driverKind(), machine.address(), c -> {
                c.activate(machine.name(), image);
                return null;
            });
            return null;
        }
        try (BladeDriver.BladeConnection c = blade(machine)) {
            BladeDriver.BootVolume volume = c.mapBootVolume(machine.slot(), image);
            c.powerOn(machine.slot());
            return volume;
        }
    }

    public void deactivate(MachineTarget machine) throws DriverException {
        if (machine.virtual()) {
            connections.with(machine.driverKind(), machine.address(), c -> {
                c.deactivate(machine.name(), deactivateTimeout);
                return null;
            });
        } else {
            try (BladeDriver.BladeConnection c = blade(machine)) {
                c.powerOff(machine.slot(), deactivateTimeout);
            }
        }
    }

    public void detach(MachineTarget machine) throws DriverException {
        if (machine.virtual()) {
            connections.with(machine.driverKind(), machine.address(), c -> {
                c.detach(machine.name());
                return null;
            });
        } else {
            try (BladeDriver.BladeConnection c = blade(machine)) {
                c.unmapBootVolume(machine.slot());
            }
        }
    }

    private BladeDriver.BladeConnection blade(MachineTarget machine) throws DriverException {
        return blades(machine.driverKind(), machine.address());
    }

    /** A connection to a chassis' controllers, with the user and password stored for its address. */
    public BladeDriver.BladeConnection blades(String kind, String address) throws DriverException {
        Credentials given = connections.credentials().lookup(address);
        try {
            return Drivers.blades().driver(kind).connect(address, given);
        } finally {
            given.wipe(); // a driver that needs the password later keeps its own copy
        }
    }
}
