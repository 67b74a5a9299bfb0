package org.encompass.persistence;

import org.eclipse.emf.cdo.session.CDOSession;

/**
 * Opens CDO sessions to one repository, local ({@link EncompassRepository}) or in another process
 * ({@link RemoteRepositoryClient}), so callers need not care which.
 */
public interface SessionProvider extends AutoCloseable {

	/**
	 * A new session with passive updates and revision prefetching; close it when done (closing this
	 * provider closes the sessions still open).
	 */
	CDOSession openSession();

	/** Where the sessions go, for messages: a data directory or a TCP address. */
	String describe();

	/**
	 * Closes open sessions and everything this provider started. Every part is closed even when an
	 * earlier one fails; then the first failure is thrown as a {@link PersistenceException}.
	 */
	@Override
	void close();
}
