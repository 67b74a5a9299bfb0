package org.encompass.driver.vsphere.internal;

import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HypervisorConnection;
import org.encompass.core.spi.HypervisorDriver;

/**
 * Hypervisor driver for VMware vCenter and ESXi through yavijava (the vSphere web services API).
 * URIs: {@code vsphere://host[:port][/sdk]} or {@code https://host[:port]/sdk}, with
 * {@code ?ignoreCert=true} for test servers with self-signed certificates (see {@link VSphereEndpoint}).
 * A user and password are required; they come from secure storage through {@link #connect(String, Credentials)}.
 */
public final class VSphereHypervisorDriver implements HypervisorDriver {

    @Override
    public HypervisorConnection connect(String uri) throws DriverException {
        return connect(uri, Credentials.NONE);
    }

    @Override
    public HypervisorConnection connect(String uri, Credentials credentials) throws DriverException {
        return new VSphereConnection(VSphereSession.open(VSphereEndpoint.parse(uri), credentials));
    }
}
