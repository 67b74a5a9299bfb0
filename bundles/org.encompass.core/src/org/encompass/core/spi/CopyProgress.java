package org.encompass.core.spi;

import java.util.Locale;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Byte-level progress of one copy, shown in the job as "1.2 GiB of 3.0 GiB, 410 MiB/s, about 4 s left".
 * Drivers call {@link #update(long)} with the bytes done so far (from any measure that grows with the
 * copy, such as the target's size); work is counted in KiB because monitor ticks are ints.
 */
public final class CopyProgress {
    private final SubMonitor monitor;
    private final String what;
    private final long totalBytes;
    private final LongSupplier clock;
    private final long startNanos;
    private long doneBytes;
    private long reportedKiB;

    public CopyProgress(IProgressMonitor monitor, String what, long totalBytes) {
        this(monitor, what, totalBytes, System::nanoTime);
    }

    CopyProgress(IProgressMonitor monitor, String what, long totalBytes, LongSupplier clock) {
        this.what = what;
        this.totalBytes = Math.max(0, totalBytes);
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.monitor = SubMonitor.convert(monitor, what, (int) Math.min(Integer.MAX_VALUE, kib(this.totalBytes)));
    }

    private static long kib(long bytes) {
        return (bytes + 1023) >> 10;
    }

    /** Records that {@code bytes} of the total are done; ignores values that go backwards. */
    public void update(long bytes) {
        long now = Math.min(bytes, totalBytes);
        if (now <= doneBytes) {
            return;
        }
        doneBytes = now;
        long nowKiB = kib(now);
        monitor.worked((int) (nowKiB - reportedKiB));
        reportedKiB = nowKiB;
        monitor.subTask(describe());
    }

    /** Marks the copy complete. */
    public void done() {
        update(totalBytes);
        monitor.done();
    }

    public long doneBytes() {
        return doneBytes;
    }

    /** The text shown in the job, e.g. "clone-01: 1.2 GiB of 3.0 GiB, 410 MiB/s, about 4 s left". */
    public String describe() {
        double seconds = (clock.getAsLong() - startNanos) / 1e9;
        StringBuilder text = new StringBuilder(what).append(": ").append(size(doneBytes)).append(" of ")
                .append(size(totalBytes));
        if (seconds > 0 && doneBytes > 0) {
            double rate = doneBytes / seconds;
            text.append(", ").append(size((long) rate)).append("/s");
            if (doneBytes < totalBytes) {
                text.append(", about ").append(duration((totalBytes - doneBytes) / rate)).append(" left");
            }
        }
        return text.toString();
    }

    /** 3.0 GiB, 512 MiB, 12 KiB, 7 B. */
    public static String size(long bytes) {
        String[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }

    static String duration(double seconds) {
        long s = Math.round(Math.ceil(seconds));
        return s < 120 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }
}
