package org.encompass.driver.blade.cim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.encompass.cli.Cli;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.EndpointCandidate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livetribe.slp.Attributes;
import org.livetribe.slp.Scopes;
import org.livetribe.slp.ServiceInfo;
import org.livetribe.slp.ServiceURL;
import org.livetribe.slp.da.StandardDirectoryAgentServer;
import org.livetribe.slp.sa.ServiceAgent;
import org.livetribe.slp.settings.Keys;
import org.livetribe.slp.settings.MapSettings;

/**
 * SLP discovery of management endpoints by unicast to a directory agent on 127.0.0.1 (livetribe's, as
 * are the service agents, which register from 127.0.0.2): a CIM server offered as a {@code cim} chassis,
 * a management module, and an announcement with hostile and huge attributes (bounded, escaped).
 * Multicast is tested in {@link SlpMulticastTest} (in a network namespace).
 */
class SlpDiscoveryTest {
    @TempDir
    Path dir;

    private int port;
    private StandardDirectoryAgentServer da;
    private ServiceAgent agent;

    @BeforeEach
    void start() throws Exception {
        port = 14000 + (int) (ProcessHandle.current().pid() % 1000);
        MapSettings daSettings = new MapSettings();
        daSettings.put(Keys.PORT_KEY, port);
        daSettings.put(Keys.TCP_MESSAGE_MAX_LENGTH_KEY, 256 * 1024); // a huge announcement reaches the agent: the client must bound it
        daSettings.put(Keys.ADDRESSES_KEY, new String[] { "127.0.0.1" });
        da = StandardDirectoryAgentServer.newInstance(daSettings);
        da.start();
        MapSettings saSettings = new MapSettings();
        saSettings.put(Keys.PORT_KEY, port);
        saSettings.put(Keys.TCP_MESSAGE_MAX_LENGTH_KEY, 256 * 1024); // a huge announcement reaches the agent: the client must bound it
        saSettings.put(Keys.DA_ADDRESSES_KEY, new String[] { "127.0.0.1" });
        saSettings.put(Keys.ADDRESSES_KEY, new String[] { "127.0.0.2" });
        saSettings.put(Keys.SA_UNICAST_PREFER_TCP, true);
        agent = org.livetribe.slp.SLP.newServiceAgent(saSettings);
        agent.register(new ServiceInfo(new ServiceURL("service:wbem:https://127.0.0.1:5989", ServiceURL.LIFETIME_DEFAULT), "en", Scopes.DEFAULT,
                Attributes.from("(service-hi-name=bc1),(CommunicationMechanism=cim-xml),(InteropSchemaNamespace=interop)")));
        agent.register(new ServiceInfo(new ServiceURL("service:management-hardware.IBM:management-module://127.0.0.1", ServiceURL.LIFETIME_DEFAULT),
                "en", Scopes.DEFAULT, Attributes.from("(enclosure-serial-number=23A1234),(enclosure-type=BladeCenter H)")));
        agent.register(new ServiceInfo(new ServiceURL("service:wbem:http://127.0.0.8:5988", ServiceURL.LIFETIME_DEFAULT), "en", Scopes.DEFAULT,
                Attributes.from("(evil=\u001b[31mred\u202e" + "x".repeat(2000) + ")")));
        StringBuilder huge = new StringBuilder("(first=1)");
        for (int i = 0; i < 200; i++) {
            huge.append(",(a").append(i).append('=').append("y".repeat(100)).append(')');
        }
        agent.register(new ServiceInfo(new ServiceURL("service:wbem:http://127.0.0.9:5988", ServiceURL.LIFETIME_DEFAULT), "en", Scopes.DEFAULT,
                Attributes.from(huge.toString())));
        agent.start();
    }

    @AfterEach
    void stop() {
        agent.stop();
        da.stop();
    }

    @Test
    void findsCimServersAndManagementModulesAtADirectoryAgent() throws Exception {
        List<EndpointCandidate> found = Drivers.discovery().driver("slp").discoverEndpoints(null, "127.0.0.1:" + port, null);
        assertEquals(4, found.size(), found.toString());
        EndpointCandidate cim = found.stream().filter(c -> c.url().equals("https://127.0.0.1:5989")).findFirst().orElseThrow();
        assertEquals("service:wbem", cim.serviceType());
        assertEquals("cim", cim.kind());
        assertEquals("bc1", cim.attributes().get("service-hi-name"));
        EndpointCandidate module = found.stream().filter(c -> c.serviceType().contains("management-module")).findFirst().orElseThrow();
        assertNull(module.kind(), "a management module is offered, its protocol is not guessed");
        assertEquals("BladeCenter H", module.attributes().get("enclosure-type"));
        EndpointCandidate many = found.stream().filter(c -> c.url().equals("http://127.0.0.9:5988")).findFirst().orElseThrow();
        assertEquals(32, many.attributes().size(), "at most 32 attributes");
        EndpointCandidate hostile = found.stream().filter(c -> c.url().equals("http://127.0.0.8:5988")).findFirst().orElseThrow();
        String evil = hostile.attributes().get("evil");
        assertEquals(259, evil.length(), "cut at 256 characters: " + evil);

        assertTrue(Drivers.discovery().driver("slp").discoverEndpoints("elsewhere", "127.0.0.1:" + port, null).isEmpty(), "another scope");
        DriverException bad = assertThrows(DriverException.class,
                () -> Drivers.discovery().driver("slp").discoverEndpoints(null, "127.0.0.1:99999", null));
        assertEquals("'127.0.0.1:99999' is not a directory agent's HOST[:PORT]", bad.getMessage());
    }

    @Test
    void theCommandLineListsCandidatesPrintably() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Cli(Map.of("ENCOMPASS_DEFAULTS", "none")).run(new String[] { "--data", dir.resolve("data").toString(), "discover", "--slp",
                    "--da", "127.0.0.1:" + port }, o, e);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, printed + err);
        assertTrue(printed.contains("https://127.0.0.1:5989") && printed.contains("cim"), printed);
        assertTrue(printed.contains("4 management endpoint(s) answered over SLP"), printed);
        assertFalse(printed.chars().anyMatch(c -> c == 0x1b || c == 0x202e), "no raw control or direction characters: " + printed);
    }
}
