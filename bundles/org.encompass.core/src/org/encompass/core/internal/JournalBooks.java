package org.encompass.core.internal;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.cdo.CDOState;
import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.transaction.CDOCommitContext;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.transaction.CDOTransactionHandler2;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.query.SiteResources;
import org.encompass.model.JournalEntry;
import org.encompass.model.Site;

/**
 * Where journal entries live, so that recording an operation does not change the site: every process
 * appends to books of its own. Book {@code n} is the CDO resource {@value #FOLDER}{@code /n} and holds the
 * entries with ids {@code n*SIZE+1 .. (n+1)*SIZE}. A writer reserves a run of books by moving the site's
 * {@code nextJournalId} past them (one change of the site per run, and runs grow to 16 books), so two
 * processes never write the same book, and operations of different processes commit without touching a
 * common object. Ids stay unique and ascend within a process; across processes they leave gaps (the unused
 * rest of a book). Entries of repositories made before books existed stay in the site's own journal list.
 */
final class JournalBooks {
    static final String FOLDER = SiteResources.JOURNAL;
    static final int SIZE = JournalEntries.BOOK_SIZE;
    private static final int MAX_RUN = 16;

    /** The books each transaction (one per engine) reserved; a reservation counts once it is committed. */
    private static final Map<CDOTransaction, Reservation> RESERVATIONS = Collections.synchronizedMap(new WeakHashMap<>());

    private JournalBooks() {
    }

    /** Appends {@code entry} to a book of this writer, reserving books when it has none left; returns its id. */
    static long append(Site site, JournalEntry entry) {
        if (!(site.cdoView() instanceof CDOTransaction transaction)) {
            return appendToSite(site, entry); // a site outside any repository
        }
        Reservation reservation = RESERVATIONS.computeIfAbsent(transaction, t -> {
            Reservation created = new Reservation();
            t.addTransactionHandler(created);
            return created;
        });
        synchronized (reservation) {
            while (true) {
                if (reservation.book < reservation.end) {
                    CDOResource book = reservation.current(transaction);
                    int size = book.getContents().size();
                    if (size < SIZE) {
                        long id = reservation.book * SIZE + size + 1;
                        entry.setId(id);
                        book.getContents().add(entry);
                        return id;
                    }
                    reservation.book++;
                } else {
                    long first = (site.getNextJournalId() + SIZE - 1) / SIZE;
                    site.setNextJournalId((first + reservation.run) * SIZE);
                    reservation.book = first;
                    reservation.end = first + reservation.run;
                    // The books are made in the reservation's commit, which changes the site anyway: made one at a
                    // time, each was a change of the shared folder that collided with other processes' books.
                    for (long number = first; number < reservation.end; number++) {
                        reservation.keep(number, transaction.createResource(FOLDER + "/" + number));
                    }
                    reservation.pending = true;
                    reservation.run = Math.min(MAX_RUN, reservation.run * 2);
                }
            }
        }
    }

    /**
     * Creates the books' folder if it is missing (in the caller's commit). Called when an engine starts, before
     * it journals anything: processes that created it at the same moment in their first operations made CDO's
     * commits wait on each other until they timed out.
     */
    static void ensureFolder(Site site) {
        if (site.cdoView() instanceof CDOTransaction transaction && !transaction.hasResource(FOLDER)) {
            transaction.getOrCreateResourceFolder(FOLDER);
        }
    }

    private static long appendToSite(Site site, JournalEntry entry) {
        long id = site.getNextJournalId() + 1;
        site.setNextJournalId(id);
        entry.setId(id);
        site.getJournal().add(entry);
        return id;
    }

    /** The entry with {@code id} from its book (or from the site's older list), or null. */
    static JournalEntry find(Site site, long id) {
        CDOView view = site.cdoView();
        Reservation own = view instanceof CDOTransaction transaction ? RESERVATIONS.get(transaction) : null;
        CDOResource book = own == null ? null : own.cached((id - 1) / SIZE);
        if (book != null) { // one of this writer's recent books: no lookup on the server
            for (Object object : book.getContents()) {
                if (((JournalEntry) object).getId() == id) {
                    return (JournalEntry) object;
                }
            }
        }
        return JournalEntries.find(site, id);
    }

    /** The run of books a writer holds: {@code book} is being filled, {@code end} is past the last one. */
    private static final class Reservation implements CDOTransactionHandler2 {
        long book;
        long end;
        /** Reserved in the transaction not committed yet: forgotten if it is rolled back. */
        boolean pending;
        int run = 1;
        /**
         * The resources of this writer's recent books by number, kept to spare a lookup on the server (a query of
         * the store, and a cancel) per entry: a request's entry and its operation's entry often sit in two books.
         */
        private final Map<Long, CDOResource> resources = new java.util.HashMap<>();

        /** Keeps book {@code number}'s resource, and forgets books two runs older (filled long ago). */
        synchronized void keep(long number, CDOResource resource) {
            resources.put(number, resource);
            resources.keySet().removeIf(kept -> kept < number - 2L * MAX_RUN);
        }

        /** The resource of book {@code number} if it is kept and still in the repository's view, else null. */
        synchronized CDOResource cached(long number) {
            CDOResource resource = resources.get(number);
            return resource != null && resource.cdoState() != CDOState.TRANSIENT && !resource.cdoInvalid()
                    && Long.toString(number).equals(resource.getName()) ? resource : null;
        }

        CDOResource current(CDOTransaction transaction) {
            CDOResource resource = cached(book);
            if (resource == null) {
                resource = transaction.getOrCreateResource(FOLDER + "/" + book);
                keep(book, resource);
            }
            return resource;
        }

        @Override
        public synchronized void committingTransaction(CDOTransaction transaction, CDOCommitContext context) {
            // nothing to check
        }

        @Override
        public synchronized void committedTransaction(CDOTransaction transaction, CDOCommitContext context) {
            pending = false;
        }

        @Override
        public synchronized void rolledBackTransaction(CDOTransaction transaction) {
            if (pending) {
                book = 0;
                end = 0;
                pending = false;
            }
            resources.clear(); // books made in the rolled-back commit are gone
        }
    }
}
