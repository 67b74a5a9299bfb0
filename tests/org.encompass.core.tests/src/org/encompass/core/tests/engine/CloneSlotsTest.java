package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.encompass.core.EngineOptions;
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
        f = new EngineFixture(dir, EngineOptions.defaults().withMaxParallel(6).withCloneLimits(perDevice, perSource)
                .withCascading(false));
        FakeStorageDriver.cloneMillis = 300;
        FakeStorageDriver.resetPeak();
        List<String> clones = f.engine.cloneMaster("web", 6, null, null);
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
}
