package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.encompass.core.spi.CopyProgress;
import org.junit.jupiter.api.Test;

/** Byte-level progress: work in KiB adds up to the total, and the job's text has sizes, rate and ETA. */
class CopyProgressTest {
    /** Records what a job would show. */
    static final class Recorder extends NullProgressMonitor {
        int total;
        int worked;
        final List<String> subTasks = new ArrayList<>();

        @Override
        public void beginTask(String name, int totalWork) {
            total = totalWork;
        }

        @Override
        public void worked(int work) {
            worked += work;
        }

        @Override
        public void subTask(String name) {
            subTasks.add(name);
        }
    }

    @Test
    void reportsBytesRateAndTimeLeftAndAddsUpToTheTotal() throws Exception {
        Recorder recorder = new Recorder();
        long total = 3L << 30;
        CopyProgress progress = new CopyProgress(recorder, "web-01", total);
        Thread.sleep(20);
        progress.update(1L << 30);
        String text = recorder.subTasks.get(recorder.subTasks.size() - 1);
        assertTrue(text.startsWith("web-01: 1.0 GiB of 3.0 GiB, "), text);
        assertTrue(text.matches(".*/s, about \\d+ (s|min \\d+ s) left"), text);
        progress.update(512L << 20); // going backwards (a size read early) is ignored
        progress.done();
        assertEquals(recorder.total, recorder.worked, "all work reported exactly once");
        assertEquals(total, progress.doneBytes());
        assertTrue(!recorder.subTasks.get(recorder.subTasks.size() - 1).contains("left"));
    }

    @Test
    void sizesAreReadable() {
        assertEquals("7 B", CopyProgress.size(7));
        assertEquals("1.5 KiB", CopyProgress.size(1536));
        assertEquals("512 MiB", CopyProgress.size(512L << 20));
        assertEquals("3.0 GiB", CopyProgress.size(3L << 30));
    }
}
