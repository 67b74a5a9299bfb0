package org.encompass.persistence;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.encompass.persistence.internal.Closer;
import org.encompass.persistence.internal.Failures;
import org.encompass.persistence.internal.Lifecycles;
import org.encompass.persistence.internal.Net4jContainers;
import org.encompass.persistence.internal.OpenSessions;
import org.encompass.persistence.internal.SocketProbes;

/**
 * Sessions to an {@link EncompassRepository} of another process, over its TCP acceptor (see
 * {@link RepositoryOptions#TCP_PORT_PROPERTY}). The model's EPackage must be registered in this
 * process too. Close the client when done: it owns net4j threads.
 */
public final class RemoteRepositoryClient implements SessionProvider {

	/** How long {@link #connect(String)} waits for net4j's connection. */
	public static final long CONNECT_TIMEOUT_MILLIS = 10_000;

	private final String address;
	private final Closer closer;
	private final IConnector connector;
	private final OpenSessions sessions = new OpenSessions();
	private boolean closed;

	private RemoteRepositoryClient(String address, Closer closer, IConnector connector) {
		this.address = address;
		this.closer = closer;
		this.connector = connector;
	}

	/**
	 * Connects to {@code host:port}, e.g. {@code 127.0.0.1:2036}.
	 *
	 * @throws PersistenceException if the address is malformed or nothing answers there
	 */
	public static RemoteRepositoryClient connect(String address) {
		String normalized = checkAddress(address);
		int colon = normalized.lastIndexOf(':');
		String host = normalized.substring(0, colon);
		int port = Integer.parseInt(normalized.substring(colon + 1));
		String unreachable = SocketProbes.whyCannotConnect(host, port);
		if (unreachable != null) {
			throw new PersistenceException("cannot connect to repository at " + normalized + ": " + unreachable);
		}
		Closer closer = new Closer();
		try {
			IManagedContainer container = Net4jContainers.tcpClient();
			closer.register("net4j container", () -> Lifecycles.deactivate(container));
			IConnector connector = TCPUtil.getConnector(container, normalized);
			closer.register("TCP connector " + normalized, () -> Lifecycles.deactivate(connector));
			connector.waitForConnection(CONNECT_TIMEOUT_MILLIS);
			return new RemoteRepositoryClient(normalized, closer, connector);
		} catch (RuntimeException | Error e) {
			PersistenceException failure = new PersistenceException(
					"cannot connect to repository at " + normalized + ": " + Failures.reason(e), e);
			Exception cleanup = closer.closeAll();
			if (cleanup != null) {
				failure.addSuppressed(cleanup);
			}
			throw failure;
		}
	}

	private static String checkAddress(String address) {
		String trimmed = address == null ? "" : address.strip();
		int colon = trimmed.lastIndexOf(':');
		if (colon > 0) {
			try {
				int port = Integer.parseInt(trimmed.substring(colon + 1));
				if (port > 0 && port <= 65535) {
					return trimmed;
				}
			} catch (NumberFormatException e) {
				// reported below
			}
		}
		throw new PersistenceException("repository address must be host:port (e.g. 127.0.0.1:2036), not '"
				+ address + "'");
	}

	@Override
	public CDOSession openSession() {
		synchronized (this) {
			if (closed) {
				throw new PersistenceException("connection to " + address + " is closed");
			}
		}
		try {
			return sessions.open(connector, EncompassRepository.REPOSITORY_NAME);
		} catch (RuntimeException e) {
			throw new PersistenceException("cannot open a session on repository at " + address + ": " + Failures.reason(e),
					e);
		}
	}

	public String address() {
		return address;
	}

	@Override
	public String describe() {
		return "repository at " + address;
	}

	@Override
	public void close() {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
		}
		// Registered last, so closed first: sessions before the connector they run on.
		closer.register("open sessions", sessions::closeAll);
		Exception failure = closer.closeAll();
		if (failure != null) {
			throw new PersistenceException("errors while closing connection to " + address + ": "
					+ Failures.reason(failure), failure);
		}
	}
}
