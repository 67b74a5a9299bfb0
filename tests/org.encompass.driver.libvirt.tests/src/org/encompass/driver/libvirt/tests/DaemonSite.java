package org.encompass.driver.libvirt.tests;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.ImportRequest;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Clone;
import org.encompass.model.Site;
import org.encompass.model.VirtualMachine;
import org.encompass.persistence.EncompassRepository;
import org.libvirt.Connect;

/**
 * A site on a real repository (CDO on Derby) with the real drivers: file storage in a directory
 * QEMU may read ({@code /var/lib/libvirt/images/encompass-it-*}), the host {@code qemu} at
 * {@code qemu:///system} with one tiny domain of our own, and a 16 MiB sparse master "tiny".
 */
final class DaemonSite implements AutoCloseable {
    final String domain = "encompass-it-" + UUID.randomUUID().toString().substring(0, 8);
    final String machine = "qemu/" + domain;
    final Path storage;
    private final EncompassRepository repository;
    private final CDOSession session;
    final Engine engine;

    DaemonSite(Path repositoryDirectory) throws Exception {
        storage = Files.createDirectories(QemuDaemon.IMAGES.resolve(domain));
        Path master = storage.resolve("tiny-source.img");
        try (RandomAccessFile file = new RandomAccessFile(master.toFile(), "rw")) {
            file.setLength(16L << 20); // sparse: nothing boots from it, and nothing needs to
        }
        Connect admin = new Connect(QemuDaemon.URI);
        try {
            admin.domainDefineXML(QemuDaemon.tinyDomain(domain)).free();
        } finally {
            admin.close();
        }
        repository = EncompassRepository.open(repositoryDirectory);
        session = repository.openSession();
        engine = new Engine(session, EngineOptions.defaults().withDeactivateTimeout(Duration.ofSeconds(2)));
        engine.init("it");
        engine.addStorage("images", "file", storage.toString(), CloneMethod.SPARSE, null);
        engine.addHost("qemu", "libvirt", QemuDaemon.URI, null);
        engine.importMaster(ImportRequest.of("tiny", master, ImageFormat.RAW, "images"), null);
    }

    <T> T read(Function<Site, T> body) {
        return engine.read(body);
    }

    String state(String clone) {
        return read(site -> org.encompass.core.query.States.of(clone(site, clone)).toString());
    }

    VirtualMachine vm(Site site) {
        return site.getHosts().get(0).getMachines().stream().filter(m -> m.getName().equals(domain)).findFirst()
                .orElseThrow();
    }

    static Clone clone(Site site, String name) {
        return site.getClones().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    /** Waits (bounded, no assertion on time) until the model shows what {@code condition} asks. */
    boolean await(Predicate<Site> condition) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (read(condition::test)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        engine.close();
        session.close();
        repository.close();
        QemuDaemon.removeDomain(domain);
        try (Stream<Path> files = Files.walk(storage)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // leave it: the next run uses another directory
        }
    }
}
