package org.encompass.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.encompass.persistence.ConflictException;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.PersistenceException;
import org.encompass.persistence.RemoteRepositoryClient;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.persistence.RootObjects;
import org.encompass.persistence.Transactions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second session over the TCP acceptor, as another process (the CLI, a second console) would open it. */
class TcpTest {

	private static final long WAIT_MILLIS = 10_000;

	@TempDir
	Path data;

	@BeforeAll
	static void registerModel() {
		TestModel.init();
	}

	@Test
	void remoteSessionSeesCommitsAndConcurrentChangesConflict() throws Exception {
		Set<Thread> before = Threads.alive();
		try (EncompassRepository repository = EncompassRepository.open(RepositoryOptions.forDirectory(data).withTcpPort(0));
				RemoteRepositoryClient client = RemoteRepositoryClient.connect(repository.tcpAddress())) {
			int port = repository.tcpPort().orElseThrow();
			assertTrue(port > 0);
			assertEquals("127.0.0.1:" + port, client.address());

			CDOSession local = repository.openSession();
			CDOSession remote = client.openSession();
			Transactions.write(local, transaction -> {
				TestModel.set(RootObjects.findOrCreate(transaction, "/site", TestModel.SITE, EObject.class), "name", "created locally");
				return null;
			});
			assertEquals("created locally", Transactions.read(remote, view -> nameIn(view)));

			// A view kept open over TCP is updated by the other session's commit (invalidation).
			CDOView remoteView = remote.openView();
			EObject remoteSite = RootObjects.find(remoteView, "/site", TestModel.SITE, EObject.class).orElseThrow();
			assertEquals("created locally", TestModel.get(remoteSite, "name"));
			Transactions.write(local, "/site", resource -> {
				TestModel.set(resource.getContents().get(0), "name", "changed locally");
				return null;
			});
			awaitEquals("changed locally", () -> TestModel.get(remoteSite, "name"));
			remoteView.close();

			// Both change the same object: the later commit is refused, the earlier value stays.
			CDOTransaction localTransaction = local.openTransaction();
			CDOTransaction remoteTransaction = remote.openTransaction();
			TestModel.set(RootObjects.findOrCreate(remoteTransaction, "/site", TestModel.SITE, EObject.class), "name", "remote");
			TestModel.set(RootObjects.findOrCreate(localTransaction, "/site", TestModel.SITE, EObject.class), "name", "local");
			Transactions.commit(localTransaction);
			assertThrows(ConflictException.class, () -> Transactions.commit(remoteTransaction));
			localTransaction.close();
			remoteTransaction.close();

			assertEquals("local", Transactions.read(local, TcpTest::nameIn));
			awaitEquals("local", () -> Transactions.read(remote, TcpTest::nameIn));
			CDOSession third = client.openSession();
			assertEquals("local", Transactions.read(third, TcpTest::nameIn));
		}
		assertEquals(List.of(), Threads.leftSince(before, 5000), "threads left after close");
	}

	@Test
	void connectingToNothingFailsClearly() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName(RepositoryOptions.TCP_HOST))) {
			port = free.getLocalPort();
		}
		Set<Thread> before = Threads.alive();
		PersistenceException failure = assertThrows(PersistenceException.class,
				() -> RemoteRepositoryClient.connect("127.0.0.1:" + port));
		assertEquals("cannot connect to repository at 127.0.0.1:" + port + ": Connection refused", failure.getMessage());
		assertEquals(List.of(), Threads.leftSince(before, 5000));
	}

	@Test
	void malformedAddressIsRefused() {
		for (String address : new String[] { "localhost", "127.0.0.1:", ":2036", "127.0.0.1:http", "127.0.0.1:0", null }) {
			PersistenceException refused = assertThrows(PersistenceException.class, () -> RemoteRepositoryClient.connect(address));
			assertEquals("repository address must be host:port (e.g. 127.0.0.1:2036), not '" + address + "'", refused.getMessage());
		}
	}

	private static String nameIn(CDOView view) {
		return (String) TestModel.get(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow(), "name");
	}

	private static void awaitEquals(Object expected, Supplier<Object> actual) throws InterruptedException {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		Object last = actual.get();
		while (!expected.equals(last) && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
			last = actual.get();
		}
		assertEquals(expected, last, "not seen within " + WAIT_MILLIS + " ms");
	}
}
