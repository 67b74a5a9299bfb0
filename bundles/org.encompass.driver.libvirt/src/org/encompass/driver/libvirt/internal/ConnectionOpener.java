package org.encompass.driver.libvirt.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.encompass.core.spi.DriverException;
import org.libvirt.Connect;
import org.libvirt.ErrorCallback;
import org.libvirt.LibvirtException;

/**
 * Opens libvirt connections with a time limit. {@code virConnectOpen} cannot be interrupted (an ssh
 * transport may wait for a host that never answers), so it runs on its own daemon thread; when the
 * limit passes we give up on it and close the connection should it still arrive.
 */
final class ConnectionOpener {
    /** libvirt prints every error to stderr unless a handler is set; we report errors ourselves. */
    private static final ErrorCallback SILENT = new ErrorCallback();
    private static volatile boolean silenced;

    private ConnectionOpener() {
    }

    static Connect open(String uri, Duration timeout) throws DriverException {
        if (uri == null || uri.isBlank()) {
            throw new DriverException("No hypervisor URI given.");
        }
        CompletableFuture<Connect> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                silenceLibvirt();
                opening.complete(new Connect(uri));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "libvirt connect " + uri);
        opener.setDaemon(true);
        opener.start();
        try {
            return opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            opening.thenAccept(LibvirtConnection::closeQuietly);
            throw new DriverException("Cannot connect to " + uri + ": no answer within " + timeout.toSeconds()
                    + " s.", e);
        } catch (InterruptedException e) {
            opening.thenAccept(LibvirtConnection::closeQuietly);
            Thread.currentThread().interrupt();
            throw new DriverException("Connecting to " + uri + " was interrupted.", e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        }
    }

    private static DriverException failure(String uri, Throwable cause) {
        if (cause instanceof LibvirtException libvirt) {
            return new DriverException("Cannot connect to " + uri + ": " + LibvirtErrors.message(libvirt), libvirt);
        }
        if (cause instanceof LinkageError) {
            return new DriverException("Cannot connect to " + uri + ": the libvirt client library cannot be loaded ("
                    + cause.getMessage() + "); install the Debian package libvirt0.", cause);
        }
        return new DriverException("Cannot connect to " + uri + ": " + cause, cause);
    }

    private static void silenceLibvirt() throws LibvirtException {
        if (!silenced) {
            synchronized (ConnectionOpener.class) {
                if (!silenced) {
                    Connect.setErrorCallback(SILENT);
                    silenced = true;
                }
            }
        }
    }
}
