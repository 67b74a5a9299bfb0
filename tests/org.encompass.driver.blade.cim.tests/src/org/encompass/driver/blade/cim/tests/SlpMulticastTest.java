package org.encompass.driver.blade.cim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.spi.DriverException;
import org.encompass.driver.blade.cim.internal.SlpEndpointDiscovery;
import org.encompass.tests.support.ChildClasspath;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.livetribe.slp.sa.ServiceAgent;

/**
 * SLP discovery by multicast, with no directory agent: in a network namespace this test creates
 * ({@code unshare -n}: loopback up, multicast on, 224.0.0.0/4 routed to it), a livetribe service agent
 * ({@link SlpAnnouncer}) announces a CIM server and a management module on port 427, and the driver's
 * discovery ({@link SlpMulticastDiscovery}, another JVM) must find both with their attributes.
 */
class SlpMulticastTest {
    /** Runs in the new namespace: $1 java, $2 class path, $3 a scratch directory, $4 the scope (none: the default). */
    private static final String SCRIPT = """
            set -e
            ip link set lo up
            ip link set lo multicast on
            ip route add 224.0.0.0/4 dev lo
            rm -f "$3/announcer.out"
            "$1" -cp "$2" org.encompass.driver.blade.cim.tests.SlpAnnouncer > "$3/announcer.out" 2>&1 &
            agent=$!
            trap 'kill $agent 2>/dev/null || true' EXIT
            i=0
            until grep -qs '^ready' "$3/announcer.out"; do
              i=$((i + 1))
              if [ $i -gt 300 ] || ! kill -0 $agent 2>/dev/null; then echo "the service agent did not start:"; cat "$3/announcer.out"; exit 3; fi
              sleep 0.1
            done
            timeout 40 "$1" -cp "$2" org.encompass.driver.blade.cim.tests.SlpMulticastDiscovery $4
            """;

    @TempDir
    Path dir;

    @Test
    void findsAnnouncedEndpointsByMulticastInANetworkNamespace() throws Exception {
        String output = discoverInNamespace("");
        List<String> found = candidates(output);
        assertEquals(2, found.size(), output);
        String wbem = found.get(0);
        assertTrue(wbem.startsWith("candidate\tservice:wbem\thttps://127.0.0.1:5989\tcim\t{"), wbem);
        for (String attribute : List.of("service-hi-name=bc1", "CommunicationMechanism=cim-xml", "InteropSchemaNamespace=interop")) {
            assertTrue(wbem.contains(attribute), wbem);
        }
        String module = found.get(1);
        assertTrue(module.startsWith("candidate\tservice:management-hardware.IBM:management-module\t//127.0.0.1\tnull\t{"), module);
        for (String attribute : List.of("enclosure-serial-number=23A1234", "enclosure-type=BladeCenter H")) {
            assertTrue(module.contains(attribute), module);
        }

        String elsewhere = discoverInNamespace("elsewhere");
        assertEquals(List.of(), candidates(elsewhere), "the agent answers in its own scope only: " + elsewhere);
    }

    private static List<String> candidates(String output) {
        return output.lines().filter(l -> l.startsWith("candidate\t")).toList();
    }

    /** All the namespace's script printed (the discovery's candidates, or why the agent did not start). */
    private String discoverInNamespace(String scope) throws IOException, InterruptedException {
        assumeTrue(Shell.status("unshare", "-n", "true") == 0,
                "unshare -n is not permitted here (needs root or user namespaces), so SLP multicast cannot be tested in a namespace");
        Path script = Files.writeString(dir.resolve("multicast.sh"), SCRIPT);
        String classpath = ChildClasspath.of(SlpAnnouncer.class, SlpEndpointDiscovery.class, DriverException.class, IProgressMonitor.class,
                ServiceAgent.class);
        Process process = new ProcessBuilder("unshare", "-n", "sh", script.toString(), ChildClasspath.java(), classpath, dir.toString(), scope)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the namespace's script did not end: " + output);
        }
        assertEquals(0, process.exitValue(), output);
        return output;
    }
}
