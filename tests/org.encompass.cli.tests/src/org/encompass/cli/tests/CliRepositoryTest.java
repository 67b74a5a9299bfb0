package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteResources;
import org.encompass.model.JournalEntry;
import org.encompass.model.ModelFactory;
import org.encompass.model.Outcome;
import org.encompass.model.Site;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.persistence.Transactions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the command line opens the repository: the site, crash recovery on start, a repository held by
 * a running console, and {@code --connect} to that console. Needs no drivers.
 */
class CliRepositoryTest {
    @TempDir
    Path temp;

    @Test
    void initNamesTheSiteOnceAndEveryRunFindsIt() {
        CliSite site = new CliSite(temp.resolve("repo"));
        site.json("init", "--site", "lab").expect(Boolean.TRUE, "created").expect("lab", "site");
        site.json("init").expect(Boolean.FALSE, "created");
        site.json("status").expect("lab", "site");
        site.fails(1, List.of("already holds site 'lab'"), "init", "--site", "other");
        CliRun text = site.ok("init");
        assertTrue(text.out().startsWith("Site 'lab' is already initialized in"), text::describe);
    }

    @Test
    void theDataDirectoryComesFromTheEnvironmentWhenNotGiven() {
        Path data = temp.resolve("from-env");
        CliRun run = CliRun.run(Map.of("ENCOMPASS_DATA", data.toString()), "status", "--json");
        assertEquals(0, run.exitCode(), run::describe);
        Doc.of(run).expect("repository " + data, "repository");
    }

    /** An operation left RUNNING by a crashed process is reported on the next start and can be rolled back. */
    @Test
    void interruptedOperationsAreReportedOnStartAndCanBeRolledBack() {
        Path data = temp.resolve("repo");
        try (EncompassRepository repository = EncompassRepository.open(data)) {
            CDOSession session = repository.openSession();
            try (Engine engine = new Engine(session, EngineOptions.defaults())) {
                engine.init("default");
            }
            // What a process killed in the middle of "storage add" leaves behind: a RUNNING entry.
            Transactions.write(session, SiteResources.SITE, resource -> {
                Site site = (Site) resource.getContents().get(0);
                JournalEntry entry = ModelFactory.eINSTANCE.createJournalEntry();
                entry.setId(site.getNextJournalId() + 1);
                site.setNextJournalId(entry.getId());
                entry.setOperation(Operation.ADD_STORAGE.label());
                entry.setTarget("nas");
                entry.setArguments("kind=file");
                entry.setUser("crashed");
                entry.setStarted(new Date());
                entry.setOutcome(Outcome.RUNNING);
                site.getJournal().add(entry);
                return null;
            });
            session.close();
        }
        CliSite site = new CliSite(data);
        CliRun first = site.run("journal", "--interrupted", "--json");
        assertEquals(0, first.exitCode(), first::describe);
        assertEquals("encompass: 1 interrupted operation(s) found; see 'encompass journal'\n", first.err(), first::describe);
        Doc interrupted = Doc.of(first);
        assertEquals(1, interrupted.list("entries").size(), first::describe);
        interrupted.expect("INTERRUPTED", "entries", 0, "outcome").expect("add-storage", "entries", 0, "operation");
        long id = (Long) interrupted.at("entries", 0, "id");

        site.json("status").expect(1L, "journal", "interrupted"); // reported once (ok() checks stderr), stays listed
        site.json("journal", "rollback", "#" + id).expect("ROLLED_BACK", "outcome");
        site.json("journal", "--interrupted").expect(List.of(), "entries");
    }

    @Test
    void aRepositoryHeldByAConsoleIsReachedWithConnect() {
        Path data = temp.resolve("repo");
        try (EncompassRepository console = EncompassRepository.open(RepositoryOptions.forDirectory(data).withTcpPort(0))) {
            CliSite local = new CliSite(data);
            local.fails(1, List.of("repository " + data, "already open"), "status");

            String address = console.tcpAddress();
            CliRun init = CliRun.run("--connect", address, "init", "--json");
            assertEquals(0, init.exitCode(), init::describe);
            Doc.of(init).expect("default", "site").expect(Boolean.TRUE, "created");
            CliRun status = CliRun.run("--connect", address, "status", "--json");
            assertEquals(0, status.exitCode(), status::describe);
            Doc.of(status).expect(0L, "journal", "entries");
        }
        new CliSite(data).json("status").expect("default", "site"); // the console's repository, reopened
    }
}
