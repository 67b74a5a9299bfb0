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

    /**
     * Opens a connection with credentials from secure storage. Drivers that need a user and password
     * (vSphere) override this; the default ignores them.
     */
    default HypervisorConnection connect(String uri, Credentials credentials) throws DriverException {
        return connect(uri);
    }
}
