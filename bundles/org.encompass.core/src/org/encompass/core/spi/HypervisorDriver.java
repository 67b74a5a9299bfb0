package org.encompass.core.spi;

/**
 * Connects to one kind of hypervisor host (libvirt, vSphere).
 * Contributed through the {@code org.encompass.core.hypervisorDrivers} extension point.
 */
public interface HypervisorDriver {

    /**
     * Opens a connection to the host at {@code uri}. Throws a {@link DriverException} naming the URI
     * and the reason when the host cannot be reached.
     */
    HypervisorConnection connect(String uri) throws DriverException;
}
