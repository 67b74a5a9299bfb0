package org.encompass.persistence.tests;

import org.encompass.tests.support.PostgresCluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.ecore.EObject;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.PersistenceException;
import org.encompass.persistence.PostgresStore;
import org.encompass.persistence.RepositoryInUseException;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.persistence.RootObjects;
import org.encompass.persistence.Transactions;
import org.encompass.persistence.internal.Failures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only the PostgreSQL store has: a login, a database two repositories must not share, a server that can
 * go away under an open repository, and the index CDO's current-revision lookups need.
 */
class PostgresStoreTest {

	@TempDir
	Path temp;

	@BeforeAll
	static void registerModel() {
		TestModel.init();
	}

	@Test
	void aWrongPasswordIsRefusedInOneLineThatDoesNotHoldIt() throws Exception {
		PostgresStore right = PostgresCluster.shared().newDatabase();
		String wrong = "not-the-password-" + System.nanoTime();
		PostgresStore store = new PostgresStore(right.url(), right.user(), wrong::toCharArray);
		Set<Thread> before = Threads.alive();
		PersistenceException refused = assertThrows(PersistenceException.class,
				() -> EncompassRepository.open(RepositoryOptions.forDirectory(temp.resolve("data")).withPostgres(store)));
		assertTrue(refused.getMessage().startsWith("cannot open PostgreSQL database " + right.url() + " as encompass: "),
				refused.getMessage());
		assertTrue(refused.getMessage().contains("password authentication failed"), refused.getMessage());
		assertFalse(refused.getMessage().contains(wrong), "the message shows the password");
		assertFalse(refused.getMessage().contains("\n"), refused.getMessage());
		assertEquals(List.of(), Threads.leftSince(before, 5000), "threads left after a refused open");
		// Nothing was left locked: the right password opens it.
		EncompassRepository.open(RepositoryOptions.forDirectory(temp.resolve("data")).withPostgres(right)).close();
	}

	@Test
	void aServerThatDoesNotAnswerIsNamed() throws Exception {
		int closedPort;
		try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
			closedPort = probe.getLocalPort();
		}
		PostgresStore store = new PostgresStore("jdbc:postgresql://127.0.0.1:" + closedPort + "/encompass", "encompass",
				"x"::toCharArray);
		PersistenceException refused = assertThrows(PersistenceException.class,
				() -> EncompassRepository.open(RepositoryOptions.forDirectory(temp.resolve("data")).withPostgres(store)));
		assertTrue(refused.getMessage().startsWith("cannot open PostgreSQL database jdbc:postgresql://127.0.0.1:"
				+ closedPort + "/encompass as encompass: "), refused.getMessage());
		assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
	}

	@Test
	void theUrlMustNotHoldThePasswordAndAUserIsNeeded() {
		PersistenceException inUrl = assertThrows(PersistenceException.class,
				() -> new PostgresStore("jdbc:postgresql://db:5432/encompass?user=a&password=secret", "a", () -> null));
		assertFalse(inUrl.getMessage().contains("secret"), inUrl.getMessage());
		assertTrue(inUrl.getMessage().contains(PostgresStore.PASSWORD_ENVIRONMENT), inUrl.getMessage());
		PersistenceException noUser = assertThrows(PersistenceException.class,
				() -> PostgresStore.fromEnvironment(name -> null,
						name -> name.equals(PostgresStore.URL_ENVIRONMENT) ? "jdbc:postgresql://db/encompass" : null, null));
		assertTrue(noUser.getMessage().contains(PostgresStore.USER_ENVIRONMENT), noUser.getMessage());
		assertThrows(PersistenceException.class, () -> new PostgresStore("jdbc:derby:/tmp/x", "a", () -> null));
	}

	@Test
	void theEnvironmentChoosesTheStoreAndItsPasswordBeforeSecureStorage() {
		assertEquals(null, PostgresStore.fromEnvironment(name -> null, name -> null, url -> "x".toCharArray()));
		String url = "jdbc:postgresql://127.0.0.1:5432/encompass";
		PostgresStore fromSecureStorage = PostgresStore.fromEnvironment(name -> null,
				name -> switch (name) {
					case PostgresStore.URL_ENVIRONMENT -> url;
					case PostgresStore.USER_ENVIRONMENT -> "alice";
					default -> null;
				}, key -> key.equals(url) ? "kept".toCharArray() : null);
		assertEquals("alice", fromSecureStorage.user());
		assertEquals("kept", new String(fromSecureStorage.password().get()));
		assertFalse(fromSecureStorage.toString().contains("kept"));
		PostgresStore fromVariable = PostgresStore.fromEnvironment(
				name -> name.equals(PostgresStore.USER_PROPERTY) ? "bob" : null,
				name -> switch (name) {
					case PostgresStore.URL_ENVIRONMENT -> url;
					case PostgresStore.PASSWORD_ENVIRONMENT -> "given";
					default -> null;
				}, key -> "kept".toCharArray());
		assertEquals("bob", fromVariable.user());
		assertEquals("given", new String(fromVariable.password().get()));
	}

	@Test
	void twoRepositoriesNeverShareADatabase() throws Exception {
		PostgresStore store = PostgresCluster.shared().newDatabase();
		try (EncompassRepository first = EncompassRepository.open(RepositoryOptions.forDirectory(temp.resolve("one"))
				.withPostgres(store))) {
			RepositoryInUseException refused = assertThrows(RepositoryInUseException.class, () -> EncompassRepository
					.open(RepositoryOptions.forDirectory(temp.resolve("two")).withPostgres(store)));
			assertTrue(refused.getMessage().contains("is in use by another Encompass repository"), refused.getMessage());
			assertTrue(first.isOpen());
		}
		// Closing the first releases the database.
		EncompassRepository.open(RepositoryOptions.forDirectory(temp.resolve("two")).withPostgres(store)).close();
	}

	@Test
	void tablesOfRevisionsGetTheCurrentRevisionIndexAndADroppedOneComesBack() throws Exception {
		PostgresCluster cluster = PostgresCluster.shared();
		PostgresStore store = cluster.newDatabase();
		RepositoryOptions options = RepositoryOptions.forDirectory(temp.resolve("data")).withPostgres(store);
		try (EncompassRepository repository = EncompassRepository.open(options)) {
			for (int version = 1; version <= 20; version++) {
				setSiteName(repository, "v" + version);
			}
		}
		Set<String> tables;
		try (Connection connection = cluster.connect(store)) {
			tables = revisionTables(connection);
			assertFalse(tables.isEmpty(), "CDO made no table of revisions");
			assertEquals(tables, indexedTables(connection));
			try (Statement statement = connection.createStatement()) {
				for (String table : tables) {
					statement.executeUpdate("DROP INDEX " + table + "_current");
				}
			}
			assertEquals(Set.of(), indexedTables(connection), "as an earlier Encompass left it");
		}
		try (EncompassRepository repository = EncompassRepository.open(options)) {
			assertEquals("v20", siteName(repository.openSession()));
		}
		try (Connection connection = cluster.connect(store)) {
			assertEquals(tables, indexedTables(connection));
		}
	}

	/** The columns later versions added to existing classes are added on PostgreSQL too, with their defaults. */
	@Test
	void schemaUpgradesAddTheMissingColumns() throws Exception {
		PostgresCluster cluster = PostgresCluster.shared();
		PostgresStore store = cluster.newDatabase();
		try (Connection connection = cluster.connect(store); Statement statement = connection.createStatement()) {
			// MODEL_CLONE and MODEL_JOURNALENTRY as an earlier version made them, with one row each.
			statement.executeUpdate("CREATE TABLE MODEL_CLONE (CDO_ID BIGINT, CDO_REVISED BIGINT, NAME VARCHAR(100))");
			statement.executeUpdate("INSERT INTO MODEL_CLONE VALUES (1, 0, 'c1')");
			statement.executeUpdate("CREATE TABLE MODEL_JOURNALENTRY (CDO_ID BIGINT, CDO_REVISED BIGINT)");
			statement.executeUpdate("INSERT INTO MODEL_JOURNALENTRY VALUES (2, 0)");
		}
		org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
		source.setURL(store.url());
		source.setUser(store.user());
		source.setPassword(cluster.password());
		assertEquals(2, org.encompass.persistence.internal.SchemaUpgrades.apply(source), "FLUSHPENDING and RETRIEDBY");
		assertEquals(0, org.encompass.persistence.internal.SchemaUpgrades.apply(source), "a second time: nothing");
		try (Connection connection = cluster.connect(store); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT c.flushpending, j.retriedby FROM model_clone c, model_journalentry j")) {
			assertTrue(rows.next());
			assertEquals(null, rows.getObject(1));
			assertEquals(0L, rows.getLong(2), "the default written into existing rows");
		}
		try (Connection connection = cluster.connect(store)) {
			assertEquals(Set.of("model_clone", "model_journalentry"), indexedTables(connection), "and the current-revision index");
		}
	}

	/**
	 * PostgreSQL stopped under an open repository: commits fail with a clear reason and change nothing; once it
	 * runs again the same repository and session serve again, and every commit that was acknowledged is there,
	 * also after a reopen. Pooled database connections die with the server: the first commits after its return
	 * may still fail on one, which CDO then drops, so the test allows a few.
	 */
	@Test
	void postgresStoppedAndStartedUnderAnOpenRepository() throws Exception {
		PostgresCluster cluster = PostgresCluster.startPrivate();
		try {
			PostgresStore store = cluster.newDatabase();
			RepositoryOptions options = RepositoryOptions.forDirectory(temp.resolve("data")).withPostgres(store);
			try (EncompassRepository repository = EncompassRepository.open(options)) {
				CDOSession session = repository.openSession();
				setSiteName(session, "before");

				cluster.stop();
				// The first request reaching the store fails: a read (the resource lookup) or the commit.
				RuntimeException down = assertThrows(RuntimeException.class, () -> setSiteName(session, "while down"));
				String reason = Failures.reason(down);
				System.out.println("write while PostgreSQL is down: " + reason);
				assertTrue(reason.contains("connection"), reason);
				assertFalse(reason.contains(cluster.password()), "the message shows the password");

				cluster.start();
				List<String> failuresAfter = new ArrayList<>();
				String found = null;
				for (int attempt = 0; attempt < 10 && found == null; attempt++) {
					try {
						found = siteName(session);
					} catch (RuntimeException staleConnection) {
						failuresAfter.add(Failures.reason(staleConnection));
					}
				}
				assertEquals("before", found, "the write that failed while PostgreSQL was down changed something");
				for (int attempt = 0; attempt < 10; attempt++) {
					try {
						setSiteName(session, "after");
						break;
					} catch (RuntimeException staleConnection) {
						failuresAfter.add(Failures.reason(staleConnection));
					}
				}
				System.out.println("commits failed after PostgreSQL came back: " + failuresAfter.size() + " " + failuresAfter);
				assertTrue(failuresAfter.size() < 10, "no service after PostgreSQL came back: " + failuresAfter);
				assertEquals("after", siteName(session));
				assertEquals("after", siteName(repository.openSession()));
			}
			try (EncompassRepository repository = EncompassRepository.open(options)) {
				assertEquals("after", siteName(repository.openSession()));
			}
		} finally {
			cluster.destroy();
		}
	}

	private static void setSiteName(EncompassRepository repository, String name) {
		setSiteName(repository.openSession(), name);
	}

	private static void setSiteName(CDOSession session, String name) {
		Transactions.write(session, transaction -> {
			TestModel.set(RootObjects.findOrCreate(transaction, "/site", TestModel.SITE, EObject.class), "name", name);
			return null;
		});
	}

	private static String siteName(CDOSession session) {
		return Transactions.read(session,
				view -> (String) TestModel.get(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow(), "name"));
	}

	/** Tables with both cdo_id and cdo_revised columns. */
	private static Set<String> revisionTables(Connection connection) throws SQLException {
		Set<String> tables = new TreeSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT a.table_name FROM information_schema.columns a"
						+ " JOIN information_schema.columns b ON b.table_name = a.table_name AND b.table_schema = a.table_schema"
						+ " WHERE a.table_schema = 'public' AND a.column_name = 'cdo_id' AND b.column_name = 'cdo_revised'")) {
			while (rows.next()) {
				tables.add(rows.getString(1));
			}
		}
		return tables;
	}

	/** Tables having an index named table_current on exactly (cdo_id, cdo_revised). */
	private static Set<String> indexedTables(Connection connection) throws SQLException {
		Set<String> tables = new TreeSet<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT tablename, indexname, indexdef FROM pg_indexes"
						+ " WHERE schemaname = 'public'")) {
			while (rows.next()) {
				if (rows.getString(2).equals(rows.getString(1) + "_current")
						&& rows.getString(3).endsWith("(cdo_id, cdo_revised)")) {
					tables.add(rows.getString(1));
				}
			}
		}
		return tables;
	}
}
