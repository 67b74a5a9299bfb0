package org.encompass.persistence.tests;

import org.encompass.tests.support.PostgresCluster;

import java.nio.file.Path;

import org.encompass.persistence.RepositoryOptions;

/**
 * {@link EncompassRepositoryTest} on a real PostgreSQL database: every value type the model uses and features
 * named with PostgreSQL's reserved words ("user", "order") survive a close and reopen.
 */
class PostgresEncompassRepositoryTest extends EncompassRepositoryTest {

	@Override
	RepositoryOptions options(Path data) throws Exception {
		return RepositoryOptions.forDirectory(data).withPostgres(PostgresCluster.shared().newDatabase());
	}

	@Override
	boolean embeddedDerby() {
		return false;
	}
}
