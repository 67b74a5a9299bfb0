package org.encompass.core.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.EncompassException;
import org.encompass.core.query.SiteResources;
import org.encompass.model.ModelFactory;
import org.encompass.model.Site;

/**
 * The engine's only way to read and change the model. Each write commits atomically; writes are
 * serialized inside this process so parallel jobs never produce commit conflicts with each other. A
 * conflict with another process's commit is rolled back and the write runs again on the new state, a few
 * times (see {@link ModelConflicts}): its body must change nothing outside the model. Reads and writes
 * share one long-lived transaction, under one lock: it always sees this engine's own commits at once
 * (and other sessions' through passive updates), and opening a view per call would cost a round trip
 * to the repository that dominated the cost of a lifecycle transition.
 */
public final class ModelAccess {
    /** The access of each engine, for core's own tests (friends of this package) that change the model directly. */
    private static final Map<Object, ModelAccess> BY_OWNER = Collections.synchronizedMap(new WeakHashMap<>());

    private final CDOSession session;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private CDOTransaction transaction;
    /** The site in {@link #transaction}, looked up once: a resource lookup is a query on the server. */
    private Site site;

    public ModelAccess(CDOSession session) {
        this.session = session;
    }

    public CDOSession session() {
        return session;
    }

    /** Records that {@code owner} (an engine) reads and writes through this access; see {@link #of}. */
    public ModelAccess ownedBy(Object owner) {
        BY_OWNER.put(owner, this);
        return this;
    }

    /** The access {@code owner} (an engine) uses: the way core's own tests reach the model behind it. */
    public static ModelAccess of(Object owner) {
        ModelAccess access = BY_OWNER.get(owner);
        if (access == null) {
            throw new IllegalStateException("no model access is owned by " + owner);
        }
        return access;
    }

    /**
     * A change that rides on the next commit one thread makes through this access, instead of costing a durable
     * commit of its own (a server's request entry rides on its operation's start: see {@link RequestJournal}).
     */
    public interface Rider {
        /** Makes the change in the transaction about to commit; again in each attempt after a conflict's rollback. */
        void apply(Site site);

        /** Called once the commit that carried the change succeeded, on the same thread, with the model unlocked. */
        void committed();
    }

    /** The rider of each thread, waiting for that thread's next write (see {@link #ride}). */
    private final ThreadLocal<Rider> riders = new ThreadLocal<>();

    /**
     * Makes {@code rider} (null: none) ride on this thread's next write that commits: applied before that write's
     * body, so its objects come first, and rolled back with it when the body refuses or the commit fails (it then
     * rides on the next write). Returns the rider it replaces, to restore when the caller is done.
     */
    public Rider ride(Rider rider) {
        Rider before = riders.get();
        if (rider == null) {
            riders.remove();
        } else {
            riders.set(rider);
        }
        return before;
    }

    /** Runs {@code body} on the site in a new transaction and commits what it changed. */
    public <T> T write(Function<Site, T> body) {
        return write(body, null);
    }

    /**
     * Like {@link #write(Function)}; {@code beforeCommit}, when not null, receives what {@code body} returned
     * just before the commit, so work that does not use the model can start while the commit is written (the
     * journal's durable write takes tens of milliseconds). It runs with the model locked: it must be quick.
     */
    public <T> T write(Function<Site, T> body, Consumer<? super T> beforeCommit) {
        Rider rider = riders.get();
        riders.remove(); // a write inside the body does not carry it again
        T result;
        writeLock.lock();
        try {
            result = writeLocked(body, beforeCommit, rider);
        } catch (RuntimeException | Error e) {
            if (rider != null) {
                riders.set(rider); // not committed: it rides on the next write
            }
            throw e;
        } finally {
            writeLock.unlock();
        }
        if (rider != null) {
            rider.committed();
        }
        return result;
    }

    private <T> T writeLocked(Function<Site, T> body, Consumer<? super T> beforeCommit, Rider rider) {
        for (int attempt = 1;; attempt++) {
            try {
                return commitOnce(body, beforeCommit, rider);
            } catch (CommitException e) {
                // Another process committed one of the objects first. The body runs again on the state that
                // commit left: a validation then refuses what is no longer allowed ("machine busy"), and a
                // change that only appends (a journal entry, a clone) simply goes in after the other one.
                // Not when work was handed on before the commit: it would start twice.
                if (!ModelConflicts.isConflict(e) || beforeCommit != null || attempt >= ModelConflicts.ATTEMPTS) {
                    throw new EncompassException(ModelConflicts.refusal(e, attempt), e);
                }
                ModelConflicts.pause(attempt);
                ModelConflicts.catchUp(transaction);
            }
        }
    }

    private <T> T commitOnce(Function<Site, T> body, Consumer<? super T> beforeCommit, Rider rider) throws CommitException {
        boolean committed = false;
        try {
            if (rider != null) {
                rider.apply(site());
            }
            T result = body.apply(site());
            if (beforeCommit != null) {
                beforeCommit.accept(result);
            }
            if (transaction.isDirty()) {
                transaction.commit();
            }
            committed = true;
            return result;
        } finally {
            if (!committed && (transaction.isDirty() || transaction.hasConflict())) {
                transaction.rollback(); // nothing of a failed or refused body stays behind
            }
        }
    }

    /**
     * Runs {@code body} on the site without changing it; objects read must not be kept beyond
     * {@code body}.
     */
    public <T> T read(Function<Site, T> body) {
        writeLock.lock();
        try {
            try {
                return body.apply(site());
            } finally {
                if (transaction.isDirty()) {
                    transaction.rollback(); // a read never changes the model
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Closes the transaction this access opened (the session stays open). */
    public void close() {
        writeLock.lock();
        try {
            if (transaction != null) {
                transaction.close();
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Creates the site if the repository has none yet, and the folder of its journal's books. */
    public void ensureSite(String name) {
        write(site -> {
            if (site.getName() == null) {
                site.setName(name);
            }
            JournalBooks.ensureFolder(site);
            return null;
        });
    }

    /** The site in the shared transaction (opened on first use); call with the lock held. */
    private Site site() {
        if (transaction == null || transaction.isClosed()) {
            transaction = session.openTransaction();
            site = null;
        }
        if (site == null || site.cdoState() == org.eclipse.emf.cdo.CDOState.TRANSIENT) {
            site = site(transaction);
        }
        return site;
    }

    private static Site site(CDOView view) {
        if (view instanceof CDOTransaction transaction) {
            CDOResource resource = transaction.getOrCreateResource(SiteResources.SITE);
            if (resource.getContents().isEmpty()) {
                resource.getContents().add(ModelFactory.eINSTANCE.createSite());
            }
            return (Site) resource.getContents().get(0);
        }
        Site stored = SiteResources.site(view);
        return stored != null ? stored : ModelFactory.eINSTANCE.createSite(); // empty, transient: nothing stored yet
    }
}
