package org.encompass.persistence.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.encompass.persistence.PersistenceException;

/**
 * Brings the tables of a repository made by an earlier Encompass up to the current model before CDO
 * opens it. CDO 4.7's DBStore creates a class's table when the class is first stored, but never adds
 * a column for a feature added to a class whose table exists: it then fails to read the class.
 * Each model change that adds features to existing classes lists its columns here (typed as CDO maps
 * them on Derby; PostgreSQL takes the same types); old rows read the new features as their defaults. Tables made before
 * {@link CurrentRevisionIndexes} existed get that index.
 */
public final class SchemaUpgrades {
	/**
	 * A column for a feature added to a class after repositories with its table existed. {@code value}, when not
	 * null, is written into the existing rows: CDO reads SQL NULL into a primitive feature (a long) as a
	 * null it cannot unbox.
	 */
	record AddedColumn(String table, String column, String type, String value) {
		AddedColumn(String table, String column, String type) {
			this(table, column, type, null);
		}
	}

	static final List<AddedColumn> ADDED_COLUMNS = List.of(
			// discovery conflicts (Site.conflicts is a list: its column holds the list's size)
			new AddedColumn("MODEL_SITE", "CONFLICTS", "INTEGER"),
			new AddedColumn("MODEL_SITE", "NEXTCONFLICTID", "BIGINT"),
			// storage reachability from discovery
			new AddedColumn("MODEL_STORAGEDEVICE", "REACHABLE", "BOOLEAN"),
			new AddedColumn("MODEL_STORAGEDEVICE", "LASTSEEN", "TIMESTAMP"),
			// write-behind full copies
			new AddedColumn("MODEL_CLONE", "FLUSHPENDING", "BOOLEAN"),
			// crash recovery: the entry that retried an interrupted or failed one
			new AddedColumn("MODEL_JOURNALENTRY", "RETRIEDBY", "BIGINT", "0"),
			// service updates (ServiceUpdate and UpdateMachine are new classes: CDO makes their tables)
			new AddedColumn("MODEL_SITE", "UPDATES", "INTEGER", "0"),
			// file contents on the master's storage device: the repository keeps their digest and size (the
			// engine moves inline contents out on its first start, ContentMigration)
			new AddedColumn("MODEL_FILEREPLACEMENT", "CONTENTSHA256", "VARCHAR(32672)"),
			new AddedColumn("MODEL_FILEREPLACEMENT", "CONTENTSIZE", "BIGINT", "0"),
			// topology: the storage devices hosts and chassis reach, machines' network segments, a required segment
			new AddedColumn("MODEL_HYPERVISORHOST", "REACHABLESTORAGE", "VARCHAR(32672)"),
			new AddedColumn("MODEL_CHASSIS", "REACHABLESTORAGE", "VARCHAR(32672)"),
			new AddedColumn("MODEL_VIRTUALMACHINE", "SEGMENTS", "VARCHAR(32672)"),
			new AddedColumn("MODEL_BLADE", "SEGMENTS", "VARCHAR(32672)"),
			new AddedColumn("MODEL_MACHINEREQUIREMENTS", "SEGMENT", "VARCHAR(32672)"),
			// blades: boot device and the iSCSI LUN of an attached clone; a chassis' firmware
			new AddedColumn("MODEL_BLADE", "BOOTDEVICE", "VARCHAR(32672)"),
			new AddedColumn("MODEL_BLADE", "BOOTTARGET", "VARCHAR(32672)"),
			new AddedColumn("MODEL_BLADE", "BOOTLUN", "INTEGER", "0"),
			new AddedColumn("MODEL_BLADE", "BOOTPORTAL", "VARCHAR(32672)"),
			new AddedColumn("MODEL_CHASSIS", "FIRMWARE", "VARCHAR(32672)"),
			// the reach discovery found, kept apart from the operator's record (REACHABLESTORAGE)
			new AddedColumn("MODEL_HYPERVISORHOST", "DISCOVEREDSTORAGE", "VARCHAR(32672)"),
			new AddedColumn("MODEL_CHASSIS", "DISCOVEREDSTORAGE", "VARCHAR(32672)"),
			// the networks discovery found a machine on, kept apart from the operator's segments (SEGMENTS)
			new AddedColumn("MODEL_VIRTUALMACHINE", "DISCOVEREDSEGMENTS", "VARCHAR(32672)"),
			new AddedColumn("MODEL_BLADE", "DISCOVEREDSEGMENTS", "VARCHAR(32672)"));

	/**
	 * The file in the Derby database's directory that says which upgrades the tables have had and which of Derby's
	 * container files (one per table and index, {@code seg0/c*.dat}) existed then: while every
	 * container is one it names, an open skips the checks (about 70 metadata calls on a new repository) and
	 * compiles no statement for them. A table made since (by an earlier Encompass too, which knows nothing of the
	 * file) is a new container and makes the next open check again; a dropped one does not. The file lives in the
	 * database's own directory, so a database restored from a copy carries its own (or none) and cannot inherit
	 * another's.
	 */
	public static final String DERBY_MARKER_FILE = "encompass-schema-upgrades";

	private SchemaUpgrades() {
	}

	/**
	 * Whether the Derby database in {@code databaseDirectory} had this version's upgrades checked and has no
	 * table made since: read from files only, so it can be asked before Derby boots.
	 */
	public static boolean upToDate(Path databaseDirectory) {
		try {
			List<String> recorded = Files.readAllLines(databaseDirectory.resolve(DERBY_MARKER_FILE), StandardCharsets.UTF_8);
			if (recorded.isEmpty() || !recorded.get(0).equals(upgradesDigest())) {
				return false;
			}
			return new HashSet<>(recorded.subList(1, recorded.size())).containsAll(containers(databaseDirectory));
		} catch (IOException | RuntimeException missingOrUnreadable) {
			return false;
		}
	}

	/** {@link #apply}, skipped when the Derby database's {@link #DERBY_MARKER_FILE} says it has nothing to do. */
	public static int applyToDerby(Path databaseDirectory, DataSource dataSource) {
		if (upToDate(databaseDirectory)) {
			return 0;
		}
		int added = apply(dataSource);
		try {
			record(databaseDirectory);
		} catch (IOException e) {
			throw new PersistenceException("cannot record the repository's schema level in " + databaseDirectory
					+ ": " + e.getMessage(), e);
		}
		return added;
	}

	/** Writes {@link #DERBY_MARKER_FILE}: the digest of the upgrades, then the containers' names, a line each. */
	private static void record(Path databaseDirectory) throws IOException {
		List<String> lines = new ArrayList<>();
		lines.add(upgradesDigest());
		lines.addAll(containers(databaseDirectory));
		Path marker = databaseDirectory.resolve(DERBY_MARKER_FILE);
		Path written = Files.createTempFile(databaseDirectory, DERBY_MARKER_FILE, ".tmp");
		try {
			Files.write(written, lines, StandardCharsets.UTF_8);
			Files.move(written, marker, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(written);
		}
	}

	/** The upgrades this version applies: a digest of their list and of the current revisions' index. */
	static String upgradesDigest() {
		StringBuilder upgrades = new StringBuilder(CurrentRevisionIndexes.indexName("T", Integer.MAX_VALUE));
		for (AddedColumn column : ADDED_COLUMNS) {
			upgrades.append(';').append(column.table()).append('.').append(column.column()).append(' ')
					.append(column.type()).append('=').append(column.value());
		}
		return "upgrades " + Integer.toHexString(upgrades.toString().hashCode());
	}

	/** The names of Derby's container files: one per table and per index, so a table made since is a name more. */
	private static List<String> containers(Path databaseDirectory) throws IOException {
		try (Stream<Path> files = Files.list(databaseDirectory.resolve("seg0"))) {
			return files.map(file -> file.getFileName().toString())
					.filter(name -> name.startsWith("c") && name.endsWith(".dat")).sorted().toList();
		}
	}

	/** Adds the missing columns of existing tables; a new database is left to CDO. Returns how many were added. */
	public static int apply(DataSource dataSource) {
		int added = 0;
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			for (AddedColumn upgrade : ADDED_COLUMNS) {
				String table = CurrentRevisionIndexes.stored(meta, upgrade.table());
				if (exists(meta.getTables(null, null, table, null))
						&& !exists(meta.getColumns(null, null, table, CurrentRevisionIndexes.stored(meta, upgrade.column())))) {
					try (Statement statement = connection.createStatement()) {
						statement.executeUpdate("ALTER TABLE " + upgrade.table() + " ADD COLUMN " + upgrade.column() + " "
								+ upgrade.type());
						if (upgrade.value() != null) {
							statement.executeUpdate("UPDATE " + upgrade.table() + " SET " + upgrade.column() + " = "
									+ upgrade.value() + " WHERE " + upgrade.column() + " IS NULL");
						}
					}
					added++;
				}
			}
			CurrentRevisionIndexes.ensure(connection);
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		} catch (SQLException e) {
			throw new PersistenceException("cannot upgrade the repository's tables to this version of Encompass: "
					+ e.getMessage(), e);
		}
		return added;
	}

	private static boolean exists(ResultSet rows) throws SQLException {
		try (rows) {
			return rows.next();
		}
	}
}
