package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.internal.Journal;
import org.encompass.core.internal.ModelAccess;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteResources;
import org.encompass.model.JournalEntry;
import org.encompass.model.ModelFactory;
import org.encompass.model.Outcome;
import org.encompass.model.Site;
import org.encompass.persistence.EncompassRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journal entries live in books of each writer, not in the site: entries of a repository written before
 * (in the site's own list) stay readable with the new ones, and two writers never touch a common object.
 */
class JournalBooksTest {
    @TempDir
    Path dir;
    EngineFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new EngineFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    /** A repository of an earlier Encompass: its entries are in the site's list, its ids counted on the site. */
    @Test
    void entriesOfTheSitesOwnListStayReadableWithTheBooks() {
        Path data = dir.resolve("older");
        try (EncompassRepository repository = EncompassRepository.open(data)) {
            org.eclipse.emf.cdo.session.CDOSession session = repository.openSession();
            org.encompass.persistence.Transactions.write(session, SiteResources.SITE, resource -> {
                Site site = ModelFactory.eINSTANCE.createSite();
                site.setName("older");
                for (long id = 1; id <= 3; id++) {
                    JournalEntry entry = ModelFactory.eINSTANCE.createJournalEntry();
                    entry.setId(id);
                    entry.setOperation("discover");
                    entry.setTarget("lab");
                    entry.setStarted(new Date(id));
                    entry.setOutcome(Outcome.SUCCEEDED);
                    site.getJournal().add(entry);
                }
                site.setNextJournalId(3);
                resource.getContents().add(site);
                return null;
            });
            try (Engine engine = new Engine(session, EngineOptions.defaults())) {
                engine.init("older");
                long id = ModelAccess.of(engine).write(site -> Journal.begin(site, Operation.ADD_STORAGE, "nas", Map.of(), "new",
                        null).getId());
                engine.read(site -> {
                    List<JournalEntry> entries = Journal.entries(site);
                    assertEquals(List.of(1L, 2L, 3L, id), entries.stream().map(JournalEntry::getId).toList(),
                            "the earlier entries first, the new one after them");
                    assertSame(entries.get(1), Journal.entry(site, 2));
                    assertEquals("add-storage", Journal.entry(site, id).getOperation());
                    assertTrue(id > 3, "ids go on after the earlier ones: " + id);
                    return null;
                });
            }
            session.close();
        }
    }

    @Test
    void writersWithTheirBooksNoLongerChangeTheSite() {
        org.eclipse.emf.cdo.session.CDOSession otherSession = f.repository.openSession();
        try (Engine other = new Engine(otherSession, EngineOptions.defaults())) {
            other.init("test");
            ModelAccess.of(other).write(site -> Journal.begin(site, Operation.DISCOVER, "lab", Map.of(), "two", null));
            ModelAccess.of(f.engine).write(site -> Journal.begin(site, Operation.DISCOVER, "lab", Map.of(), "one", null));
            int siteVersion = siteVersion();
            for (int i = 0; i < 5; i++) { // within the first book of each writer
                ModelAccess.of(other).write(site -> Journal.begin(site, Operation.DISCOVER, "lab", Map.of(), "two", null));
                ModelAccess.of(f.engine).write(site -> Journal.begin(site, Operation.DISCOVER, "lab", Map.of(), "one", null));
            }
            assertEquals(siteVersion, siteVersion(),
                    "journaling did not change the site object");
            f.read(site -> {
                List<JournalEntry> entries = Journal.entries(site);
                assertEquals(12, entries.stream().filter(e -> e.getOperation().equals("discover")).count());
                assertEquals(entries.size(), entries.stream().map(JournalEntry::getId).distinct().count(), "ids are unique");
                return null;
            });
        } finally {
            otherSession.close();
        }
    }

    /** The site's latest revision, as a new view reads it from the repository. */
    private int siteVersion() {
        return org.encompass.persistence.Transactions.read(f.session, view -> ((org.eclipse.emf.cdo.CDOObject) view
                .getResource(SiteResources.SITE).getContents().get(0)).cdoRevision()
                .getVersion());
    }
}
