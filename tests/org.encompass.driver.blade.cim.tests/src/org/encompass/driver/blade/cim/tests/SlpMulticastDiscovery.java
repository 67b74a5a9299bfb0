package org.encompass.driver.blade.cim.tests;

import org.encompass.core.spi.EndpointCandidate;
import org.encompass.driver.blade.cim.internal.SlpEndpointDiscovery;

/**
 * The driver's SLP discovery with no directory agent (so by multicast), in scope {@code args[0]} if
 * given: prints one {@code candidate TAB type TAB url TAB kind TAB attributes} line per endpoint found.
 * Run by {@link SlpMulticastTest} in the announcer's network namespace.
 */
public final class SlpMulticastDiscovery {
    private SlpMulticastDiscovery() {
    }

    public static void main(String[] args) throws Exception {
        for (EndpointCandidate c : new SlpEndpointDiscovery().discoverEndpoints(args.length > 0 ? args[0] : null, null, null)) {
            System.out.println("candidate\t" + c.serviceType() + "\t" + c.url() + "\t" + c.kind() + "\t" + c.attributes());
        }
    }
}
