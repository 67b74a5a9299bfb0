package org.encompass.core.spi;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Finds machines (and, later, storage) behind a configured endpoint (paper, section 2.7).
 * Contributed through the {@code org.encompass.core.discoveryProviders} extension point.
 * Results are merged into the model by the engine's reconciliation, never written by the provider.
 */
public interface DiscoveryProvider {

    /** Machines visible at {@code endpoint} (for example a hypervisor URI). */
    List<MachineInfo> discoverMachines(String endpoint, IProgressMonitor monitor) throws DriverException;

    /** As above, with credentials from secure storage; the default ignores them. */
    default List<MachineInfo> discoverMachines(String endpoint, Credentials credentials, IProgressMonitor monitor)
            throws DriverException {
        return discoverMachines(endpoint, monitor);
    }

    /**
     * Everything the endpoint reports: machines and, where the provider can tell, the disk each boots
     * from (reconciliation compares it with the clone the model says is attached). The default
     * reports machines only.
     */
    default DiscoveryResult discover(String endpoint, Credentials credentials, IProgressMonitor monitor)
            throws DriverException {
        return DiscoveryResult.of(discoverMachines(endpoint, credentials, monitor));
    }

    /**
     * Management endpoints announced on the network that could be added (for example over SLP), in
     * {@code scope} (null: the default scope), asking the directory agents at {@code directoryAgents}
     * (HOST[:PORT], comma-separated; null: multicast). Bounded in time and in count. The default finds none.
     */
    default List<EndpointCandidate> discoverEndpoints(String scope, String directoryAgents, IProgressMonitor monitor)
            throws DriverException {
        return List.of();
    }
}
