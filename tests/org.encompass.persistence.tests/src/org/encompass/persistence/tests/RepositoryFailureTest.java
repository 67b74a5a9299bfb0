package org.encompass.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.ecore.EObject;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.PersistenceException;
import org.encompass.persistence.RepositoryInUseException;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.persistence.RootObjects;
import org.encompass.persistence.Transactions;
import org.encompass.persistence.internal.RepositoryLock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refusals and failed opens: a clear message, and nothing left running or locked. */
class RepositoryFailureTest {

	@TempDir
	Path temp;

	@BeforeAll
	static void registerModel() {
		TestModel.init();
	}

	@Test
	void secondOpenInThisProcessIsRefusedAndTheFirstKeepsWorking() {
		Path data = temp.resolve("data");
		try (EncompassRepository repository = EncompassRepository.open(data)) {
			RepositoryInUseException refused = assertThrows(RepositoryInUseException.class,
					() -> EncompassRepository.open(data));
			assertEquals("repository " + data + " is already open in this process (pid " + ProcessHandle.current().pid() + ")",
					refused.getMessage());

			CDOSession session = repository.openSession();
			Transactions.write(session, transaction -> {
				TestModel.set(RootObjects.findOrCreate(transaction, "/site", TestModel.SITE, EObject.class), "name", "still here");
				return null;
			});
			assertEquals("still here", Transactions.read(session, view -> TestModel
					.get(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow(), "name")));
		}
	}

	@Test
	void theLockFileNamesItsHolderAndTheTcpPortItSharesOn() throws Exception {
		Path data = temp.resolve("data");
		try (EncompassRepository repository = EncompassRepository.open(RepositoryOptions.forDirectory(data).withTcpPort(0)
				.withHolder(RepositoryOptions.HOLDER_CONSOLE))) {
			int port = Integer.parseInt(repository.tcpAddress().substring(repository.tcpAddress().lastIndexOf(':') + 1));
			assertEquals(ProcessHandle.current().pid() + "\nthe console\n" + port + "\n",
					Files.readString(data.resolve("encompass.lock")));
		}
		try (EncompassRepository repository = EncompassRepository.open(data)) {
			assertEquals(ProcessHandle.current().pid() + "\n\n\n", Files.readString(data.resolve("encompass.lock")),
					"no holder given, no TCP");
		}
	}

	@Test
	void dataDirectoryThatIsAFileIsRefused() throws Exception {
		Path file = Files.writeString(temp.resolve("file"), "not a directory");
		Set<Thread> before = Threads.alive();
		PersistenceException refused = assertThrows(PersistenceException.class, () -> EncompassRepository.open(file));
		assertEquals("data directory " + file + " is not a directory", refused.getMessage());
		assertEquals(List.of(), Threads.leftSince(before, 2000));
		assertEquals("not a directory", Files.readString(file));
	}

	@Test
	void dataDirectoryBelowAFileIsRefused() throws Exception {
		Path file = Files.writeString(temp.resolve("file"), "not a directory");
		Path below = file.resolve("data");
		PersistenceException refused = assertThrows(PersistenceException.class, () -> EncompassRepository.open(below));
		assertEquals("cannot create data directory " + below + ": " + file + " is not a directory", refused.getMessage());
	}

	@Test
	void unwritableDataDirectoryIsRefused() throws Exception {
		Path data = Files.createDirectory(temp.resolve("readonly"));
		Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			Assumptions.assumeFalse(Files.isWritable(data), "running as root: permissions do not stop root");
			PersistenceException refused = assertThrows(PersistenceException.class, () -> EncompassRepository.open(data));
			assertEquals("data directory " + data + " is not writable", refused.getMessage());
		} finally {
			Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	@Test
	void brokenDatabaseFailsClearlyAndLeavesNothingRunning() throws Exception {
		Path data = Files.createDirectory(temp.resolve("data"));
		Files.writeString(data.resolve(EncompassRepository.DATABASE_DIRECTORY), "where the database should be");
		Set<Thread> before = Threads.alive();

		PersistenceException failure = assertThrows(PersistenceException.class, () -> EncompassRepository.open(data));
		assertTrue(failure.getMessage().startsWith("cannot open Derby database " + data.resolve("db") + ": "),
				failure.getMessage());
		assertTrue(failure.getMessage().contains("already exists"), failure.getMessage());
		assertEquals(List.of(), Threads.leftSince(before, 5000));
		assertLockFree(data);

		Files.delete(data.resolve(EncompassRepository.DATABASE_DIRECTORY));
		EncompassRepository.open(data).close();
	}

	@Test
	void failingRepositoryActivationLeavesNothingRunning() throws Exception {
		Path data = Files.createDirectory(temp.resolve("data"));
		// A database that is not CDO's: its table has the name of a CDO table but other columns.
		EmbeddedDataSource foreign = new EmbeddedDataSource();
		foreign.setDatabaseName(data.resolve(EncompassRepository.DATABASE_DIRECTORY).toString());
		foreign.setCreateDatabase("create");
		try (Connection connection = foreign.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE CDO_PROPERTIES (SOMETHING_ELSE INTEGER)");
		}
		foreign.setCreateDatabase(null);
		foreign.setShutdownDatabase("shutdown");
		assertEquals("08006", assertThrows(SQLException.class, foreign::getConnection).getSQLState());
		Set<Thread> before = Threads.alive();

		PersistenceException failure = assertThrows(PersistenceException.class, () -> EncompassRepository.open(data));
		assertTrue(failure.getMessage().startsWith("cannot open repository " + data + ": "), failure.getMessage());
		assertEquals(List.of(), Threads.leftSince(before, 5000));
		assertLockFree(data);
		// Derby was shut down: the database can be booted again (here to repair it).
		foreign.setShutdownDatabase(null);
		try (Connection connection = foreign.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE CDO_PROPERTIES");
		}
		foreign.setShutdownDatabase("shutdown");
		assertThrows(SQLException.class, foreign::getConnection);
		EncompassRepository.open(data).close();
	}

	@Test
	void busyTcpPortFailsClearlyAndLeavesNothingRunning() throws Exception {
		Path data = temp.resolve("data");
		try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName(RepositoryOptions.TCP_HOST))) {
			Set<Thread> before = Threads.alive();
			RepositoryOptions options = RepositoryOptions.forDirectory(data).withTcpPort(busy.getLocalPort());
			PersistenceException failure = assertThrows(PersistenceException.class, () -> EncompassRepository.open(options));
			assertEquals("cannot listen on 127.0.0.1:" + busy.getLocalPort() + ": Address already in use", failure.getMessage());
			assertEquals(List.of(), Threads.leftSince(before, 5000));
			assertLockFree(data);
		}
		// Derby was shut down too: the same directory opens again.
		EncompassRepository.open(data).close();
	}

	@Test
	void closedRepositoryRefusesSessionsAndClosesTheOpenOnes() throws Exception {
		Set<Thread> before = Threads.alive();
		EncompassRepository repository = EncompassRepository.open(temp.resolve("data"));
		CDOSession session = repository.openSession();
		assertTrue(repository.isOpen());
		repository.close();
		assertFalse(repository.isOpen());
		assertTrue(session.isClosed());
		PersistenceException refused = assertThrows(PersistenceException.class, repository::openSession);
		assertEquals("repository " + temp.resolve("data") + " is closed", refused.getMessage());
		repository.close();
		assertEquals(List.of(), Threads.leftSince(before, 5000));
	}

	private static void assertLockFree(Path data) throws IOException {
		RepositoryLock.acquire(data).close();
	}
}
