package org.encompass.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.net4j.db.DBType;
import org.eclipse.net4j.db.ddl.IDBField;
import org.eclipse.net4j.db.ddl.IDBTable;
import org.eclipse.net4j.db.ddl.delta.IDBTableDelta;
import org.eclipse.net4j.spi.db.DBAdapter;

/**
 * Net4j DB adapter for embedded Apache Derby 10.17. The CDO 4.7 jars on Maven Central bring only
 * an H2 adapter, so this one teaches net4j.db Derby's dialect: its type names, reserved words,
 * identifier rules and SQLStates.
 */
public class DerbyAdapter extends DBAdapter {

	public static final String NAME = "derby-embedded";

	public static final String VERSION = "10.17.1.0";

	/**
	 * Every word Derby 10.17.1.0 refuses as an unquoted table or column name, found by trying each
	 * candidate (SQL-92 plus SQL:2003 words) in {@code CREATE TABLE} statements. Net4j renames
	 * generated tables and columns that collide with these (e.g. a feature called "user").
	 */
	private static final String[] RESERVED_WORDS = """
			ADD ALL ALLOCATE ALTER AND ANY ARE AS ASC ASSERTION AT AUTHORIZATION AVG BEGIN BETWEEN
			BIGINT BIT BOOLEAN BOTH BY CALL CASCADE CASCADED CASE CAST CHAR CHARACTER
			CHARACTER_LENGTH CHECK CLOSE COLLATE COLLATION COLUMN COMMIT CONNECT CONNECTION
			CONSTRAINT CONSTRAINTS CONTINUE CONVERT CORRESPONDING CREATE CROSS CURRENT CURRENT_DATE
			CURRENT_ROLE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR DEALLOCATE DEC DECIMAL
			DECLARE DEFAULT DEFERRABLE DEFERRED DELETE DESC DESCRIBE DETERMINISTIC DIAGNOSTICS
			DISCONNECT DISTINCT DOUBLE DROP ELSE END ESCAPE EXCEPT EXCEPTION EXEC EXECUTE EXISTS
			EXPLAIN EXTERNAL FALSE FETCH FIRST FLOAT FOR FOREIGN FOUND FROM FULL FUNCTION GET
			GETCURRENTCONNECTION GLOBAL GO GOTO GRANT GROUP HAVING HOUR IDENTITY IMMEDIATE IN
			INDICATOR INITIALLY INNER INOUT INPUT INSENSITIVE INSERT INT INTEGER INTERSECT INTO IS
			ISOLATION JOIN KEY LAST LEADING LEFT LIKE LOWER LTRIM MATCH MAX MIN MINUTE NATIONAL
			NATURAL NCHAR NEXT NO NONE NOT NULL NULLIF NUMERIC NVARCHAR OF ON ONLY OPEN OPTION OR
			ORDER OUT OUTER OUTPUT OVERLAPS PAD PARTIAL PREPARE PRESERVE PRIMARY PRIOR PRIVILEGES
			PROCEDURE PUBLIC READ REAL REFERENCES RELATIVE RESTRICT REVOKE RIGHT ROLLBACK ROWS RTRIM
			SCHEMA SCROLL SECOND SELECT SESSION_USER SET SMALLINT SOME SPACE SQL SQLCODE SQLERROR
			SQLSTATE SUBSTR SUBSTRING SUM SYSTEM_USER TABLE TEMPORARY TIMEZONE_HOUR TIMEZONE_MINUTE
			TO TRAILING TRANSACTION TRANSLATE TRANSLATION TRIM TRUE UNION UNIQUE UNKNOWN UPDATE UPPER
			USER USING VALUES VARCHAR VARYING VIEW WHENEVER WHERE WINDOW WITH WORK WRITE XML
			XMLEXISTS XMLPARSE XMLQUERY XMLSERIALIZE YEAR
			""".strip().split("\\s+");

	/** Derby's SQLStates (see the Derby reference, "SQL error messages and exceptions"). */
	static final String DUPLICATE_KEY = "23505";
	static final String TABLE_NOT_FOUND = "42X05";
	static final String COLUMN_NOT_FOUND = "42X04";
	/** The decimal precisions Derby's result set metadata gives DOUBLE and REAL columns. */
	private static final int DOUBLE_DIGITS = 15;
	private static final int REAL_DIGITS = 7;
	/** Derby's CHAR may hold at most 254 characters. */
	private static final int MAX_CHAR_LENGTH = 254;

	public DerbyAdapter() {
		super(NAME, VERSION);
	}

	@Override
	protected String getTypeName(IDBField field) {
		DBType type = field.getType();
		return switch (type) {
			// Derby has no TINYINT and no BIT; BOOLEAN exists since Derby 10.7.
			case TINYINT -> "SMALLINT";
			case BIT -> "BOOLEAN";
			// "LONG VARCHAR" is capped at 32700 characters; CLOB/BLOB have no practical limit.
			case LONGVARCHAR -> "CLOB";
			case BINARY, VARBINARY, LONGVARBINARY -> "BLOB";
			case CHAR -> field.getPrecision() > MAX_CHAR_LENGTH ? "VARCHAR" + field.formatPrecision()
					: super.getTypeName(field);
			default -> super.getTypeName(field);
		};
	}

	@Override
	public String[] getReservedWords() {
		return RESERVED_WORDS.clone();
	}

	/** Derby's unquoted identifiers must start with a letter. */
	@Override
	public boolean isValidFirstChar(char ch) {
		return Character.isLetter(ch);
	}

	@Override
	public boolean isDuplicateKeyException(SQLException ex) {
		return DUPLICATE_KEY.equals(ex.getSQLState());
	}

	@Override
	public boolean isTableNotFoundException(SQLException ex) {
		return TABLE_NOT_FOUND.equals(ex.getSQLState());
	}

	@Override
	public boolean isColumnNotFoundException(SQLException ex) {
		return COLUMN_NOT_FOUND.equals(ex.getSQLState());
	}

	@Override
	public String sqlRenameField(IDBField field, String oldName) {
		return "RENAME COLUMN " + field.getTable() + "." + oldName + " TO " + field;
	}

	/**
	 * Derby changes a column's type with {@code SET DATA TYPE} and its nullability in a separate
	 * statement; only the type (in practice: a longer VARCHAR) is changed here.
	 */
	@Override
	public String sqlModifyField(IDBField field) {
		return sqlModifyField(field.getTable().getName(), field.getName(), getTypeName(field));
	}

	@Override
	protected String sqlModifyField(String tableName, String fieldName, String type) {
		return "ALTER TABLE " + tableName + " ALTER COLUMN " + fieldName + " SET DATA TYPE " + type;
	}

	/** CDO's new tables of audited revisions get the index that finds an object's current row. */
	@Override
	protected void createTable(Connection connection, IDBTable table, IDBTableDelta delta) {
		super.createTable(connection, table, delta);
		CurrentRevisionIndexes.ensureFor(connection, table);
	}

	/**
	 * CDO asks for the tables of a schema named like the repository; in Derby the tables live in the
	 * connection's current schema (APP), so read that one instead of every schema. The columns of all its
	 * tables are read here too, in one metadata query, for {@link #readFields}.
	 */
	@Override
	protected ResultSet readTables(Connection connection, DatabaseMetaData metaData, String schemaName)
			throws SQLException {
		String schema = schemaName != null ? schemaName : connection.getSchema();
		columnsRead.set(readColumns(metaData, schema));
		return metaData.getTables(null, schema, null, new String[] { "TABLE" });
	}

	/** The columns of the tables of the schema being read, by table; set only during {@link #readSchema}. */
	private final ThreadLocal<Map<String, List<Column>>> columnsRead = new ThreadLocal<>();

	/** A column as {@link java.sql.ResultSetMetaData} describes it, which net4j's {@code readFields} reads. */
	private record Column(String name, int type, int precision, int scale, boolean notNull) {
	}

	@Override
	public void readSchema(Connection connection, org.eclipse.net4j.db.ddl.IDBSchema schema) {
		try {
			super.readSchema(connection, schema);
		} finally {
			columnsRead.remove();
		}
	}

	/**
	 * net4j compiles a {@code SELECT * FROM} each table to learn its columns from the result's metadata: on Derby a
	 * statement compiled (to a generated class) per table at every open. The schema's columns read at once by
	 * {@link #readTables} give the same types, precisions, scales and nullabilities (DerbyAdapterTest compares them).
	 */
	@Override
	protected void readFields(Connection connection, IDBTable table) throws SQLException {
		Map<String, List<Column>> columns = columnsRead.get();
		List<Column> ofTable = columns == null ? null : columns.get(table.getName());
		if (ofTable == null) {
			super.readFields(connection, table);
			return;
		}
		for (Column column : ofTable) {
			table.addField(column.name(), DBType.getTypeByCode(column.type()), column.precision(), column.scale(),
					column.notNull());
		}
	}

	private static Map<String, List<Column>> readColumns(DatabaseMetaData metaData, String schema) throws SQLException {
		Map<String, List<Column>> columns = new HashMap<>();
		try (ResultSet rows = metaData.getColumns(null, schema, "%", "%")) {
			while (rows.next()) {
				columns.computeIfAbsent(rows.getString("TABLE_NAME"), table -> new ArrayList<>())
						.add(new Column(rows.getString("COLUMN_NAME"), rows.getInt("DATA_TYPE"), precision(rows),
								rows.getInt("DECIMAL_DIGITS"), rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls));
			}
		}
		return columns;
	}

	/**
	 * The precision as a result's metadata gives it: the metadata query gives DOUBLE's and REAL's in bits (52, 23),
	 * a result's metadata in decimal digits.
	 */
	private static int precision(ResultSet column) throws SQLException {
		return switch (column.getInt("DATA_TYPE")) {
			case java.sql.Types.DOUBLE, java.sql.Types.FLOAT -> DOUBLE_DIGITS;
			case java.sql.Types.REAL -> REAL_DIGITS;
			default -> column.getInt("COLUMN_SIZE");
		};
	}
}
