package org.encompass.persistence.tests;

import org.encompass.tests.support.PostgresCluster;

import java.nio.file.Path;

import org.encompass.persistence.RepositoryOptions;

/** {@link TransactionsTest}'s units of work, commit conflicts and failures on a real PostgreSQL database. */
class PostgresTransactionsTest extends TransactionsTest {

	@Override
	RepositoryOptions options(Path directory) throws Exception {
		return RepositoryOptions.forDirectory(directory).withPostgres(PostgresCluster.shared().newDatabase());
	}
}
