package org.encompass.driver.libvirt.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DiscoveryProvider;
import org.encompass.core.spi.DiscoveryResult;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.MachineInfo;

/** Discovers the virtual machines of a libvirt host: the endpoint is the host's libvirt URI. */
public final class LibvirtDiscoveryProvider implements DiscoveryProvider {
    private final LibvirtHypervisorDriver driver;

    public LibvirtDiscoveryProvider() {
        this(new LibvirtHypervisorDriver());
    }

    public LibvirtDiscoveryProvider(LibvirtHypervisorDriver driver) {
        this.driver = driver;
    }

    @Override
    public List<MachineInfo> discoverMachines(String endpoint, IProgressMonitor monitor) throws DriverException {
        return discover(endpoint, Credentials.NONE, monitor).machines();
    }

    @Override
    public List<MachineInfo> discoverMachines(String endpoint, Credentials credentials, IProgressMonitor monitor)
            throws DriverException {
        return discover(endpoint, credentials, monitor).machines();
    }

    /** The host's domains and the file each boots from ({@code vda}). */
    @Override
    public DiscoveryResult discover(String endpoint, Credentials credentials, IProgressMonitor monitor)
            throws DriverException {
        SubMonitor progress = SubMonitor.convert(monitor, "Discovering machines at " + endpoint, 3);
        progress.split(1);
        try (LibvirtConnection connection = driver.connect(endpoint, credentials)) {
            progress.split(1);
            List<MachineInfo> machines = connection.listMachines();
            progress.split(1);
            return new DiscoveryResult(machines, connection.bootDisks());
        }
    }
}
