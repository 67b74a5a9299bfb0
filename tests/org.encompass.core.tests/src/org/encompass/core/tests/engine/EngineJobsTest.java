package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.encompass.core.EngineJobs;
import org.encompass.core.drivers.DriverDescriptor;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.StorageDriver;
import org.encompass.core.tests.fake.Faults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engine operations as Eclipse Jobs: cancellation, error status; drivers found by extension point. */
class EngineJobsTest {
    @TempDir
    Path dir;
    EngineFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new EngineFixture(dir);
    }

    @AfterEach
    void tearDown() {
        Faults.clear();
        f.close();
    }

    @Test
    void cancellingACloneJobLeavesNoCloneAndNoFile() throws Exception {
        Faults.next("clone", Faults.Kind.HANG);
        Job job = EngineJobs.create("Clone web", m -> f.engine.cloneMaster("web", null, m));
        job.schedule();
        long end = System.currentTimeMillis() + 10_000;
        while (!Faults.HANGING.contains("clone") && System.currentTimeMillis() < end) {
            Thread.sleep(10);
        }
        job.cancel();
        job.join();
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        assertEquals(0, (int) f.read(s -> s.getClones().size()));
        assertFalse(Files.exists(dir.resolve("nas/web-01")));
        assertEquals("clone FAILED: cancelled by the operator", f.lastOutcome());
    }

    @Test
    void aRefusedOperationBecomesAnErrorStatusWithTheEnginesMessage() throws Exception {
        Job job = EngineJobs.create("Activate", m -> f.engine.activate("no-such-clone", m));
        job.schedule();
        job.join();
        assertEquals(IStatus.ERROR, job.getResult().getSeverity());
        assertTrue(job.getResult().getMessage().startsWith("unknown clone 'no-such-clone'"), job.getResult().getMessage());
        assertTrue(f.lastOutcome().startsWith("activate FAILED: unknown clone"), f.lastOutcome());
    }

    @Test
    void driversAreListedFromTheirExtensionPointsWithoutCreatingThem() throws Exception {
        DriverDescriptor<StorageDriver> fake = Drivers.storage().descriptor("fake").orElseThrow();
        assertEquals("org.encompass.core.tests.fakeStorage", fake.id());
        assertEquals(java.util.List.of("FULL", "SPARSE"), fake.listAttribute("cloneMethods"));
        assertEquals("org.encompass.core.tests", fake.contributor());
        assertTrue(Drivers.hypervisors().descriptor("fake").isPresent());
    }
}
