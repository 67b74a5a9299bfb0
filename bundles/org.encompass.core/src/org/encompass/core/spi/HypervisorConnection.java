package org.encompass.core.spi;

import java.time.Duration;
import java.util.List;

/**
 * An open connection to a hypervisor host. Machines are addressed by name on that host.
 * Not required to be thread-safe: the engine uses one connection per job.
 */
public interface HypervisorConnection extends AutoCloseable {

    /** Every virtual machine the host knows. */
    List<MachineInfo> listMachines() throws DriverException;

    /** One machine, or a {@link DriverException} when the host does not know it. */
    MachineInfo machine(String name) throws DriverException;

    /** Configures the machine to boot from {@code disk} (defines or redefines the VM with that disk). */
    void attach(String machine, ImageRef disk) throws DriverException;

    /**
     * Boots the machine from {@code disk}. When the host lost the attachment (for example a host
     * restarted without persistent state) the driver re-establishes it first.
     */
    void activate(String machine, ImageRef disk) throws DriverException;

    /** Shuts the machine down gracefully, and powers it off when {@code timeout} passes. */
    void deactivate(String machine, Duration timeout) throws DriverException;

    /** Removes the disk attachment made by {@link #attach}; the machine itself stays known to the host. */
    void detach(String machine) throws DriverException;

    /**
     * Starts telling {@code listener} about power changes of this host's machines until the connection
     * closes. Returns {@code false} when the driver cannot report them (the default); the engine then
     * learns the power state from discovery only.
     */
    default boolean addPowerListener(PowerListener listener) throws DriverException {
        return false;
    }

    /**
     * The storage the host reaches and the networks its machines are on; the default reports nothing
     * ({@link HostTopology#UNKNOWN}).
     */
    default HostTopology topology() throws DriverException {
        return HostTopology.UNKNOWN;
    }

    /**
     * Whether the connection still reaches its host. The engine asks after a failed call and opens a
     * new connection next time when not; the default assumes it does.
     */
    default boolean isAlive() {
        return true;
    }

    @Override
    void close();
}
