package org.encompass.driver.blade.cim.tests;

import org.livetribe.slp.Attributes;
import org.livetribe.slp.SLP;
import org.livetribe.slp.Scopes;
import org.livetribe.slp.ServiceInfo;
import org.livetribe.slp.ServiceURL;
import org.livetribe.slp.sa.ServiceAgent;
import org.livetribe.slp.settings.MapSettings;

/**
 * A livetribe service agent on the standard SLP port (427) with no directory agent, announcing a CIM
 * server and a management module: run by {@link SlpMulticastTest} in a network namespace of its own.
 * Prints {@code ready} once it listens; stops after a minute at the latest.
 */
public final class SlpAnnouncer {
    static final String WBEM_URL = "service:wbem:https://127.0.0.1:5989";
    static final String WBEM_ATTRIBUTES = "(service-hi-name=bc1),(CommunicationMechanism=cim-xml),(InteropSchemaNamespace=interop)";
    static final String MODULE_URL = "service:management-hardware.IBM:management-module://127.0.0.1";
    static final String MODULE_ATTRIBUTES = "(enclosure-serial-number=23A1234),(enclosure-type=BladeCenter H)";

    private SlpAnnouncer() {
    }

    public static void main(String[] args) throws Exception {
        ServiceAgent agent = SLP.newServiceAgent(new MapSettings()); // all addresses: a socket bound to one address gets no multicast
        agent.register(new ServiceInfo(new ServiceURL(WBEM_URL, ServiceURL.LIFETIME_DEFAULT), "en", Scopes.DEFAULT, Attributes.from(WBEM_ATTRIBUTES)));
        agent.register(new ServiceInfo(new ServiceURL(MODULE_URL, ServiceURL.LIFETIME_DEFAULT), "en", Scopes.DEFAULT, Attributes.from(MODULE_ATTRIBUTES)));
        agent.start();
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
        agent.stop();
    }
}
