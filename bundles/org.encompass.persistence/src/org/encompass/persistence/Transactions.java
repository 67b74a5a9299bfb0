package org.encompass.persistence;

import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.cdo.common.commit.CDOCommitInfo;
import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.util.ConcurrentAccessException;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.persistence.internal.Failures;

/**
 * Short units of work on a session: open a view or transaction, run the body, commit, close.
 * Objects of a closed view are dead, so bodies should return plain values or CDOIDs, not EObjects.
 *
 * <p>A body that throws leaves the repository untouched (the transaction is rolled back). A
 * conflict with another session's commit is reported as a {@link ConflictException}, never
 * retried here: only the caller knows whether its change still makes sense on the new state.
 */
public final class Transactions {

	private Transactions() {
	}

	public static <T> T read(CDOSession session, Function<CDOView, T> body) {
		CDOView view = session.openView();
		try {
			return body.apply(view);
		} finally {
			view.close();
		}
	}

	public static <T> T write(CDOSession session, Function<CDOTransaction, T> body) {
		CDOTransaction transaction = session.openTransaction();
		try {
			T result = body.apply(transaction);
			commit(transaction);
			return result;
		} catch (RuntimeException | Error e) {
			try {
				transaction.rollback();
			} catch (RuntimeException rollbackFailure) {
				e.addSuppressed(rollbackFailure);
			}
			throw e;
		} finally {
			transaction.close();
		}
	}

	/** Runs {@code body} on the resource at {@code resourcePath}, created if missing, and commits. */
	public static <T> T write(CDOSession session, String resourcePath, Function<CDOResource, T> body) {
		Objects.requireNonNull(resourcePath, "resourcePath");
		return write(session, transaction -> body.apply(transaction.getOrCreateResource(resourcePath)));
	}

	/**
	 * Commits, translating CDO's checked exception.
	 *
	 * @return the commit's info; its time stamp opens a view of the state just after this commit
	 *
	 * @throws ConflictException    another session changed the same objects first
	 * @throws PersistenceException the commit failed for another reason (the repository's message)
	 */
	public static CDOCommitInfo commit(CDOTransaction transaction) {
		try {
			return transaction.commit();
		} catch (ConcurrentAccessException e) {
			throw new ConflictException("commit refused: another session changed the same objects first ("
					+ Failures.reason(e) + ")", e);
		} catch (CommitException e) {
			throw new PersistenceException("commit failed: " + Failures.reason(e), e);
		}
	}
}
