package org.encompass.tests.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress monitor that remembers the work and the progress texts it was told about, and can cancel
 * itself after a while.
 */
public class RecordingMonitor extends NullProgressMonitor {
    private final int cancelAtCheck;
    private final AtomicInteger checks = new AtomicInteger();
    private final List<String> subTasks = new CopyOnWriteArrayList<>();
    private volatile int totalWork = -1;
    private volatile double worked;

    /** Never cancels. */
    public RecordingMonitor() {
        this(Integer.MAX_VALUE);
    }

    /** Reports cancelled from the {@code cancelAtCheck}-th call of {@link #isCanceled()} on (1 = at once). */
    public RecordingMonitor(int cancelAtCheck) {
        this.cancelAtCheck = cancelAtCheck;
    }

    /** The total of the first beginTask, -1 before it. */
    public int totalWork() {
        return totalWork;
    }

    public double worked() {
        return worked;
    }

    /** The subtask texts in the order shown. */
    public List<String> subTasks() {
        return subTasks;
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
    public void subTask(String name) {
        subTasks.add(name);
    }

    @Override
    public boolean isCanceled() {
        return super.isCanceled() || checks.incrementAndGet() >= cancelAtCheck;
    }
}
