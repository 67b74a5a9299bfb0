package org.encompass.persistence.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

import org.eclipse.net4j.db.DBType;
import org.eclipse.net4j.db.ddl.IDBField;
import org.eclipse.net4j.db.ddl.IDBTable;
import org.eclipse.net4j.db.ddl.delta.IDBTableDelta;
import org.eclipse.net4j.spi.db.DBAdapter;

/**
 * Net4j DB adapter for PostgreSQL (15, Debian's), beside {@link DerbyAdapter}: the CDO 4.7 jars on Maven
 * Central have none. It teaches net4j.db PostgreSQL's type names, reserved words, name lengths and SQLStates.
 *
 * <p>Identifiers stay unquoted, as net4j writes them: PostgreSQL folds them to lower case and net4j compares
 * names in upper case, so both sides agree. Only the metadata calls that take a table name as a
 * case-sensitive pattern are given the folded name.
 */
public class PostgresAdapter extends DBAdapter {

	public static final String NAME = "postgresql";

	public static final String VERSION = "15";

	/**
	 * PostgreSQL 15's reserved key words and those that may not name a table or column either, as
	 * {@code SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')} lists them. Net4j renames
	 * generated tables and columns that collide with these (e.g. features called "user" or "order").
	 */
	private static final String[] RESERVED_WORDS = """
			ALL ANALYSE ANALYZE AND ANY ARRAY AS ASC ASYMMETRIC AUTHORIZATION BINARY BOTH CASE CAST CHECK COLLATE
			COLLATION COLUMN CONCURRENTLY CONSTRAINT CREATE CROSS CURRENT_CATALOG CURRENT_DATE CURRENT_ROLE
			CURRENT_SCHEMA CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER DEFAULT DEFERRABLE DESC DISTINCT DO ELSE END
			EXCEPT FALSE FETCH FOR FOREIGN FREEZE FROM FULL GRANT GROUP HAVING ILIKE IN INITIALLY INNER INTERSECT
			INTO IS ISNULL JOIN LATERAL LEADING LEFT LIKE LIMIT LOCALTIME LOCALTIMESTAMP NATURAL NOT NOTNULL NULL
			OFFSET ON ONLY OR ORDER OUTER OVERLAPS PLACING PRIMARY REFERENCES RETURNING RIGHT SELECT SESSION_USER
			SIMILAR SOME SYMMETRIC TABLE TABLESAMPLE THEN TO TRAILING TRUE UNION UNIQUE USER USING VARIADIC VERBOSE
			WHEN WHERE WINDOW WITH
			""".strip().split("\\s+");

	/** PostgreSQL's SQLStates (Appendix A, "PostgreSQL Error Codes"). */
	static final String UNIQUE_VIOLATION = "23505";
	static final String UNDEFINED_TABLE = "42P01";
	static final String UNDEFINED_COLUMN = "42703";
	/** NAMEDATALEN - 1: longer names are cut silently, which would make two of net4j's names one. */
	static final int MAX_NAME_LENGTH = 63;

	/** The metadata calls whose table-name argument (the third) is matched case-sensitively. */
	private static final Set<String> TABLE_PATTERN_CALLS = Set.of("getPrimaryKeys", "getIndexInfo", "getColumns");

	public PostgresAdapter() {
		super(NAME, VERSION);
	}

	@Override
	protected String getTypeName(IDBField field) {
		DBType type = field.getType();
		return switch (type) {
			// No TINYINT, no BIT(1) that JDBC reads as a boolean, no "DOUBLE".
			case TINYINT -> "SMALLINT";
			case BIT -> "BOOLEAN";
			case DOUBLE -> "DOUBLE PRECISION";
			// Unbounded text and bytes; BLOB/CLOB would mean large objects, which pgjdbc reads by OID.
			case LONGVARCHAR, CLOB -> "TEXT";
			case BINARY, VARBINARY, LONGVARBINARY, BLOB -> "BYTEA";
			default -> super.getTypeName(field);
		};
	}

	/** CDO stores BLOBs with the stream setters, which pgjdbc supports on BYTEA, not on large objects. */
	@Override
	public DBType adaptType(DBType type) {
		return type == DBType.BLOB ? DBType.VARBINARY : super.adaptType(type);
	}

	@Override
	public String[] getReservedWords() {
		return RESERVED_WORDS.clone();
	}

	@Override
	public int getMaxTableNameLength() {
		return MAX_NAME_LENGTH;
	}

	@Override
	public int getMaxFieldNameLength() {
		return MAX_NAME_LENGTH;
	}

	@Override
	public boolean isValidFirstChar(char ch) {
		return Character.isLetter(ch) || ch == '_';
	}

	@Override
	public boolean isDuplicateKeyException(SQLException ex) {
		return UNIQUE_VIOLATION.equals(ex.getSQLState());
	}

	@Override
	public boolean isTableNotFoundException(SQLException ex) {
		return UNDEFINED_TABLE.equals(ex.getSQLState());
	}

	@Override
	public boolean isColumnNotFoundException(SQLException ex) {
		return UNDEFINED_COLUMN.equals(ex.getSQLState());
	}

	@Override
	public String sqlRenameField(IDBField field, String oldName) {
		return "ALTER TABLE " + field.getTable() + " RENAME COLUMN " + oldName + " TO " + field;
	}

	@Override
	protected String sqlModifyField(String tableName, String fieldName, String type) {
		return "ALTER TABLE " + tableName + " ALTER COLUMN " + fieldName + " TYPE " + type;
	}

	/**
	 * A failed statement aborts PostgreSQL's whole transaction, DDL included; a savepoint keeps the
	 * connection usable for net4j, which reports the failure and may go on.
	 */
	@Override
	protected void doCreateTable(IDBTable table, Statement statement) throws SQLException {
		Connection connection = statement.getConnection();
		Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
		try {
			super.doCreateTable(table, statement);
		} catch (SQLException e) {
			if (savepoint != null) {
				connection.rollback(savepoint);
			}
			throw e;
		}
	}

	/** CDO's new tables of audited revisions get the index that finds an object's current row. */
	@Override
	protected void createTable(Connection connection, IDBTable table, IDBTableDelta delta) {
		super.createTable(connection, table, delta);
		CurrentRevisionIndexes.ensureFor(connection, table);
	}

	/** CDO asks for a schema named like the repository; the tables live in the connection's (public). */
	@Override
	protected ResultSet readTables(Connection connection, DatabaseMetaData metaData, String schemaName)
			throws SQLException {
		return metaData.getTables(null, connection.getSchema(), null, new String[] { "TABLE" });
	}

	/** Net4j asks with its upper-case table name; PostgreSQL's metadata knows the folded one. */
	@Override
	protected void readIndices(Connection connection, DatabaseMetaData metaData, IDBTable table, String schemaName)
			throws SQLException {
		super.readIndices(connection, foldingTableNames(metaData), table, connection.getSchema());
	}

	private static DatabaseMetaData foldingTableNames(DatabaseMetaData metaData) {
		return (DatabaseMetaData) Proxy.newProxyInstance(PostgresAdapter.class.getClassLoader(),
				new Class<?>[] { DatabaseMetaData.class }, (proxy, method, args) -> {
					if (TABLE_PATTERN_CALLS.contains(method.getName()) && args != null && args.length > 2
							&& args[2] instanceof String name) {
						args[2] = name.toLowerCase(Locale.ROOT);
					}
					try {
						return method.invoke(metaData, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}
}
