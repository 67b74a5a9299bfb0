package org.encompass.core;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Discovery on a schedule: a system Job that runs {@link Engine#discover} and schedules itself again
 * after the interval, until cancelled. A host that cannot be reached does not stop the schedule; it
 * is marked unreachable and asked again next time.
 */
public final class DiscoverySchedule extends Job {
    /** Seconds between runs when the caller gives no interval; default {@value #DEFAULT_SECONDS}. */
    public static final String INTERVAL_PROPERTY = "encompass.discovery.interval";
    static final long DEFAULT_SECONDS = 300;
    /** Family of discovery jobs, for joining or cancelling them. */
    public static final Object FAMILY = new Object();

    private final Engine engine;
    private final Duration interval;
    private volatile DiscoveryReport last;
    private volatile int runs;

    DiscoverySchedule(Engine engine, Duration interval) {
        super("Discovering hosts and storage");
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the discovery interval must be positive: " + interval);
        }
        this.engine = engine;
        this.interval = interval;
        setSystem(true);
    }

    /** The interval from {@value #INTERVAL_PROPERTY}, else five minutes. */
    public static Duration configuredInterval() {
        String value = System.getProperty(INTERVAL_PROPERTY);
        try {
            long seconds = value == null || value.isBlank() ? DEFAULT_SECONDS : Long.parseLong(value.trim());
            return Duration.ofSeconds(seconds > 0 ? seconds : DEFAULT_SECONDS);
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(DEFAULT_SECONDS);
        }
    }

    public Duration interval() {
        return interval;
    }

    /** The report of the latest finished run, or {@code null} before the first. */
    public DiscoveryReport lastReport() {
        return last;
    }

    public int runs() {
        return runs;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            last = engine.discover(monitor);
            runs++;
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (EncompassException e) {
            return Status.warning("discovery failed: " + e.getMessage(), e);
        } finally {
            if (!monitor.isCanceled()) {
                schedule(interval.toMillis());
            }
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
