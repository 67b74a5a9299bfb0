package org.encompass.driver.storage.libvirt.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.encompass.core.spi.DriverException;
import org.encompass.driver.libvirt.LibvirtErrors;
import org.libvirt.Connect;
import org.libvirt.ErrorCallback;
import org.libvirt.LibvirtException;

/**
 * One open libvirt connection per URI, kept for the life of the process and shared by all calls
 * (libvirt connections are thread-safe). Keeping it open matters for the test driver: its state
 * lives only as long as a connection to it is open, so a connection per call would lose every volume.
 * A connection the daemon dropped is opened again on next use.
 */
public final class PoolConnections {
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(30);
    /** libvirt prints every error to stderr unless a handler is set; we report errors ourselves. */
    private static final ErrorCallback SILENT = new ErrorCallback();
    private static final PoolConnections SHARED = new PoolConnections();

    private final Map<String, Connect> open = new ConcurrentHashMap<>();
    private volatile boolean silenced;

    private PoolConnections() {
    }

    public static PoolConnections shared() {
        return SHARED;
    }

    /** The connection for {@code uri}, opened now if there is none or the old one died. */
    public synchronized Connect connect(String uri) throws DriverException {
        Connect connection = open.get(uri);
        if (connection != null && alive(connection)) {
            return connection;
        }
        connection = openWithin(uri, OPEN_TIMEOUT);
        open.put(uri, connection);
        return connection;
    }

    private static boolean alive(Connect connection) {
        try {
            return connection.isAlive();
        } catch (LibvirtException e) {
            return false;
        }
    }

    /** virConnectOpen cannot be interrupted (a remote host may never answer), so it runs on its own thread. */
    private Connect openWithin(String uri, Duration timeout) throws DriverException {
        CompletableFuture<Connect> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                silence();
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
            opening.thenAccept(PoolConnections::closeQuietly);
            throw new DriverException("Cannot connect to " + uri + ": no answer within " + timeout.toSeconds() + " s.", e);
        } catch (InterruptedException e) {
            opening.thenAccept(PoolConnections::closeQuietly);
            Thread.currentThread().interrupt();
            throw new DriverException("Connecting to " + uri + " was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LibvirtException libvirt) {
                throw new DriverException("Cannot connect to " + uri + ": " + LibvirtErrors.message(libvirt), libvirt);
            }
            if (cause instanceof LinkageError) {
                throw new DriverException("Cannot connect to " + uri + ": the libvirt client library cannot be loaded ("
                        + cause.getMessage() + "); install the Debian package libvirt0.", cause);
            }
            throw new DriverException("Cannot connect to " + uri + ": " + cause, cause);
        }
    }

    private void silence() throws LibvirtException {
        if (!silenced) {
            synchronized (PoolConnections.class) {
                if (!silenced) {
                    Connect.setErrorCallback(SILENT);
                    silenced = true;
                }
            }
        }
    }

    private static void closeQuietly(Connect connection) {
        try {
            connection.close();
        } catch (LibvirtException e) {
            // closing is all we wanted
        }
    }
}
