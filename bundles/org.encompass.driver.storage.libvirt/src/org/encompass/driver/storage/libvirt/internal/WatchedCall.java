package org.encompass.driver.storage.libvirt.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.CopyProgress;
import org.encompass.core.spi.DriverException;
import org.encompass.driver.libvirt.LibvirtErrors;
import org.libvirt.LibvirtException;

/**
 * Runs one blocking libvirt call (a volume copy) on its own thread while the calling thread reports
 * progress from a probe (the new volume's allocation) and watches for cancellation. libvirt cannot
 * interrupt a call once made, so a cancelled call is waited for and what it made is then undone:
 * cancelling takes effect when the copy ends, and leaves nothing behind.
 */
final class WatchedCall<T> {
    private static final long POLL_MILLIS = 200;

    @FunctionalInterface
    interface LibvirtCall<T> {
        T call() throws LibvirtException, DriverException;
    }

    @FunctionalInterface
    interface Undo<T> {
        void undo(T made) throws DriverException;
    }

    private final String what;
    private final LibvirtCall<T> call;
    private LongSupplier probe = () -> 0;
    private Undo<T> undo = made -> {
    };

    WatchedCall(String what, LibvirtCall<T> call) {
        this.what = what;
        this.call = call;
    }

    /** Bytes done so far; called on the watching thread, must not throw. */
    WatchedCall<T> progressFrom(LongSupplier bytesDone) {
        this.probe = bytesDone;
        return this;
    }

    /** Removes what the call made, when it was cancelled meanwhile. */
    WatchedCall<T> undoneBy(Undo<T> remove) {
        this.undo = remove;
        return this;
    }

    T run(CopyProgress progress, IProgressMonitor monitor) throws DriverException {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "libvirt " + what);
        worker.setDaemon(true);
        worker.start();
        boolean cancelled = false;
        T made;
        while (true) {
            try {
                made = result.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                break;
            } catch (TimeoutException e) {
                progress.update(probe.getAsLong());
                cancelled = cancelled || (monitor != null && monitor.isCanceled());
            } catch (InterruptedException e) {
                // we still wait for libvirt, so the volume it makes can be removed
                cancelled = true;
                made = awaitUninterruptibly(result);
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            }
        }
        cancelled = cancelled || (monitor != null && monitor.isCanceled());
        if (cancelled) {
            undo.undo(made);
            throw new OperationCanceledException();
        }
        progress.done();
        return made;
    }

    private T awaitUninterruptibly(CompletableFuture<T> result) throws DriverException {
        while (true) {
            try {
                return result.get();
            } catch (InterruptedException e) {
                // keep waiting (the exception cleared the flag); the caller restores the interrupt
            } catch (ExecutionException e) {
                throw failure(e.getCause());
            }
        }
    }

    private DriverException failure(Throwable cause) {
        if (cause instanceof DriverException driver) {
            return driver;
        }
        if (cause instanceof LibvirtException libvirt) {
            return new DriverException("Cannot " + what + ": " + LibvirtErrors.message(libvirt), libvirt);
        }
        return new DriverException("Cannot " + what + ": " + cause, cause);
    }
}
