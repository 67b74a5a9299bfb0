package org.encompass.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.cdo.common.id.CDOID;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.ecore.EObject;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.persistence.RootObjects;
import org.encompass.persistence.Transactions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncompassRepositoryTest {

	private static final Date CREATED = new Date(1_700_000_000_123L);

	@TempDir
	Path temp;

	@BeforeAll
	static void registerModel() {
		TestModel.init();
	}

	@Test
	void contentSurvivesCloseAndReopen() throws Exception {
		Path data = temp.resolve("data");
		Set<Thread> before = Threads.alive();
		long start = System.nanoTime();
		CDOID hostId;
		RepositoryOptions options = options(data);
		try (EncompassRepository repository = EncompassRepository.open(options)) {
			System.out.printf("open of an empty repository: %d ms%n", (System.nanoTime() - start) / 1_000_000);
			CDOSession session = repository.openSession();
			Transactions.write(session, transaction -> {
				EObject site = RootObjects.findOrCreate(transaction, "/site", TestModel.SITE, EObject.class);
				TestModel.set(site, "name", "lab");
				EObject first = fullHost("h1");
				EObject second = TestModel.host("h2");
				TestModel.set(second, "peer", first);
				TestModel.hosts(site).addAll(List.of(first, second));
				return null;
			});
			hostId = idOfHost(session, "h1");
		}
		assertEquals(List.of(), Threads.leftSince(before, 5000), "threads left after close");
		assertEquals(embeddedDerby(), Files.isDirectory(data.resolve("db")), "Derby's database directory");

		start = System.nanoTime();
		try (EncompassRepository repository = EncompassRepository.open(options)) {
			System.out.printf("open of a repository with content: %d ms%n", (System.nanoTime() - start) / 1_000_000);
			CDOSession session = repository.openSession();
			Transactions.read(session, view -> {
				EObject site = RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow();
				assertEquals("lab", TestModel.get(site, "name"));
				List<EObject> hosts = TestModel.hosts(site);
				assertEquals(2, hosts.size());
				EObject h1 = hosts.get(0);
				assertFullHost(h1);
				assertEquals(hostId, CDOUtil.getCDOObject(h1).cdoID());
				assertSame(h1, TestModel.get(hosts.get(1), "peer"));
				assertEquals(null, TestModel.get(hosts.get(1), "created"));
				return null;
			});
		}
	}

	@Test
	void everyCommitIsAVersionAndCommitsAreQuick() throws Exception {
		int commits = 50;
		try (EncompassRepository repository = EncompassRepository.open(options(temp.resolve("data")))) {
			CDOSession session = repository.openSession();
			CDOTransaction transaction = session.openTransaction();
			EObject site = RootObjects.findOrCreate(transaction, "/site", TestModel.SITE, EObject.class);
			TestModel.set(site, "name", "warm-up");
			Transactions.commit(transaction);
			long start = System.nanoTime();
			for (int i = 0; i < commits; i++) {
				TestModel.set(site, "name", "name " + i);
				Transactions.commit(transaction);
			}
			System.out.printf("commit latency (one attribute, audits on): %.1f ms%n",
					(System.nanoTime() - start) / 1e6 / commits);
			assertEquals(commits + 1, CDOUtil.getCDOObject(site).cdoRevision().getVersion());
			transaction.close();
		}
	}

	/** The store the tests run on: the embedded Derby default here, PostgreSQL in {@link PostgresEncompassRepositoryTest}. */
	RepositoryOptions options(Path data) throws Exception {
		return RepositoryOptions.forDirectory(data);
	}

	boolean embeddedDerby() {
		return true;
	}

	private static CDOID idOfHost(CDOSession session, String name) {
		return Transactions.read(session, view -> {
			EObject site = RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow();
			return TestModel.hosts(site).stream().filter(h -> name.equals(TestModel.get(h, "name")))
					.map(h -> CDOUtil.getCDOObject(h).cdoID()).findFirst().orElseThrow();
		});
	}

	static EObject fullHost(String name) {
		EObject host = TestModel.host(name);
		TestModel.set(host, "cpus", 16);
		TestModel.set(host, "memory", 64L << 30);
		TestModel.set(host, "enabled", true);
		TestModel.set(host, "load", 0.75d);
		TestModel.set(host, "ratio", 1.5f);
		TestModel.set(host, "slots", (short) 12);
		TestModel.set(host, "level", (byte) -3);
		TestModel.set(host, "letter", 'x');
		TestModel.set(host, "created", CREATED);
		TestModel.set(host, "price", new BigDecimal("12345.678"));
		TestModel.set(host, "serial", new BigInteger("123456789012345678901234567890"));
		TestModel.set(host, "firmware", new byte[] { 0, 1, 2, (byte) 0xff });
		TestModel.set(host, "state", TestModel.literal("DOWN"));
		TestModel.set(host, "user", "root");
		TestModel.set(host, "order", 7);
		@SuppressWarnings("unchecked")
		List<String> tags = (List<String>) TestModel.get(host, "tags");
		tags.addAll(List.of("rack-1", "gpu", "rack-1"));
		return host;
	}

	static void assertFullHost(EObject host) {
		assertEquals("h1", TestModel.get(host, "name"));
		assertEquals(16, TestModel.get(host, "cpus"));
		assertEquals(64L << 30, TestModel.get(host, "memory"));
		assertEquals(true, TestModel.get(host, "enabled"));
		assertEquals(0.75d, TestModel.get(host, "load"));
		assertEquals(1.5f, TestModel.get(host, "ratio"));
		assertEquals((short) 12, TestModel.get(host, "slots"));
		assertEquals((byte) -3, TestModel.get(host, "level"));
		assertEquals('x', TestModel.get(host, "letter"));
		assertEquals(CREATED, TestModel.get(host, "created"));
		assertEquals(0, new BigDecimal("12345.678").compareTo((BigDecimal) TestModel.get(host, "price")));
		assertEquals(new BigInteger("123456789012345678901234567890"), TestModel.get(host, "serial"));
		assertArrayEquals(new byte[] { 0, 1, 2, (byte) 0xff }, (byte[]) TestModel.get(host, "firmware"));
		assertEquals(TestModel.literal("DOWN"), TestModel.get(host, "state"));
		assertEquals("root", TestModel.get(host, "user"));
		assertEquals(7, TestModel.get(host, "order"));
		assertEquals(List.of("rack-1", "gpu", "rack-1"), List.copyOf((List<?>) TestModel.get(host, "tags")));
	}
}
