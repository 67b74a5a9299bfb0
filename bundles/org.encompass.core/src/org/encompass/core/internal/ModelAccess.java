package org.encompass.core.internal;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.eclipse.emf.cdo.common.commit.CDOCommitInfo;
import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.EncompassException;
import org.encompass.model.ModelFactory;
import org.encompass.model.Site;

/**
 * The engine's only way to read and change the model. Each write runs in its own short CDO
 * transaction and commits atomically; writes are serialized inside this process so parallel jobs
 * never produce commit conflicts with each other (a conflict with another process is reported,
 * never retried blindly).
 */
public final class ModelAccess {
    /** Where the site lives in the repository. */
    public static final String SITE_RESOURCE = "/encompass/site";

    private final CDOSession session;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    public ModelAccess(CDOSession session) {
        this.session = session;
    }

    public CDOSession session() {
        return session;
    }

    /** Runs {@code body} on the site in a new transaction and commits what it changed. */
    public <T> T write(Function<Site, T> body) {
        writeLock.lock();
        try {
            CDOTransaction transaction = session.openTransaction();
            try {
                T result = body.apply(site(transaction));
                if (transaction.isDirty()) {
                    CDOCommitInfo info = transaction.commit();
                    // Let the session catch up so the next transaction sees this commit.
                    session.waitForUpdate(info.getTimeStamp(), 10_000);
                }
                return result;
            } catch (CommitException e) {
                throw new EncompassException("the repository refused the change (another console changed the same objects?): "
                        + e.getMessage(), e);
            } finally {
                transaction.close();
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code body} on the site in a new read-only view. */
    public <T> T read(Function<Site, T> body) {
        CDOView view = session.openView();
        try {
            return body.apply(site(view));
        } finally {
            view.close();
        }
    }

    /** Creates the site if the repository has none yet. */
    public void ensureSite(String name) {
        write(site -> {
            if (site.getName() == null) {
                site.setName(name);
            }
            return null;
        });
    }

    private static Site site(CDOView view) {
        if (view instanceof CDOTransaction transaction) {
            CDOResource resource = transaction.getOrCreateResource(SITE_RESOURCE);
            if (resource.getContents().isEmpty()) {
                resource.getContents().add(ModelFactory.eINSTANCE.createSite());
            }
            return (Site) resource.getContents().get(0);
        }
        if (!view.hasResource(SITE_RESOURCE)) {
            return ModelFactory.eINSTANCE.createSite(); // empty, transient: nothing stored yet
        }
        return (Site) view.getResource(SITE_RESOURCE).getContents().get(0);
    }
}
