package org.encompass.core.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobGroup;
import org.encompass.core.EncompassException;

/**
 * Up to {@code count} tasks run as Jobs of one group, at most {@code maxParallel} at once. Tasks may be
 * started before {@link #join} is called, from any thread (a clone's copy starts while its journal entry is
 * still being committed), and join waits for all that were started.
 */
final class ParallelJobs {
    @FunctionalInterface
    interface Task {
        void run(int index, IProgressMonitor monitor);
    }

    private final String name;
    private final int count;
    private final JobGroup group;
    private int started;

    ParallelJobs(String name, int count, int maxParallel) {
        this.name = name;
        this.count = count;
        this.group = new JobGroup(name, Math.max(1, Math.min(maxParallel, count)), count);
    }

    /** Runs every task, then waits for all of them. */
    static void runAll(String name, int count, int maxParallel, Task task, IProgressMonitor monitor) {
        ParallelJobs jobs = new ParallelJobs(name, count, maxParallel);
        for (int i = 0; i < count; i++) {
            jobs.start(i, task);
        }
        jobs.join(monitor);
    }

    /** Schedules task {@code index} (0 to count - 1) as a job of the group. */
    synchronized void start(int index, Task task) {
        String acting = OperationRunner.acting(); // a server's request: the job's journal entries name its user too
        Job job = Job.create(name + " (" + (index + 1) + "/" + count + ")", m -> {
            return OperationRunner.actingFor(acting, () -> {
                task.run(index, m);
                return Status.OK_STATUS;
            });
        });
        job.setJobGroup(group);
        job.schedule();
        started++;
    }

    synchronized boolean anyStarted() {
        return started > 0;
    }

    /**
     * Waits for every started task; cancelling {@code monitor} cancels those not finished. Throws
     * OperationCanceledException when they were cancelled, EncompassException when one threw.
     */
    void join(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, name, count);
        try {
            while (!group.join(200, null)) {
                if (sub.isCanceled()) {
                    group.cancel();
                }
            }
        } catch (InterruptedException e) {
            group.cancel();
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        sub.done();
        IStatus result = group.getResult();
        if (result != null && result.getSeverity() == IStatus.CANCEL) {
            throw new OperationCanceledException();
        }
        if (result != null && result.getSeverity() == IStatus.ERROR && result.getException() != null) {
            throw new EncompassException(name + " failed: " + result.getMessage(), result.getException());
        }
    }
}
