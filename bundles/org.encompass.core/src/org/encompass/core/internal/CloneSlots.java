package org.encompass.core.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Limits how many copies run at once per storage device (writes) and per source image (reads, the
 * bottleneck the paper names). A copy takes its source slot first, then its device slot, always in
 * that order, so two copies can never wait for each other's slots. Write-behind copies have device slots of
 * their own, {@code writeBehind} per device: they write into the page cache, and the kernel writes that back
 * and throttles them to the device's speed.
 */
public final class CloneSlots {
    private final int perDevice;
    private final int perSource;
    private final int writeBehind;
    private final Map<String, Semaphore> devices = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> sources = new ConcurrentHashMap<>();
    private final Map<String, Semaphore> writeBehindDevices = new ConcurrentHashMap<>();

    public CloneSlots(int perDevice, int perSource, int writeBehind) {
        this.perDevice = perDevice;
        this.perSource = perSource;
        this.writeBehind = writeBehind;
    }

    /** Both slots of one copy; release them by closing. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** Waits (cancellably) for a slot on {@code source} and on {@code device}. */
    public Held acquire(String device, String source, IProgressMonitor monitor) {
        return acquire(device, source, false, monitor);
    }

    /** Waits (cancellably) for a slot on {@code source} and on {@code device} (a write-behind one when {@code writtenBehind}). */
    public Held acquire(String device, String source, boolean writtenBehind, IProgressMonitor monitor) {
        Semaphore sourceSlots = sources.computeIfAbsent(source, s -> new Semaphore(perSource, true));
        Semaphore deviceSlots = writtenBehind ? writeBehindDevices.computeIfAbsent(device, d -> new Semaphore(writeBehind, true))
                : devices.computeIfAbsent(device, d -> new Semaphore(perDevice, true));
        take(sourceSlots, "a read slot on " + source, monitor);
        try {
            take(deviceSlots, "a write slot on storage device " + device, monitor);
        } catch (RuntimeException e) {
            sourceSlots.release();
            throw e;
        }
        return () -> {
            deviceSlots.release();
            sourceSlots.release();
        };
    }

    /** Slots held for a copy from {@code source}, the one of several candidates that had a free read slot. */
    public interface HeldSource<T> extends Held {
        T source();
    }

    /**
     * Cascading: waits (cancellably) until one of the candidates has a free read slot, takes it, then
     * waits for a write slot on {@code device}. Candidates are asked again each time, so sources that
     * appear while waiting (finished clones) are used at once.
     */
    public <T> HeldSource<T> acquireAny(String device, java.util.function.Supplier<List<T>> candidates,
            java.util.function.Function<T, String> location, IProgressMonitor monitor) {
        return acquireAny(device, candidates, location, false, monitor);
    }

    /** {@link #acquireAny}, taking a write-behind device slot when {@code writtenBehind}. */
    public <T> HeldSource<T> acquireAny(String device, java.util.function.Supplier<List<T>> candidates,
            java.util.function.Function<T, String> location, boolean writtenBehind, IProgressMonitor monitor) {
        Map<String, Semaphore> devices = writtenBehind ? writeBehindDevices : this.devices;
        int perDevice = writtenBehind ? writeBehind : this.perDevice;
        boolean told = false;
        while (true) {
            for (T candidate : candidates.get()) {
                Semaphore sourceSlots = sources.computeIfAbsent(location.apply(candidate), s -> new Semaphore(perSource, true));
                if (sourceSlots.tryAcquire()) {
                    Semaphore deviceSlots = devices.computeIfAbsent(device, d -> new Semaphore(perDevice, true));
                    try {
                        take(deviceSlots, "a write slot on storage device " + device, monitor);
                    } catch (RuntimeException e) {
                        sourceSlots.release();
                        throw e;
                    }
                    return new HeldSource<>() {
                        @Override
                        public T source() {
                            return candidate;
                        }

                        @Override
                        public void close() {
                            deviceSlots.release();
                            sourceSlots.release();
                        }
                    };
                }
            }
            if (!told && monitor != null) {
                monitor.subTask("waiting for a read slot on any source");
                told = true;
            }
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OperationCanceledException();
            }
        }
    }

    private static void take(Semaphore slots, String what, IProgressMonitor monitor) {
        if (slots.tryAcquire()) {
            return;
        }
        if (monitor != null) {
            monitor.subTask("waiting for " + what);
        }
        try {
            while (!slots.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                if (monitor != null && monitor.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }
}
