package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.encompass.core.DeployRequest;
import org.encompass.core.DiscoveryReport;
import org.encompass.core.DiscoverySchedule;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.core.internal.ModelAccess;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.spi.PowerState;
import org.encompass.core.tests.fake.FakeHypervisorDriver;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery through the engine on a real repository with the fake drivers: a machine stopped
 * outside Encompass, an unreachable host, the schedule as a Job, and credentials from secure storage
 * that reach the driver but never the repository or the journal.
 */
class EngineDiscoveryTest {
    private static final String PASSWORD = "very-Secret-pw-9931";

    @TempDir
    Path dir;
    private EngineFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new EngineFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aMachineStoppedOutsideEncompassShowsAsStoppedAndItsCloneAsAttached() {
        f.engine.deploy(new DeployRequest("web", List.of("vm-01"), null, Map.of(), true), null);
        String clone = f.read(site -> site.getClones().get(0).getName());
        assertEquals("OPERATIONAL/ACTIVE", f.state(clone));

        FakeHypervisorDriver.vm(f.hostUri, "vm-01").power = PowerState.OFF; // an operator's own tools
        DiscoveryReport report = f.engine.discover(null);

        DiscoveryReport.HostResult lab = report.hosts().get(0);
        assertTrue(lab.reachable(), lab::toString);
        assertEquals(4, lab.reported());
        assertEquals(0, lab.added());
        assertEquals("OPERATIONAL/ATTACHED", f.state(clone));
        assertEquals("OFF", f.read(site -> site.getHosts().get(0).getMachines().get(0).getPower().getName()));
        List<String> operations = f.read(site -> JournalEntries.all(site).stream().map(JournalEntry::getOperation).toList());
        assertTrue(operations.containsAll(List.of("observe", "discover")), operations::toString);
        assertTrue(report.storage().get(0).reachable());
        assertEquals(0, report.openConflicts());

        f.engine.activate(clone, null); // the lifecycle goes on from the observed state
        assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
    }

    @Test
    void anUnreachableHostIsMarkedUnreachableWithItsMachinesAndTheRunGoesOn() {
        ModelAccess.of(f.engine).write(site -> {
            site.getHosts().get(0).setUri("fake://unreachable");
            return null;
        });
        DiscoveryReport report = f.engine.discover(null);
        DiscoveryReport.HostResult lab = report.hosts().get(0);
        assertFalse(lab.reachable());
        assertTrue(lab.error().contains("host unreachable"), lab.error());
        assertEquals(4L, f.read(site -> site.getHosts().get(0).getMachines().stream().filter(m -> !m.isReachable()).count()));
        assertFalse(f.read(site -> site.getHosts().get(0).isReachable()));
        assertEquals(Outcome.FAILED, f.read(site -> JournalEntries.all(site).get(JournalEntries.all(site).size() - 1).getOutcome()));
        assertEquals(1, report.storage().size(), "storage was still checked");
    }

    @Test
    void scheduledDiscoveryRunsAsAJobUntilTheEngineCloses() throws Exception {
        DiscoverySchedule schedule = f.engine.scheduleDiscovery(Duration.ofMillis(50));
        for (int i = 0; i < 600 && schedule.runs() < 2; i++) {
            Thread.sleep(50); // waiting for two runs, bounded; no assertion on time
        }
        assertTrue(schedule.runs() >= 2, "runs: " + schedule.runs());
        assertTrue(schedule.isSystem());
        assertEquals(4, schedule.lastReport().hosts().get(0).reported());
        f.close();
        assertEquals(org.eclipse.core.runtime.jobs.Job.NONE, schedule.getState(), "cancelled with the engine");
        f.open();
        long discovers = f.read(site -> JournalEntries.all(site).stream().filter(e -> e.getOperation().equals("discover")).count());
        assertTrue(discovers >= 2, "journaled runs: " + discovers);
    }

    @Test
    void credentialsReachTheDriverButNeverTheRepositoryOrTheJournal() throws Exception {
        CredentialStore store = new CredentialStore(dir.resolve("secure"));
        store.set(f.hostUri, "operator", PASSWORD.toCharArray());
        List<String> asked = new ArrayList<>();
        f.restart(); // no connection open yet: the next one asks for credentials
        f.engine.useCredentials(uri -> {
            asked.add(uri);
            return store.lookup(uri);
        });
        f.engine.discover(null);
        f.engine.refreshHost("lab", null);
        assertTrue(asked.contains(f.hostUri), asked::toString);

        String journal = f.read(site -> JournalEntries.all(site).stream()
                .map(e -> e.getArguments() + " " + e.getMessage() + " " + e.getStateAfter()).reduce("", String::concat));
        assertFalse(journal.contains(PASSWORD));
        f.close();
        try (Stream<Path> files = Files.walk(dir.resolve("repo"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(PASSWORD), file + " holds the password");
                assertFalse(bytes.contains(new String(PASSWORD.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1)),
                        file + " holds the password (UTF-16)");
            }
        }
        f.open();
    }
}
