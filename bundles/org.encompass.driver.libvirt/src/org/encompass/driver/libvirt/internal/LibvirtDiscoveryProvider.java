package org.encompass.driver.libvirt.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.spi.DiscoveryProvider;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HypervisorConnection;
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
        SubMonitor progress = SubMonitor.convert(monitor, "Discovering machines at " + endpoint, 2);
        progress.split(1);
        try (HypervisorConnection connection = driver.connect(endpoint)) {
            progress.split(1);
            return connection.listMachines();
        }
    }
}
