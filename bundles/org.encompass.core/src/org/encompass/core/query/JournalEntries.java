package org.encompass.core.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.eresource.CDOResourceFolder;
import org.eclipse.emf.cdo.eresource.CDOResourceNode;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.EncompassException;
import org.encompass.model.JournalEntry;
import org.encompass.model.Site;

/**
 * Reads the operation journal. Entries are kept outside the site object, in books of
 * {@value #BOOK_SIZE} entries (resources {@link SiteResources#JOURNAL}{@code /n}, one writer each), and
 * in the site's own journal list for repositories made before books existed: read them only through here.
 */
public final class JournalEntries {
    /** Book {@code n} holds the entries with ids {@code n*BOOK_SIZE+1 .. (n+1)*BOOK_SIZE}. */
    public static final int BOOK_SIZE = 10;

    /** By start, then id: ids ascend within a process, and books of several processes interleave in time. */
    private static final Comparator<JournalEntry> CHRONOLOGICAL = Comparator
            .comparing(JournalEntry::getStarted, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(JournalEntry::getId);

    private JournalEntries() {
    }

    /** Every entry of the site, oldest first (by start; ids ascend within one process only); a new list. */
    public static List<JournalEntry> all(Site site) {
        List<JournalEntry> all = new ArrayList<>(site.getJournal());
        CDOView view = site.cdoView();
        if (view != null && view.hasResource(SiteResources.JOURNAL)) {
            CDOResourceNode folder = view.getResourceNode(SiteResources.JOURNAL);
            if (folder instanceof CDOResourceFolder books) {
                List<CDOResource> sorted = new ArrayList<>();
                for (CDOResourceNode node : books.getNodes()) {
                    if (node instanceof CDOResource book && number(book) >= 0) {
                        sorted.add(book);
                    }
                }
                sorted.sort(Comparator.comparingLong(JournalEntries::number));
                for (CDOResource book : sorted) {
                    book.getContents().forEach(o -> all.add((JournalEntry) o));
                }
            }
        }
        all.sort(CHRONOLOGICAL);
        return all;
    }

    /** The entry with {@code id}; refused with a message when there is none. */
    public static JournalEntry entry(Site site, long id) {
        JournalEntry entry = find(site, id);
        if (entry == null) {
            throw new EncompassException("no journal entry #" + id);
        }
        return entry;
    }

    /** The entry with {@code id} from its book (or from the site's older list), or null. */
    public static JournalEntry find(Site site, long id) {
        CDOView view = site.cdoView();
        String path = SiteResources.JOURNAL + "/" + (id - 1) / BOOK_SIZE;
        if (id > 0 && view != null && view.hasResource(path)) {
            for (Object object : view.getResource(path).getContents()) {
                if (((JournalEntry) object).getId() == id) {
                    return (JournalEntry) object;
                }
            }
        }
        List<JournalEntry> older = site.getJournal();
        for (int i = older.size() - 1; i >= 0; i--) {
            if (older.get(i).getId() == id) {
                return older.get(i);
            }
        }
        return null;
    }

    /** The entry's arguments ({@code key=value} lines) as a map, in their order. */
    public static Map<String, String> arguments(JournalEntry entry) {
        return decode(entry.getArguments());
    }

    /** {@code key=value} lines as a map; lines without a key are left out. */
    public static Map<String, String> decode(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        if (text != null && !text.isEmpty()) {
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    result.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return result;
    }

    private static long number(CDOResource book) {
        try {
            return Long.parseLong(book.getName());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
