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
	/** Derby's longest identifier. */
	private static final int MAX_NAME = 128;

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
			if (hasColumn(meta, table, ID) && hasColumn(meta, table, REVISED) && !hasIndex(meta, table)) {
				create(connection, table);
				added++;
			}
		}
		return added;
	}

	/** Adds the index to a table CDO has just created, if it is a table of audited revisions. */
	static void ensure(Connection connection, String table, List<String> columns) throws SQLException {
		if (columns.contains(ID) && columns.contains(REVISED)) {
			create(connection, table);
		}
	}

	static String indexName(String table) {
		String name = table.toUpperCase(Locale.ROOT) + SUFFIX;
		return name.length() <= MAX_NAME ? name : name.substring(name.length() - MAX_NAME);
	}

	private static void create(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate("CREATE INDEX " + indexName(table) + " ON " + table + " (" + ID + ", " + REVISED + ")");
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
				if (indexName(table).equals(rows.getString("INDEX_NAME"))) {
					return true;
				}
			}
			return false;
		}
	}
}
