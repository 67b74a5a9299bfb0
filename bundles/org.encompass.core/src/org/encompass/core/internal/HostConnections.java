package org.encompass.core.internal;

import java.util.HashMap;
import java.util.Map;

import org.encompass.core.credentials.CredentialSource;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HypervisorConnection;

/**
 * Long-lived connections to hypervisor hosts, one per URI, as a console keeps them. Calls on one host
 * are serialized (connections need not be thread-safe); a connection that broke (an unexpected
 * runtime failure, not a refused request) is dropped and opened afresh on next use.
 */
public final class HostConnections implements AutoCloseable {
    private final Map<String, HypervisorConnection> open = new HashMap<>();
    private volatile CredentialSource credentials = CredentialSource.NONE;

    /** Where connections get their user and password (secure storage); none by default. */
    public void useCredentials(CredentialSource source) {
        credentials = source == null ? CredentialSource.NONE : source;
    }

    public CredentialSource credentials() {
        return credentials;
    }

    @FunctionalInterface
    public interface HostCall<R> {
        R call(HypervisorConnection connection) throws DriverException;
    }

    public <R> R with(String kind, String uri, HostCall<R> call) throws DriverException {
        HypervisorConnection connection = connection(kind, uri);
        synchronized (connection) {
            try {
                return call.call(connection);
            } catch (RuntimeException e) {
                drop(uri, connection);
                throw e;
            } catch (DriverException e) {
                if (!connection.isAlive()) {
                    drop(uri, connection); // the host went away: connect afresh next time
                }
                throw e;
            }
        }
    }

    private synchronized HypervisorConnection connection(String kind, String uri) throws DriverException {
        HypervisorConnection connection = open.get(uri);
        if (connection == null) {
            Credentials given = credentials.lookup(uri);
            try {
                connection = Drivers.hypervisors().driver(kind).connect(uri, given);
            } finally {
                given.wipe(); // a driver that needs the password later keeps its own copy
            }
            open.put(uri, connection);
        }
        return connection;
    }

    private synchronized void drop(String uri, HypervisorConnection connection) {
        if (open.remove(uri, connection)) {
            try {
                connection.close();
            } catch (RuntimeException ignored) {
                // already broken: nothing more to release
            }
        }
    }

    @Override
    public synchronized void close() {
        open.values().forEach(c -> {
            try {
                c.close();
            } catch (RuntimeException ignored) {
                // closing anyway
            }
        });
        open.clear();
    }
}
