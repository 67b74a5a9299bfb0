package org.encompass.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.ConcurrentAccessException;
import org.eclipse.emf.cdo.view.CDORevisionPrefetchingPolicy;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.encompass.persistence.ConflictException;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.persistence.PersistenceException;
import org.encompass.persistence.RootObjects;
import org.encompass.persistence.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units of work on one repository shared by the tests of this class (opening one costs seconds), on the embedded
 * Derby default; {@link PostgresTransactionsTest} runs them on PostgreSQL.
 */
@TestInstance(Lifecycle.PER_CLASS)
class TransactionsTest {

	/** Static: JUnit injects a per-instance one only after {@code @BeforeAll}, even per class. */
	@TempDir
	static Path data;

	private EncompassRepository repository;
	private CDOSession session;

	@BeforeAll
	void open() throws Exception {
		TestModel.init();
		repository = EncompassRepository.open(options(data));
		session = repository.openSession();
	}

	@AfterAll
	void close() {
		repository.close();
	}

	RepositoryOptions options(Path directory) throws Exception {
		return RepositoryOptions.forDirectory(directory);
	}

	@BeforeEach
	void resetSite() {
		Transactions.write(session, transaction -> {
			EObject site = RootObjects.findOrCreate(transaction, "/site", TestModel.SITE, EObject.class);
			TestModel.set(site, "name", "start");
			TestModel.hosts(site).clear();
			return null;
		});
	}

	@Test
	void writeCommitsAndReadSeesIt() {
		String written = Transactions.write(session, "/site", resource -> {
			EObject site = resource.getContents().get(0);
			TestModel.set(site, "name", "written");
			TestModel.hosts(site).add(TestModel.host("h1"));
			return "done";
		});
		assertEquals("done", written);
		assertEquals("written", nameInNewSession());
		assertEquals(1, (int) Transactions.read(session,
				view -> TestModel.hosts(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow()).size()));
	}

	@Test
	void failingBodyWritesNothing() {
		IllegalStateException failure = new IllegalStateException("operator cancelled");
		IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Transactions.write(session, "/site", resource -> {
			EObject site = resource.getContents().get(0);
			TestModel.set(site, "name", "half-written");
			TestModel.hosts(site).add(TestModel.host("h1"));
			throw failure;
		}));
		assertSame(failure, thrown);
		assertEquals("start", siteName(session));
		assertEquals("start", nameInNewSession());
	}

	@Test
	void concurrentChangeIsAConflictAndTheFirstValueStays() {
		CDOSession other = repository.openSession();
		CDOTransaction mine = session.openTransaction();
		CDOTransaction theirs = other.openTransaction();
		try {
			EObject mySite = RootObjects.findOrCreate(mine, "/site", TestModel.SITE, EObject.class);
			EObject theirSite = RootObjects.findOrCreate(theirs, "/site", TestModel.SITE, EObject.class);
			TestModel.set(theirSite, "name", "theirs");
			TestModel.set(mySite, "name", "mine");
			Transactions.commit(mine);

			ConflictException conflict = assertThrows(ConflictException.class, () -> Transactions.commit(theirs));
			assertInstanceOf(ConcurrentAccessException.class, conflict.getCause());
			assertTrue(conflict.getMessage().startsWith("commit refused: another session changed"), conflict.getMessage());
		} finally {
			mine.close();
			theirs.close();
		}
		try {
			assertEquals("mine", siteName(other));
		} finally {
			other.close();
		}
		assertEquals("mine", siteName(session));
		assertEquals("mine", nameInNewSession());
	}

	@Test
	void tooLongStringFailsTheCommitAndWritesNothing() {
		String tooLong = "x".repeat(40_000);
		PersistenceException failure = assertThrows(PersistenceException.class, () -> Transactions.write(session, "/site", resource -> {
			EObject site = resource.getContents().get(0);
			TestModel.set(site, "name", tooLong);
			TestModel.hosts(site).add(TestModel.host("h1"));
			return null;
		}));
		assertFalse(failure instanceof ConflictException, failure.toString());
		assertTrue(failure.getMessage().startsWith("commit failed: "), failure.getMessage());
		assertEquals("start", nameInNewSession());
		// The session stays usable.
		Transactions.write(session, "/site", resource -> {
			TestModel.set(resource.getContents().get(0), "name", "after");
			return null;
		});
		assertEquals("after", nameInNewSession());
	}

	@Test
	void clobAnnotatedAttributeHoldsLongText() {
		String notes = "line of operator notes\n".repeat(5_000);
		Transactions.write(session, "/site", resource -> {
			TestModel.set(resource.getContents().get(0), "notes", notes);
			return null;
		});
		CDOSession fresh = repository.openSession();
		try {
			assertEquals(notes, Transactions.read(fresh,
					view -> TestModel.get(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow(), "notes")));
		} finally {
			fresh.close();
		}
	}

	@Test
	void viewsPrefetchRevisions() {
		CDOView view = session.openView();
		CDOTransaction transaction = session.openTransaction();
		try {
			for (CDOView each : List.of(view, transaction)) {
				assertNotSame(CDORevisionPrefetchingPolicy.NO_PREFETCHING, each.options().getRevisionPrefetchingPolicy());
			}
		} finally {
			view.close();
			transaction.close();
		}
	}

	@Test
	void rootObjectIsCreatedOnceAndFoundAfterwards() {
		assertTrue(Transactions.read(session, view -> RootObjects.find(view, "/other", TestModel.SITE, EObject.class)).isEmpty());
		Transactions.write(session, transaction -> RootObjects.findOrCreate(transaction, "/other", TestModel.SITE, EObject.class));
		Transactions.write(session, transaction -> RootObjects.findOrCreate(transaction, "/other", TestModel.SITE, EObject.class));
		assertEquals(1, (int) Transactions.read(session, view -> view.getResource("/other").getContents().size()));
		assertThrows(IllegalArgumentException.class,
				() -> Transactions.read(session, view -> RootObjects.find(view, "/other", TestModel.SITE, EObjectSubtype.class)));
	}

	/** A Java type the dynamic Site objects are not. */
	private interface EObjectSubtype extends EObject {
	}

	private String nameInNewSession() {
		CDOSession fresh = repository.openSession();
		try {
			return siteName(fresh);
		} finally {
			fresh.close();
		}
	}

	private static String siteName(CDOSession in) {
		return Transactions.read(in,
				view -> (String) TestModel.get(RootObjects.find(view, "/site", TestModel.SITE, EObject.class).orElseThrow(), "name"));
	}
}
