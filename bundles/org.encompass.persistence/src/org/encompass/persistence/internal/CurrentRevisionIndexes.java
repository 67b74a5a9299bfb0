package org.encompass.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An index on (CDO_ID, CDO_REVISED) for every table of audited revisions. CDO's audit mapping finds an
 * object's current row with {@code WHERE CDO_ID=? AND CDO_REVISED=0}, on every read of it and every commit
 * that changes it; its own indexes (the primary key on CDO_ID, CDO_VERSION and one on CDO_REVISED alone)
 * make Derby walk every earlier version of the object, so each change of an often changed object (a
 * machine, a clone, the site) cost more than the one before.
 */
public final class CurrentRevisionIndexes {
	static final String ID = "CDO_ID";
	static final String REVISED = "CDO_REVISED";
	private static final String SUFFIX = "_CURRENT";

	private CurrentRevisionIndexes() {
	}

	/** Adds the index to the tables that lack it (tables of earlier repositories); returns how many were added. */
	public static int ensure(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = meta.getTables(null, connection.getSchema(), null, new String[] { "TABLE" })) {
			while (rows.next()) {
				tables.add(rows.getString("TABLE_NAME"));
			}
		}
		int added = 0;
		for (String table : tables) {
			if (hasColumn(meta, table, stored(meta, ID)) && hasColumn(meta, table, stored(meta, REVISED))
					&& !hasIndex(meta, table)) {
				create(connection, table);
				added++;
			}
		}
		return added;
	}

	/** Adds the index to a table CDO has just created, if it is a table of audited revisions. */
	/** A table CDO has just created (both adapters' {@code createTable}): its index if it is a table of revisions. */
	static void ensureFor(Connection connection, org.eclipse.net4j.db.ddl.IDBTable table) {
		List<String> columns = new ArrayList<>();
		for (org.eclipse.net4j.db.ddl.IDBField field : table.getFields()) {
			columns.add(field.getName());
		}
		try {
			ensure(connection, table.getName(), columns);
		} catch (SQLException e) {
			throw new org.eclipse.net4j.db.DBException(e);
		}
	}

	static void ensure(Connection connection, String table, List<String> columns) throws SQLException {
		if (columns.contains(ID) && columns.contains(REVISED)) {
			create(connection, table);
		}
	}

	/** The index's name, cut at its start to the database's longest name (Derby 128, PostgreSQL 63). */
	static String indexName(String table, int maxLength) {
		String name = table.toUpperCase(Locale.ROOT) + SUFFIX;
		return name.length() <= maxLength ? name : name.substring(name.length() - maxLength);
	}

	private static String indexName(DatabaseMetaData meta, String table) throws SQLException {
		return indexName(table, meta.getMaxTableNameLength());
	}

	/**
	 * A name as the database's metadata holds unquoted identifiers: PostgreSQL folds them to lower case, Derby
	 * to upper case; metadata calls match their name patterns case-sensitively.
	 */
	public static String stored(DatabaseMetaData meta, String name) throws SQLException {
		return meta.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name.toUpperCase(Locale.ROOT);
	}

	private static void create(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE INDEX " + indexName(connection.getMetaData(), table) + " ON " + table + " ("
					+ ID + ", " + REVISED + ")");
		}
	}

	private static boolean hasColumn(DatabaseMetaData meta, String table, String column) throws SQLException {
		try (ResultSet rows = meta.getColumns(null, null, table, column)) {
			return rows.next();
		}
	}

	private static boolean hasIndex(DatabaseMetaData meta, String table) throws SQLException {
		try (ResultSet rows = meta.getIndexInfo(null, null, table, false, false)) {
			while (rows.next()) {
				if (indexName(meta, table).equalsIgnoreCase(rows.getString("INDEX_NAME"))) {
					return true;
				}
			}
			return false;
		}
	}
}
