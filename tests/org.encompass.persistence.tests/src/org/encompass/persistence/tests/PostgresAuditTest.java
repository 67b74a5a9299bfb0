package org.encompass.persistence.tests;

import org.encompass.tests.support.PostgresCluster;

import java.nio.file.Path;

import org.encompass.persistence.RepositoryOptions;

/** {@link AuditTest}'s history across restarts on a real PostgreSQL database. */
class PostgresAuditTest extends AuditTest {

	@Override
	RepositoryOptions options(Path directory) throws Exception {
		return RepositoryOptions.forDirectory(directory).withPostgres(PostgresCluster.shared().newDatabase());
	}
}
