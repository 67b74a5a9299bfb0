package org.encompass.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.net4j.db.DBType;
import org.eclipse.net4j.db.DBUtil;
import org.eclipse.net4j.db.ddl.IDBField;
import org.eclipse.net4j.db.ddl.IDBSchema;
import org.eclipse.net4j.db.ddl.IDBTable;
import org.encompass.persistence.internal.DerbyAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The adapter against a real (in-memory) Derby: every statement it produces is executed. */
class DerbyAdapterTest {

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private final DerbyAdapter adapter = new DerbyAdapter();
	private String name;
	private Connection connection;

	// A data source, not DriverManager: inside OSGi DriverManager only hands out drivers the
	// caller's class loader can load by name.
	@BeforeEach
	void createDatabase() throws SQLException {
		name = "memory:adapter" + DATABASES.incrementAndGet();
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(name);
		dataSource.setCreateDatabase("create");
		connection = dataSource.getConnection();
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		connection.close();
		EmbeddedDataSource dataSource = new EmbeddedDataSource();
		dataSource.setDatabaseName(name);
		dataSource.setConnectionAttributes("drop=true");
		SQLException dropped = assertThrows(SQLException.class, dataSource::getConnection);
		assertEquals("08006", dropped.getSQLState());
	}

	@Test
	void everyNet4jTypeBecomesAColumnDerbyAccepts() throws SQLException {
		IDBTable table = allTypesTable(DBUtil.createSchema("APP"));
		assertEquals(1, adapter.createTables(List.of(table), connection).size());

		Map<String, String> columns = columnTypes("ALL_TYPES");
		assertEquals(DBType.values().length, columns.size(), columns.toString());
		assertEquals("SMALLINT", columns.get("F_TINYINT"));
		assertEquals("BOOLEAN", columns.get("F_BIT"));
		assertEquals("BOOLEAN", columns.get("F_BOOLEAN"));
		assertEquals("CLOB", columns.get("F_LONGVARCHAR"));
		assertEquals("CLOB", columns.get("F_CLOB"));
		assertEquals("BLOB", columns.get("F_BINARY"));
		assertEquals("BLOB", columns.get("F_VARBINARY"));
		assertEquals("BLOB", columns.get("F_LONGVARBINARY"));
		assertEquals("BLOB", columns.get("F_BLOB"));
		assertEquals("CHAR", columns.get("F_CHAR"));
		assertEquals("VARCHAR", columns.get("F_VARCHAR"));
		assertEquals("DECIMAL", columns.get("F_DECIMAL"));
		assertEquals("TIMESTAMP", columns.get("F_TIMESTAMP"));
	}

	/**
	 * The adapter reads a schema's columns in one metadata query; net4j's own way (each table's {@code SELECT *}
	 * result metadata, kept by a plain net4j adapter here) must find the same fields and indexes: CDO compares them
	 * with the model's to decide what to create or alter.
	 */
	@Test
	void schemaReadAtOnceEqualsNet4jsReadTableByTable() throws SQLException {
		IDBSchema schema = DBUtil.createSchema("APP");
		IDBTable table = allTypesTable(schema);
		table.addIndex(org.eclipse.net4j.db.ddl.IDBIndex.Type.PRIMARY_KEY, table.getField("F_BIGINT"));
		table.addIndex(org.eclipse.net4j.db.ddl.IDBIndex.Type.NON_UNIQUE, table.getField("F_INTEGER"), table.getField("F_SMALLINT"));
		IDBTable second = schema.addTable("REVISIONS");
		second.addField("CDO_ID", DBType.BIGINT, true);
		second.addField("CDO_REVISED", DBType.BIGINT, true);
		second.addField("LABEL", DBType.VARCHAR, 32672);
		second.addIndex(org.eclipse.net4j.db.ddl.IDBIndex.Type.UNIQUE, second.getField("LABEL"));
		adapter.createTables(List.of(table, second), connection);
		org.eclipse.net4j.spi.db.DBAdapter net4j = new org.eclipse.net4j.spi.db.DBAdapter("plain", "1") {
			@Override
			public String[] getReservedWords() {
				return new String[0];
			}
		};

		IDBSchema atOnce = DBUtil.createSchema("APP");
		adapter.readSchema(connection, atOnce);
		IDBSchema tableByTable = DBUtil.createSchema("APP");
		net4j.readSchema(connection, tableByTable);

		assertEquals(describe(tableByTable), describe(atOnce));
		assertEquals(2, atOnce.getTables().length);
		assertEquals(DBType.values().length, atOnce.getTable("ALL_TYPES").getFieldCount());
	}

	private static List<String> describe(IDBSchema schema) {
		List<String> lines = new ArrayList<>();
		for (IDBTable table : schema.getTables()) {
			for (IDBField field : table.getFields()) {
				lines.add(table.getName() + "." + field.getName() + " " + field.getType() + " " + field.getPrecision() + ","
						+ field.getScale() + (field.isNotNull() ? " not null" : ""));
			}
			for (org.eclipse.net4j.db.ddl.IDBIndex index : table.getIndices()) {
				List<String> fields = new ArrayList<>();
				for (IDBField field : index.getFields()) {
					fields.add(field.getName());
				}
				lines.add(table.getName() + " index " + index.getType() + " " + fields);
			}
		}
		return lines;
	}

	@Test
	void everyListedReservedWordIsRefusedByDerby() throws SQLException {
		List<String> accepted = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			for (String word : adapter.getReservedWords()) {
				try {
					statement.execute("CREATE TABLE R_" + word.hashCode() + "_" + accepted.size() + " (" + word + " INTEGER)");
					accepted.add(word);
				} catch (SQLException refused) {
					// expected: a reserved word
				}
			}
			for (String word : List.of("NAME", "VALUE", "DATE", "TIME", "TYPE", "STATE", "DATA", "ID", "VERSION")) {
				assertFalse(adapter.isReservedWord(word), word);
				statement.execute("CREATE TABLE N_" + word + " (" + word + " INTEGER)");
			}
		}
		assertEquals(List.of(), accepted, "listed as reserved but accepted by Derby");
		assertTrue(adapter.isReservedWord("user"));
		assertTrue(adapter.isReservedWord("Order"));
	}

	@Test
	void identifiersMustStartWithALetter() {
		assertTrue(adapter.isValidFirstChar('A'));
		assertFalse(adapter.isValidFirstChar('_'));
		assertFalse(adapter.isValidFirstChar('1'));
	}

	@Test
	void derbyErrorsAreRecognizedBySqlState() throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE KV (K INTEGER PRIMARY KEY, V VARCHAR(10))");
			statement.execute("INSERT INTO KV VALUES (1, 'a')");

			SQLException duplicate = assertThrows(SQLException.class, () -> statement.execute("INSERT INTO KV VALUES (1, 'b')"));
			SQLException noTable = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM NOPE"));
			SQLException noColumn = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT NOPE FROM KV"));

			assertTrue(adapter.isDuplicateKeyException(duplicate));
			assertTrue(adapter.isTableNotFoundException(noTable));
			assertTrue(adapter.isColumnNotFoundException(noColumn));
			assertFalse(adapter.isDuplicateKeyException(noTable));
			assertFalse(adapter.isTableNotFoundException(noColumn));
			assertFalse(adapter.isColumnNotFoundException(duplicate));
		}
	}

	@Test
	void renameAndWidenColumnsWithDerbySyntax() throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE T (OLD_NAME VARCHAR(10) NOT NULL)");
			IDBTable table = DBUtil.createSchema("APP").addTable("T");
			IDBField renamed = table.addField("NEW_NAME", DBType.VARCHAR, 40, true);

			statement.execute(adapter.sqlRenameField(renamed, "OLD_NAME"));
			statement.execute(adapter.sqlModifyField(renamed));
		}
		try (ResultSet column = connection.getMetaData().getColumns(null, "APP", "T", "NEW_NAME")) {
			assertTrue(column.next(), "column was not renamed");
			assertEquals(40, column.getInt("COLUMN_SIZE"));
			assertEquals("NO", column.getString("IS_NULLABLE"));
		}
	}

	private Map<String, String> columnTypes(String table) throws SQLException {
		Map<String, String> types = new HashMap<>();
		try (ResultSet columns = connection.getMetaData().getColumns(null, "APP", table, null)) {
			while (columns.next()) {
				types.put(columns.getString("COLUMN_NAME"), columns.getString("TYPE_NAME"));
			}
		}
		return types;
	}

	/** A table ALL_TYPES with a column F_<TYPE> of every net4j type (the CHAR one not null). */
	private static IDBTable allTypesTable(IDBSchema schema) {
		IDBTable table = schema.addTable("ALL_TYPES");
		for (DBType type : DBType.values()) {
			switch (type) {
				case CHAR -> table.addField("F_" + type.name(), type, 4, true);
				case VARCHAR -> table.addField("F_" + type.name(), type, 300);
				case DECIMAL, NUMERIC -> table.addField("F_" + type.name(), type, 20, 4);
				default -> table.addField("F_" + type.name(), type);
			}
		}
		return table;
	}
}
