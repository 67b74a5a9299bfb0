package org.encompass.driver.storage.file.tests;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;

/** A progress monitor that remembers the work it was told about and can cancel itself after a while. */
class RecordingMonitor extends NullProgressMonitor {
    private final int cancelAtCheck;
    private final AtomicInteger checks = new AtomicInteger();
    volatile int totalWork = -1;
    volatile double worked;

    /** Never cancels. */
    RecordingMonitor() {
        this(Integer.MAX_VALUE);
    }

    /** Reports cancelled from the {@code cancelAtCheck}-th call of {@link #isCanceled()} on (1 = at once). */
    RecordingMonitor(int cancelAtCheck) {
        this.cancelAtCheck = cancelAtCheck;
    }

    @Override
    public void beginTask(String name, int total) {
        if (totalWork < 0) {
            totalWork = total;
        }
    }

    @Override
    public void internalWorked(double work) {
        worked += work;
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public boolean isCanceled() {
        return super.isCanceled() || checks.incrementAndGet() >= cancelAtCheck;
    }
}
