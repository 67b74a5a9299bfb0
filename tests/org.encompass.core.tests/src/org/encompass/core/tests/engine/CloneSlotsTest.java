package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.encompass.core.EngineOptions;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.tests.fake.FakeStorageDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parallel clones respect the per-source and per-device limits, and do run in parallel up to them. */
class CloneSlotsTest {
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

    private int peakFor(int perDevice, int perSource) throws Exception {
        return peakFor(EngineOptions.defaults().withCloneLimits(perDevice, perSource).withMaxParallel(6), CloneMethod.FULL);
    }

    /** The peak of 6 clones at once by {@code method} (the fake writes SPARSE behind, FULL not). */
    private int peakFor(EngineOptions options, CloneMethod method) throws Exception {
        f = new EngineFixture(dir, options.withCascading(false));
        FakeStorageDriver.cloneMillis = 300;
        FakeStorageDriver.resetPeak();
        List<String> clones = f.engine.cloneMaster("web", 6, method, null);
        assertEquals(6, clones.size());
        assertEquals(6, (int) f.read(s -> s.getClones().size()));
        return FakeStorageDriver.peakConcurrentClones();
    }

    @Test
    void readsOfOneMasterAreLimited() throws Exception {
        assertEquals(2, peakFor(4, 2));
    }

    @Test
    void writesToOneDeviceAreLimited() throws Exception {
        assertEquals(1, peakFor(1, 4));
    }

    @Test
    void writeBehindCopiesRunUnderTheirOwnLimit() throws Exception {
        // one copy per device and one job, but write-behind copies may write 3 at once, with as many jobs
        EngineOptions options = EngineOptions.defaults().withCloneLimits(1, 6).withWriteBehindCopies(3);
        assertEquals(3, peakFor(options.withMaxParallel(1), CloneMethod.SPARSE));
        assertTrue(f.engine.planClones("web", 6, CloneMethod.SPARSE).explain().contains("at most 3 write-behind copies at once"),
                f.engine.planClones("web", 6, CloneMethod.SPARSE).explain());
    }
}
