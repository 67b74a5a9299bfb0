package org.encompass.core.internal;

import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.util.ConcurrentAccessException;

/**
 * Commits that lost a race with another process's commit on the same objects: how to recognise them, how
 * long to wait before the write runs again (CDO brings the other commit into this process's view a moment
 * later), and what to tell the operator when it keeps losing.
 */
final class ModelConflicts {
    /** How often a write runs before its conflict is reported. */
    static final int ATTEMPTS = 12;
    /** How long a retry waits at most for the commits it lost against to arrive. */
    private static final long CATCH_UP_MILLIS = 10_000;

    private ModelConflicts() {
    }

    static boolean isConflict(CommitException e) {
        if (e instanceof ConcurrentAccessException) {
            return true;
        }
        String message = e.getMessage();
        return message != null && (message.contains("historical revision") || message.contains("onflict"));
    }

    /** Waits a random while that grows with each attempt, so racing processes do not collide again in step. */
    static void pause(int attempt) {
        long bound = 5L << Math.min(attempt, 6);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, bound));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until {@code transaction} has received every commit the server had when it was asked. The other
     * process's commit reaches this view asynchronously; on a busy machine that took longer than all the
     * pauses together, and each attempt ran again on the same stale objects and lost again.
     */
    static void catchUp(CDOTransaction transaction) {
        if (transaction == null || transaction.isClosed()) {
            return;
        }
        long last = transaction.getSession().getCommitInfoManager().getLastCommitOfBranch(transaction.getBranch(), true);
        transaction.waitForUpdate(last, CATCH_UP_MILLIS);
    }

    static String refusal(CommitException e, int attempts) {
        if (!isConflict(e)) {
            return "the repository refused the change: " + e.getMessage();
        }
        return "the repository refused the change: another process changed the same objects at the same time"
                + (attempts > 1 ? " (tried " + attempts + " times)" : "") + "; nothing was changed, run the command again ("
                + e.getMessage() + ")";
    }
}
