package org.encompass.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.emf.ecore.EObject;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RootObjects;
import org.encompass.persistence.Transactions;
import org.encompass.persistence.internal.SchemaUpgrades;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table of audited revisions has an index on (CDO_ID, CDO_REVISED), the columns CDO looks an object's
 * current row up by: new tables get it when CDO makes them, tables of earlier repositories at the next open.
 */
class CurrentRevisionIndexTest {

	@TempDir
	Path data;

	@BeforeAll
	static void registerModel() {
		TestModel.init();
	}

	@Test
	void tablesOfRevisionsGetTheIndexAndOftenChangedObjectsStayCorrect() throws SQLException {
		try (EncompassRepository repository = EncompassRepository.open(data)) {
			for (int version = 1; version <= 200; version++) {
				String name = "v" + version;
				Transactions.write(repository.openSession(), transaction -> {
					TestModel.set(RootObjects.findOrCreate(transaction, "/site", TestModel.SITE, EObject.class), "name", name);
					return null;
				});
			}
			assertEquals("v200", Transactions.read(repository.openSession(),
					view -> TestModel.get(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow(), "name")));
		}
		Set<String> revisionTables = revisionTables();
		assertFalse(revisionTables.isEmpty(), "CDO made no table of revisions");
		assertEquals(revisionTables, indexedTables(), "tables of revisions without the (CDO_ID, CDO_REVISED) index");
	}

	@Test
	void aRepositoryMadeWithoutTheIndexGetsItAtTheNextOpen() throws SQLException, IOException {
		writeSiteName("old");
		Set<String> dropped = indexedTables();
		assertFalse(dropped.isEmpty());
		dropIndexes(dropped);
		// an earlier Encompass left no record of the upgrades its tables had
		Files.delete(data.resolve(EncompassRepository.DATABASE_DIRECTORY).resolve(SchemaUpgrades.DERBY_MARKER_FILE));
		assertTrue(indexedTables().isEmpty(), "as an earlier Encompass left it");

		assertEquals("old", siteName());
		assertEquals(dropped, indexedTables());
	}

	/**
	 * An open records the upgrade level in the database, and the next open skips the checks while it holds; a table
	 * made meanwhile (as an earlier Encompass, which keeps no record, would make one) makes it check again.
	 */
	@Test
	void theRecordedLevelSkipsTheChecksUntilATableIsMade() throws SQLException {
		writeSiteName("kept");
		// the first open recorded the level before CDO made its tables; this one checks again and records it
		EncompassRepository.open(data).close();
		Set<String> indexed = indexedTables();
		String table = indexed.iterator().next();
		dropIndexes(Set.of(table));
		EncompassRepository.open(data).close(); // the recorded level holds (a dropped index is no new table): no check
		assertFalse(indexedTables().contains(table), "checked although the recorded level held");

		withDatabase(connection -> {
			try (Statement statement = connection.createStatement()) {
				statement.executeUpdate("CREATE TABLE MADE_MEANWHILE (ID INTEGER)");
			}
			return null;
		});
		assertEquals("kept", siteName());
		assertEquals(indexed, indexedTables());
	}

	/** A repository whose site has the given name, made the way every test here starts. */
	private void writeSiteName(String name) {
		try (EncompassRepository repository = EncompassRepository.open(data)) {
			Transactions.write(repository.openSession(), transaction -> {
				TestModel.set(RootObjects.findOrCreate(transaction, "/site", TestModel.SITE, EObject.class), "name", name);
				return null;
			});
		}
	}

	/** The site's name, read through a new open of the repository (which checks the tables first). */
	private Object siteName() {
		try (EncompassRepository repository = EncompassRepository.open(data)) {
			return Transactions.read(repository.openSession(),
					view -> TestModel.get(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow(), "name"));
		}
	}

	/** Drops the current revisions' index of the tables, behind the closed repository's back. */
	private void dropIndexes(Set<String> tables) throws SQLException {
		withDatabase(connection -> {
			try (Statement statement = connection.createStatement()) {
				for (String table : tables) {
					statement.executeUpdate("DROP INDEX " + table + "_CURRENT");
				}
			}
			return null;
		});
	}

	private Set<String> revisionTables() throws SQLException {
		return withDatabase(CurrentRevisionIndexTest::revisionTables);
	}

	private Set<String> indexedTables() throws SQLException {
		return withDatabase(CurrentRevisionIndexTest::indexedTables);
	}

	/** Tables with both CDO_ID and CDO_REVISED columns. */
	private static Set<String> revisionTables(Connection connection) throws SQLException {
		Set<String> tables = new TreeSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT t.TABLENAME FROM SYS.SYSTABLES t"
						+ " JOIN SYS.SYSCOLUMNS a ON a.REFERENCEID = t.TABLEID AND a.COLUMNNAME = 'CDO_ID'"
						+ " JOIN SYS.SYSCOLUMNS b ON b.REFERENCEID = t.TABLEID AND b.COLUMNNAME = 'CDO_REVISED'"
						+ " WHERE t.TABLETYPE = 'T'")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	/** Tables having an index named TABLE_CURRENT on exactly (CDO_ID, CDO_REVISED). */
	private static Set<String> indexedTables(Connection connection) throws SQLException {
		Set<String> tables = new TreeSet<>();
		for (String table : revisionTables(connection)) {
			try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
				StringBuilder columns = new StringBuilder();
				while (rows.next()) {
					if ((table + "_CURRENT").equals(rows.getString("INDEX_NAME"))) {
						columns.append(rows.getString("COLUMN_NAME")).append(' ');
					}
				}
				if (columns.toString().equals("CDO_ID CDO_REVISED ")) {
					tables.add(table);
				}
			}
		}
		return tables;
	}

	private interface SqlWork<T> {
		T run(Connection connection) throws SQLException;
	}

	/** Opens the closed repository's Derby database directly, and shuts it down again. */
	private <T> T withDatabase(SqlWork<T> work) throws SQLException {
		System.setProperty("derby.stream.error.file", data.resolve(EncompassRepository.DERBY_LOG).toString());
		EmbeddedDataSource database = new EmbeddedDataSource();
		database.setDatabaseName(data.resolve(EncompassRepository.DATABASE_DIRECTORY).toString());
		try (Connection connection = database.getConnection()) {
			return work.run(connection);
		} finally {
			database.setShutdownDatabase("shutdown");
			try {
				database.getConnection().close();
			} catch (SQLException shutDown) {
				// 08006: the database was shut down, as asked
			}
		}
	}
}
