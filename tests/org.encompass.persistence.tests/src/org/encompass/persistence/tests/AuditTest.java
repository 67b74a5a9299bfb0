package org.encompass.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.emf.cdo.CDOObject;
import org.eclipse.emf.cdo.common.id.CDOID;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CDOUtil;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.persistence.RootObjects;
import org.encompass.persistence.Transactions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Audits: every committed state stays readable, also after a restart. */
class AuditTest {

	@TempDir
	Path data;

	@BeforeAll
	static void registerModel() {
		TestModel.init();
	}

	@Test
	void olderStatesStayReadableAcrossRestarts() throws Exception {
		RepositoryOptions options = options(data);
		long first;
		long second;
		CDOID siteId;
		try (EncompassRepository repository = EncompassRepository.open(options)) {
			CDOSession session = repository.openSession();
			CDOTransaction transaction = session.openTransaction();
			EObject site = RootObjects.findOrCreate(transaction, "/site", TestModel.SITE, EObject.class);
			TestModel.set(site, "name", "v1");
			first = Transactions.commit(transaction).getTimeStamp();
			TestModel.set(site, "name", "v2");
			TestModel.hosts(site).add(TestModel.host("h1"));
			second = Transactions.commit(transaction).getTimeStamp();
			siteId = CDOUtil.getCDOObject(site).cdoID();
			transaction.close();

			assertState(session, first, siteId, "v1", 0);
			assertState(session, second, siteId, "v2", 1);
		}
		try (EncompassRepository repository = EncompassRepository.open(options)) {
			CDOSession session = repository.openSession();
			assertState(session, first, siteId, "v1", 0);
			assertState(session, second, siteId, "v2", 1);
			Transactions.read(session, view -> {
				CDOObject site = CDOUtil.getCDOObject(view.getObject(siteId));
				assertEquals(2, site.cdoRevision().getVersion());
				assertEquals("v1", CDOUtil.getRevisionByVersion(site, 1).data().get(nameFeature(), 0));
				return null;
			});
		}
	}

	/** The embedded Derby default here, PostgreSQL in {@link PostgresAuditTest}. */
	RepositoryOptions options(Path directory) throws Exception {
		return RepositoryOptions.forDirectory(directory);
	}

	private static EStructuralFeature nameFeature() {
		return TestModel.SITE.getEStructuralFeature("name");
	}

	private static void assertState(CDOSession session, long time, CDOID siteId, String name, int hosts) {
		CDOView view = session.openView(time);
		try {
			EObject site = view.getObject(siteId);
			assertEquals(name, TestModel.get(site, "name"), "name at " + time);
			assertEquals(hosts, TestModel.hosts(site).size(), "hosts at " + time);
		} finally {
			view.close();
		}
	}
}
