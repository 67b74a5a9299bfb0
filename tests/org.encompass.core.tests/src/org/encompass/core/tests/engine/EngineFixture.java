package org.encompass.core.tests.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.ImportRequest;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.tests.fake.Faults;
import org.encompass.model.Clone;
import org.encompass.model.JournalEntry;
import org.encompass.model.Site;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RepositoryOptions;
import org.eclipse.emf.cdo.session.CDOSession;

/**
 * A real repository (CDO on Derby in a temp directory) with the fake drivers: one storage device
 * "nas", one host "lab" with four machines, and a master "web" whose image is a directory tree.
 */
final class EngineFixture implements AutoCloseable {
    final Path dir;
    final String hostUri;
    EncompassRepository repository;
    CDOSession session;
    Engine engine;

    private final EngineOptions options;
    /** Whether the repository is shared over TCP (on a free port) with other processes. */
    private final boolean tcp;

    EngineFixture(Path dir) throws IOException {
        this(dir, EngineOptions.defaults());
    }

    EngineFixture(Path dir, EngineOptions options) throws IOException {
        this(dir, options, false);
    }

    EngineFixture(Path dir, EngineOptions options, boolean tcp) throws IOException {
        this.dir = dir;
        this.options = options;
        this.tcp = tcp;
        this.hostUri = "fake://" + dir.getFileName() + "?machines=4";
        Faults.clear();
        open();
        Path nas = Files.createDirectories(dir.resolve("nas"));
        Path image = Files.createDirectories(dir.resolve("web-image/etc"));
        Files.writeString(image.resolve("hostname"), "localhost\n");
        Files.writeString(image.resolve("hosts"), "127.0.0.1 localhost\n127.0.1.1 template-host\n");
        engine.addStorage("nas", "fake", nas.toString(), CloneMethod.SPARSE, null);
        engine.addHost("lab", "fake", hostUri, null);
        engine.importMaster(ImportRequest.of("web", dir.resolve("web-image"), ImageFormat.RAW, "nas")
                .withRequirements("x86_64", 2, 1024, 0), null);
    }

    void open() {
        repository = EncompassRepository.open(new RepositoryOptions(dir.resolve("repo"), tcp ? 0 : RepositoryOptions.TCP_OFF));
        session = repository.openSession();
        engine = new Engine(session, options);
        engine.init("test");
    }

    /** Closes everything and opens it again, as a restart of the console would. */
    void restart() {
        close();
        open();
    }

    <T> T read(java.util.function.Function<Site, T> body) {
        return engine.read(body);
    }

    String state(String clone) {
        return read(site -> {
            Clone c = site.getClones().stream().filter(x -> x.getName().equals(clone)).findFirst().orElseThrow();
            return org.encompass.core.query.States.of(c).toString();
        });
    }

    String lastOutcome() {
        return read(site -> {
            JournalEntry e = JournalEntries.all(site).get(JournalEntries.all(site).size() - 1);
            return e.getOperation() + " " + e.getOutcome() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        });
    }

    Path imageOf(String clone) {
        return Path.of(read(site -> site.getClones().stream().filter(x -> x.getName().equals(clone)).findFirst()
                .orElseThrow().getLocation()));
    }

    @Override
    public void close() {
        if (engine != null) {
            engine.close();
        }
        if (session != null) {
            session.close();
        }
        if (repository != null) {
            repository.close();
        }
        engine = null;
        session = null;
        repository = null;
    }
}
