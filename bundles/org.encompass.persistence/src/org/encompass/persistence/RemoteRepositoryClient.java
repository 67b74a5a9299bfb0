package org.encompass.persistence;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.net4j.connector.IConnector;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.container.IManagedContainer;
import org.eclipse.net4j.util.security.IPasswordCredentialsProvider;
import org.eclipse.net4j.util.security.PasswordCredentialsProvider;
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
	private final IPasswordCredentialsProvider credentials;
	private boolean closed;

	private RemoteRepositoryClient(String address, Closer closer, IConnector connector,
			IPasswordCredentialsProvider credentials) {
		this.address = address;
		this.closer = closer;
		this.connector = connector;
		this.credentials = credentials;
	}

	/**
	 * Connects to a repository server ({@code encompass-server}) at {@code host:port} as {@code user}: every
	 * session this client opens authenticates with that user and password.
	 *
	 * @throws PersistenceException if the address is malformed or nothing answers there
	 */
	public static RemoteRepositoryClient connect(String address, String user, char[] password) {
		return connect(address, user, password, null);
	}

	/**
	 * As {@link #connect(String, String, char[])}, over TLS when {@code tls} is not null: a server whose
	 * certificate the trust store does not vouch for is refused.
	 */
	public static RemoteRepositoryClient connect(String address, String user, char[] password, TlsSettings tls) {
		return connect(address, new PasswordCredentialsProvider(user, password.clone()), tls);
	}

	/**
	 * Connects to {@code host:port}, e.g. {@code 127.0.0.1:2036}.
	 *
	 * @throws PersistenceException if the address is malformed or nothing answers there
	 */
	public static RemoteRepositoryClient connect(String address) {
		return connect(address, (IPasswordCredentialsProvider) null, null);
	}

	private static RemoteRepositoryClient connect(String address, IPasswordCredentialsProvider credentials,
			TlsSettings tls) {
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
			String through = normalized;
			if (tls != null) {
				TlsTunnel tunnel = TlsTunnel.client(tls, normalized);
				closer.register("TLS tunnel to " + normalized, tunnel::close);
				through = tunnel.localAddress();
			}
			IConnector connector = TCPUtil.getConnector(container, through);
			closer.register("TCP connector " + normalized, () -> Lifecycles.deactivate(connector));
			connector.waitForConnection(CONNECT_TIMEOUT_MILLIS);
			return new RemoteRepositoryClient(normalized, closer, connector, credentials);
		} catch (RuntimeException | Error e) {
			PersistenceException failure = e instanceof PersistenceException refused ? refused
					: new PersistenceException("cannot connect to repository at " + normalized + ": " + Failures.reason(e), e);
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
			return sessions.open(connector, EncompassRepository.REPOSITORY_NAME, credentials);
		} catch (RuntimeException e) {
			if (credentials != null && refusedCredentials(e)) {
				throw new PersistenceException("access denied by " + address + ": unknown user or wrong password for '"
						+ credentials.getCredentials().getUserID() + "'", e);
			}
			throw new PersistenceException("cannot open a session on repository at " + address + ": " + Failures.reason(e),
					e);
		}
	}

	/** CDO reports a refused authentication as a SecurityException, possibly wrapped in a remote exception. */
	private static boolean refusedCredentials(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SecurityException || t instanceof org.eclipse.net4j.util.security.NotAuthenticatedException
					|| String.valueOf(t.getMessage()).contains("SecurityException")) {
				return true;
			}
		}
		return false;
	}

	/** The user this client authenticates as, or null without credentials. */
	public String user() {
		return credentials == null ? null : credentials.getCredentials().getUserID();
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
