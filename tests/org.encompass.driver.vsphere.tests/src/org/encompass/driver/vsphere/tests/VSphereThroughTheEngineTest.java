package org.encompass.driver.vsphere.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.DiscoveryReport;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.model.VirtualMachine;
import org.encompass.persistence.EncompassRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vSphere driver as the engine uses it: found through the extension point, logging in with
 * credentials from secure storage, its machines merged into a real repository by discovery, and the
 * host marked unreachable when the simulator dies. The password never reaches the repository.
 */
class VSphereThroughTheEngineTest {
    @TempDir
    Path dir;

    @Test
    void addDiscoverAndLoseAHostWithStoredCredentials() throws Exception {
        String password = "engine-" + System.nanoTime();
        Vcsim vcsim = Vcsim.start(password, null);
        try (EncompassRepository repository = EncompassRepository.open(dir.resolve("repo"))) {
            CDOSession session = repository.openSession();
            CredentialStore store = new CredentialStore(dir.resolve("secure"));
            try (Engine engine = new Engine(session, EngineOptions.defaults())) {
                engine.init("vsphere").useCredentials(store);
                EncompassException refused = assertThrows(EncompassException.class,
                        () -> engine.addHost("vc", "vsphere", vcsim.uri(), null));
                assertTrue(refused.getMessage().contains("no user name and password"), refused.getMessage());

                store.set(vcsim.uri(), Vcsim.USER, password.toCharArray());
                int machines = engine.addHost("vc", "vsphere", vcsim.uri(), null);
                assertTrue(machines >= 4, "vcsim's VPX inventory has 4 VMs, found " + machines);
                List<String> names = engine.read(site -> site.getHosts().get(0).getMachines().stream()
                        .map(VirtualMachine::getName).toList());
                assertTrue(names.contains("DC0_H0_VM0"), names.toString());
                assertNotNull(engine.read(site -> site.getHosts().get(0).getMachines().get(0).getUuid()));

                DiscoveryReport again = engine.discover(null);
                assertTrue(again.hosts().get(0).reachable(), again.toString());
                assertEquals(0, again.hosts().get(0).added(), "nothing new the second time");
                assertEquals(0, again.hosts().get(0).updated(), "nothing changed either");

                vcsim.kill();
                DiscoveryReport lost = engine.discover(null);
                assertFalse(lost.hosts().get(0).reachable(), lost.toString());
                assertNotNull(lost.hosts().get(0).error());
                assertTrue(engine.read(site -> site.getHosts().get(0).getMachines().stream()
                        .noneMatch(VirtualMachine::isReachable)), "machines of a lost host are unreachable, not deleted");
                assertEquals(names.size(), (int) engine.read(site -> site.getHosts().get(0).getMachines().size()));
            } finally {
                session.close();
            }
        } finally {
            vcsim.kill();
        }
        assertFalse(containsBytes(dir.resolve("repo"), password), "the password must not be in the repository");
    }

    private static boolean containsBytes(Path root, String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                if (content.contains(new String(needle, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
