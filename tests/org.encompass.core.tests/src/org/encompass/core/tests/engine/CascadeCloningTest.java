package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.encompass.core.ClonePlan;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.EngineOptions;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.tests.fake.FakeStorageDriver;
import org.encompass.model.Clone;
import org.encompass.model.JournalEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cascading cloning (paper, section 5) on a real repository with the fake storage driver, which records
 * which image every copy read and how many copies read one image at once.
 */
class CascadeCloningTest {
    @TempDir
    Path dir;
    EngineFixture f;

    @AfterEach
    void tearDown() {
        FakeStorageDriver.cloneMillis = 0;
        if (f != null) {
            f.close();
        }
    }

    private void open(EngineOptions options) throws Exception {
        f = new EngineFixture(dir, options);
        FakeStorageDriver.cloneMillis = 150;
        FakeStorageDriver.resetPeak();
    }

    /** A source slower than the device (a NAS): only then does reading from finished clones pay. */
    private static EngineOptions oneReaderPerSource() {
        return EngineOptions.defaults().withMaxParallel(4).withCloneLimits(4, 1).withBandwidths(400L << 20, 100L << 20);
    }

    @Test
    void manyFullCopiesAreCopiedFromFinishedClonesAndKeepTheirMaster() throws Exception {
        open(oneReaderPerSource());
        ClonePlan plan = f.engine.planClones("web", 8, CloneMethod.SPARSE);
        assertEquals(ClonePlan.Strategy.CASCADE, plan.strategy(), plan.explain());

        List<String> clones = f.engine.cloneMaster("web", 8, CloneMethod.SPARSE, null);

        assertEquals(8, clones.size());
        String master = f.read(site -> site.getMasters().get(0).getLocation());
        List<String> read = FakeStorageDriver.sourcesRead();
        assertEquals(8, read.size());
        assertTrue(read.stream().anyMatch(source -> !source.equals(master)), "some copies read a clone: " + read);
        assertEquals(1, FakeStorageDriver.peakReadersOfOneSource(), "one reader per source at a time");
        assertTrue(FakeStorageDriver.peakConcurrentClones() > 1, "cascading lets copies run in parallel");
        // Lineage is exact: every clone names the master, and the journal says what it was read from.
        assertEquals(8, (int) f.read(site -> (int) site.getClones().stream()
                .filter(c -> c.getMaster().getName().equals("web")).count()));
        // a write-behind clone's entry ends with its flush, in the background
        long end = System.currentTimeMillis() + 20_000;
        while (f.read(site -> site.getClones().stream().anyMatch(Clone::isFlushPending))
                && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        List<String> notes = f.read(site -> JournalEntries.all(site).stream()
                .filter(e -> e.getOperation().equals("clone")).map(JournalEntry::getMessage).toList());
        assertTrue(notes.stream().anyMatch(n -> n != null && n.startsWith("copied from clone web-")), notes.toString());
        // Every clone holds the master's bytes, whichever image it was read from.
        for (String clone : clones) {
            Path hosts = Path.of(f.read(site -> site.getClones().stream().filter(c -> c.getName().equals(clone))
                    .findFirst().map(Clone::getLocation).orElseThrow()), "etc/hosts");
            assertEquals("127.0.0.1 localhost\n127.0.1.1 template-host\n", Files.readString(hosts));
        }
    }

    @Test
    void withCascadingSwitchedOffEveryCopyReadsTheMaster() throws Exception {
        open(oneReaderPerSource().withCascading(false));
        assertEquals(ClonePlan.Strategy.DIRECT, f.engine.planClones("web", 8, CloneMethod.SPARSE).strategy());
        f.engine.cloneMaster("web", 5, CloneMethod.SPARSE, null);
        String master = f.read(site -> site.getMasters().get(0).getLocation());
        assertTrue(FakeStorageDriver.sourcesRead().stream().allMatch(master::equals));
        assertEquals(1, FakeStorageDriver.peakConcurrentClones());
    }

    @Test
    void deployInCascadeClonesEverythingFirstThenAssignsAndAttaches() throws Exception {
        open(oneReaderPerSource());
        List<String> machines = f.read(site -> site.getHosts().get(0).getMachines().stream()
                .map(m -> m.getName()).toList());
        DeployResult result = f.engine.deploy(new DeployRequest("web", machines, CloneMethod.SPARSE,
                java.util.Map.of(machines.get(0), java.util.Map.of("hostname", "first")), false), null);
        assertTrue(result.succeeded(), result.toString());
        assertEquals(ClonePlan.Strategy.CASCADE, result.plan().strategy());
        assertEquals(machines.size(), result.clones().size());
        String master = f.read(site -> site.getMasters().get(0).getLocation());
        assertTrue(FakeStorageDriver.sourcesRead().stream().anyMatch(s -> !s.equals(master)));
        for (String clone : result.clones()) {
            assertTrue(f.state(clone).endsWith("/ATTACHED"), clone + " " + f.state(clone));
        }
    }
}
