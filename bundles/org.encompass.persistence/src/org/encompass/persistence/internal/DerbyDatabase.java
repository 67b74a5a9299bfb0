package org.encompass.persistence.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.encompass.persistence.PersistenceException;

/**
 * One embedded Derby database in a directory: booted (and created if missing) on open, shut down
 * on close so its files are consistent and another process may open it afterwards.
 */
public final class DerbyDatabase implements AutoCloseable {

	/** Derby's answer to a successful shutdown of one database. */
	static final String SHUTDOWN_OK = "08006";

	private final Path directory;
	private final EmbeddedDataSource dataSource;

	private DerbyDatabase(Path directory, EmbeddedDataSource dataSource) {
		this.directory = directory;
		this.dataSource = dataSource;
	}

	/**
	 * Boots the database in {@code directory}, creating it when it does not exist yet.
	 *
	 * @param errorLog where Derby writes its log, unless the property {@value DerbyEngine#ERROR_LOG_PROPERTY}
	 *                 is already set or an earlier open chose it (Derby reads it once per JVM, when its engine
	 *                 boots, {@link DerbyEngine}; the default would be derby.log in whatever the current
	 *                 directory is)
	 */
	public static DerbyDatabase open(Path directory, Path errorLog) {
		DerbyEngine.prepare(errorLog);
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(directory.toString());
		dataSource.setCreateDatabase("create");
		try (Connection connection = dataSource.getConnection()) {
			// Booting here, not at CDO's first use, turns a broken database into one clear error.
			connection.getMetaData();
		} catch (SQLException e) {
			throw new PersistenceException("cannot open Derby database " + directory + ": " + describe(e), e);
		}
		return new DerbyDatabase(directory, dataSource);
	}

	public DataSource dataSource() {
		return dataSource;
	}

	public Path directory() {
		return directory;
	}

	@Override
	public void close() throws SQLException {
		EmbeddedDataSource shutdown = new EmbeddedDataSource();
		shutdown.setDatabaseName(directory.toString());
		shutdown.setShutdownDatabase("shutdown");
		try {
			shutdown.getConnection().close();
			throw new SQLException("Derby did not shut down " + directory);
		} catch (SQLException e) {
			if (!SHUTDOWN_OK.equals(e.getSQLState())) {
				throw e;
			}
		}
	}

	/** Derby's real reason is often the third exception of a chain: show them all. */
	static String describe(SQLException e) {
		StringBuilder text = new StringBuilder();
		for (SQLException next = e; next != null; next = next.getNextException()) {
			if (!text.isEmpty()) {
				text.append("; ");
			}
			text.append(next.getMessage()).append(" [SQLState ").append(next.getSQLState()).append(']');
		}
		return text.toString();
	}
}
