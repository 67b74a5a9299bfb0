package org.encompass.persistence;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where the repository keeps its data and whether it also listens on TCP.
 *
 * <p>The data directory is, in this order: the directory given in code
 * ({@link #forDirectory(Path)}, {@link #withDataDirectory(Path)}); else the system property
 * {@value #DATA_PROPERTY}; else the environment variable {@value #DATA_ENVIRONMENT}; else
 * {@code ~/.encompass}. It holds {@code db/} (Derby), {@code derby.log} and the lock file.
 *
 * <p>The model is kept in an embedded Derby database in the data directory, unless a PostgreSQL database is
 * given ({@link #withPostgres}, or {@link PostgresStore#fromEnvironment from the environment}): then the
 * data directory keeps only the lock file.
 *
 * <p>TCP is off unless a port is given in code or with the system property
 * {@value #TCP_PORT_PROPERTY}; port 0 picks a free port. The acceptor binds to {@value #TCP_HOST}
 * only: CDO's protocol has no authentication here, so it must not be reachable from other hosts.
 *
 * @param dataDirectory absolute, normalized data directory
 * @param tcpPort       {@link #TCP_OFF}, 0 for any free port, or a port number
 * @param holder        what opens it, as a refused second opener is told (e.g. "the console"); null = unnamed
 * @param postgres      the PostgreSQL database holding the model, or null for the embedded Derby database
 */
public record RepositoryOptions(Path dataDirectory, int tcpPort, String holder, PostgresStore postgres) {

	public static final String DATA_PROPERTY = "encompass.data";
	public static final String DATA_ENVIRONMENT = "ENCOMPASS_DATA";
	public static final String TCP_PORT_PROPERTY = "encompass.tcp.port";
	public static final String DEFAULT_DIRECTORY_NAME = ".encompass";
	public static final String TCP_HOST = "127.0.0.1";
	public static final int TCP_OFF = -1;
	/** The {@link #holder} names the console and the command line give themselves. */
	public static final String HOLDER_CONSOLE = "the console";
	public static final String HOLDER_COMMAND_LINE = "an encompass command";

	public RepositoryOptions {
		Objects.requireNonNull(dataDirectory, "dataDirectory");
		dataDirectory = dataDirectory.toAbsolutePath().normalize();
		if (tcpPort < TCP_OFF || tcpPort > 65535) {
			throw new IllegalArgumentException("TCP port must be 0-65535 (or " + TCP_OFF + " for off), not " + tcpPort);
		}
	}

	public RepositoryOptions(Path dataDirectory, int tcpPort, String holder) {
		this(dataDirectory, tcpPort, holder, null);
	}

	public RepositoryOptions(Path dataDirectory, int tcpPort) {
		this(dataDirectory, tcpPort, null);
	}

	/**
	 * Data directory, TCP port and store from system properties and environment, as documented above (the
	 * store's password from the environment only: callers with secure storage use {@link #withPostgres}).
	 */
	public static RepositoryOptions fromEnvironment() {
		return new RepositoryOptions(resolveDataDirectory(null, System::getProperty, System::getenv),
				tcpPortFrom(System.getProperty(TCP_PORT_PROPERTY)), null,
				PostgresStore.fromEnvironment(System::getProperty, System::getenv, null));
	}

	/** The given data directory, TCP off. */
	public static RepositoryOptions forDirectory(Path dataDirectory) {
		return new RepositoryOptions(dataDirectory, TCP_OFF);
	}

	public RepositoryOptions withDataDirectory(Path directory) {
		return new RepositoryOptions(directory, tcpPort, holder, postgres);
	}

	public RepositoryOptions withTcpPort(int port) {
		return new RepositoryOptions(dataDirectory, port, holder, postgres);
	}

	/** Names what holds the repository in its lock file, for the refusal another process gets. */
	public RepositoryOptions withHolder(String name) {
		return new RepositoryOptions(dataDirectory, tcpPort, name, postgres);
	}

	/** Keeps the model in this PostgreSQL database; null = the embedded Derby database (the default). */
	public RepositoryOptions withPostgres(PostgresStore store) {
		return new RepositoryOptions(dataDirectory, tcpPort, holder, store);
	}

	public boolean tcpEnabled() {
		return tcpPort != TCP_OFF;
	}

	/**
	 * Applies the resolution order documented on this class.
	 *
	 * @param explicit    the directory given in code, or null
	 * @param properties  system property lookup
	 * @param environment environment variable lookup
	 */
	public static Path resolveDataDirectory(Path explicit, UnaryOperator<String> properties,
			UnaryOperator<String> environment) {
		if (explicit != null) {
			return explicit;
		}
		String property = properties.apply(DATA_PROPERTY);
		if (property != null && !property.isBlank()) {
			return Path.of(property.strip());
		}
		String variable = environment.apply(DATA_ENVIRONMENT);
		if (variable != null && !variable.isBlank()) {
			return Path.of(variable.strip());
		}
		return Path.of(properties.apply("user.home"), DEFAULT_DIRECTORY_NAME);
	}

	static int tcpPortFrom(String value) {
		if (value == null || value.isBlank()) {
			return TCP_OFF;
		}
		try {
			int port = Integer.parseInt(value.strip());
			if (port >= 0 && port <= 65535) {
				return port;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new PersistenceException(
				"system property " + TCP_PORT_PROPERTY + " must be a port number 0-65535, not '" + value + "'");
	}
}
