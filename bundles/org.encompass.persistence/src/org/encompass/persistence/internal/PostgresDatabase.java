package org.encompass.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import javax.sql.DataSource;

import org.encompass.persistence.PersistenceException;
import org.encompass.persistence.PostgresStore;
import org.encompass.persistence.RepositoryInUseException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database holding one repository. Opening checks that it answers and that the login works,
 * then holds a session-level advisory lock on a connection of its own for as long as the repository is
 * open: two CDO servers writing one database would corrupt it, as two processes on one Derby directory
 * would (there the lock file refuses the second).
 */
public final class PostgresDatabase implements AutoCloseable {

	/** The advisory lock's key: "ENCOMPAS" in ASCII, the same for every Encompass repository. */
	static final long LOCK_KEY = 0x454E434F4D504153L;
	/** Seconds to wait for a connection before saying the database does not answer. */
	static final int CONNECT_TIMEOUT = 10;

	private final PostgresStore store;
	private final DataSource dataSource;
	private final Connection lockConnection;

	private PostgresDatabase(PostgresStore store, PGSimpleDataSource dataSource, Connection lockConnection) {
		this.store = store;
		this.dataSource = ClobAsText.wrap(dataSource);
		this.lockConnection = lockConnection;
	}

	public static PostgresDatabase open(PostgresStore store) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL(store.url());
		dataSource.setUser(store.user());
		char[] password = store.password().get();
		if (password != null && password.length > 0) {
			dataSource.setPassword(new String(password));
			Arrays.fill(password, '\0');
		}
		dataSource.setConnectTimeout(CONNECT_TIMEOUT);
		dataSource.setLoginTimeout(CONNECT_TIMEOUT);
		dataSource.setTcpKeepAlive(true);
		dataSource.setApplicationName("encompass");
		Connection connection;
		try {
			connection = dataSource.getConnection();
		} catch (SQLException e) {
			throw new PersistenceException("cannot open PostgreSQL database " + store.describe() + " as " + store.user()
					+ ": " + describe(e), e);
		}
		try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			lock.setLong(1, LOCK_KEY);
			try (ResultSet result = lock.executeQuery()) {
				if (!result.next() || !result.getBoolean(1)) {
					throw new RepositoryInUseException("PostgreSQL database " + store.describe()
							+ " is in use by another Encompass repository (it holds the database's lock)");
				}
			}
		} catch (SQLException | RuntimeException e) {
			closeQuietly(connection);
			if (e instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new PersistenceException("cannot lock PostgreSQL database " + store.describe() + ": "
					+ describe((SQLException) e), e);
		}
		return new PostgresDatabase(store, dataSource, connection);
	}

	public DataSource dataSource() {
		return dataSource;
	}

	public String describe() {
		return "PostgreSQL database " + store.describe();
	}

	/** Ends the lock's session, which releases the lock (it is gone anyway when the server restarted). */
	@Override
	public void close() throws SQLException {
		lockConnection.close();
	}

	/** pgjdbc's messages name the host, port and user, never the password. */
	static String describe(SQLException e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
		int end = message.indexOf('\n');
		return (end < 0 ? message : message.substring(0, end)) + " [SQLState " + e.getSQLState() + "]";
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// the refusal or failure is what matters
		}
	}
}
