package org.encompass.cli.internal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Date;

import org.eclipse.emf.cdo.eresource.CDOResource;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.transaction.CDOTransaction;
import org.eclipse.emf.cdo.util.CommitException;
import org.eclipse.emf.cdo.view.CDOView;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.ImportRequest;
import org.encompass.core.query.SiteResources;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.ModelFactory;
import org.encompass.model.Placement;
import org.encompass.model.Site;
import org.encompass.model.VirtualMachine;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.RepositoryOptions;

/**
 * Measures what the repository costs (issue: "a lifecycle transition committed to CDO on Derby,
 * p50/p95 over 1,000 transitions" and "a restart that loads 10,000 clones and 1,000 machines").
 * Runs in a fresh temporary repository with the real file storage driver and libvirt's test driver;
 * prints figures, asserts nothing.
 */
public final class RepositoryBenchmark {
    /** Transitions run before measuring; a multiple of 4 so measuring starts with attach. */
    private static final int WARM_UP = 200;

    private final PrintStream progress;

    /** What was measured; times in milliseconds. */
    public record Figures(int transitions, double p50, double p95, double max, int clones, int machines,
            double fill, double open, double load) {
        public double restart() {
            return open + load;
        }
    }

    /** @param progress where each figure is printed as soon as it is measured */
    public RepositoryBenchmark(PrintStream progress) {
        this.progress = progress;
    }

    public Figures run(int transitions, int clones, int machines) throws IOException, CommitException {
        Path dir = Files.createTempDirectory("encompass-bench");
        try {
            double[] t = transitions(dir.resolve("transitions"), transitions);
            double[] r = restart(dir.resolve("restart"), clones, machines);
            return new Figures(transitions, t[0], t[1], t[2], clones, machines, r[0], r[1], r[2]);
        } finally {
            deleteTree(dir);
        }
    }

    /** attach, activate, deactivate, detach in a loop on one clone, each a journaled engine operation. */
    private double[] transitions(Path dir, int count) throws IOException, CommitException {
        return transitions(RepositoryOptions.forDirectory(dir.resolve("repo")), dir, count, 0, 0, "Derby");
    }

    /**
     * The transition loop on the store {@code options} choose, in a site that also holds {@code clones} other
     * clones and {@code machines} other machines (none: an empty site). Returns p50, p95 and max in ms.
     *
     * @param store names the store in the printed figures
     */
    public double[] transitions(RepositoryOptions options, Path dir, int count, int clones, int machines, String store)
            throws IOException, CommitException {
        long[] nanos = new long[count];
        try (EncompassRepository repository = EncompassRepository.open(options)) {
            CDOSession session = repository.openSession();
            try (Engine engine = new Engine(session, EngineOptions.defaults())) {
                String clone = setUp(engine, session, dir, 1, clones, machines, store).get(0);
                // Warm-up (JIT, Derby's caches), not measured: a console runs for hours.
                for (int i = 0; i < WARM_UP; i++) {
                    transition(engine, clone, i);
                }
                for (int i = 0; i < count; i++) {
                    long start = System.nanoTime();
                    transition(engine, clone, i);
                    nanos[i] = System.nanoTime() - start;
                }
            } finally {
                session.close();
            }
        }
        String[] names = { "attach", "activate", "deactivate", "detach" };
        StringBuilder perOperation = new StringBuilder();
        for (int op = 0; op < 4; op++) {
            long[] these = new long[(count - op + 3) / 4];
            for (int i = op, j = 0; i < count; i += 4) {
                these[j++] = nanos[i];
            }
            Arrays.sort(these);
            perOperation.append(String.format("  %s p50=%.1f p95=%.1f", names[op], ms(these[these.length / 2]),
                    ms(these[Math.min(these.length - 1, (int) (these.length * 0.95))])));
        }
        progress.println(store + ": per operation (ms):" + perOperation);
        Arrays.sort(nanos);
        double[] result = { ms(nanos[count / 2]), ms(nanos[Math.min(count - 1, (int) (count * 0.95))]), ms(nanos[count - 1]) };
        progress.printf("lifecycle transitions (attach/activate/deactivate/detach on libvirt's test driver, "
                + "each journaled in 2 CDO commits on %s, %d other clones and %d other machines in the site; after %d unmeasured): "
                + "n=%d  p50=%.1f ms  p95=%.1f ms  max=%.1f ms%n", store, clones, machines, WARM_UP, count,
                result[0], result[1], result[2]);
        return result;
    }

    /**
     * Makes in the store {@code options} choose the site that {@link #transitions} measures, with {@code lanes}
     * clones each assigned to a shut-off machine of its own (one per concurrent client), and closes the
     * repository: a repository server then serves it. Returns the clones' names.
     */
    public java.util.List<String> fill(RepositoryOptions options, Path dir, int lanes, int clones, int machines, String store)
            throws IOException, CommitException {
        try (EncompassRepository repository = EncompassRepository.open(options)) {
            CDOSession session = repository.openSession();
            try (Engine engine = new Engine(session, EngineOptions.defaults())) {
                return setUp(engine, session, dir, lanes, clones, machines, store);
            } finally {
                session.close();
            }
        }
    }

    /**
     * A file storage device and a master in {@code dir}, a libvirt test-driver host "lab" with {@code lanes}
     * shut-off machines, one clone assigned to each, then {@code clones} other clones and {@code machines} other
     * machines. Returns the assigned clones' names.
     */
    private java.util.List<String> setUp(Engine engine, CDOSession session, Path dir, int lanes, int clones, int machines,
            String store) throws IOException, CommitException {
        Files.createDirectories(dir);
        Path storage = Files.createDirectories(dir.resolve("storage"));
        Path image = dir.resolve("master.img");
        try (var file = java.nio.channels.FileChannel.open(image, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            file.truncate(0).position(64L << 20).write(java.nio.ByteBuffer.wrap(new byte[] { 0 }));
        }
        engine.init("bench");
        engine.addStorage("nas", "file", storage.toString(), CloneMethod.COW, null);
        engine.addHost("lab", "libvirt", "test://" + shutOffNode(dir, lanes), null);
        engine.importMaster(ImportRequest.of("m", image, ImageFormat.RAW, "nas"), null);
        java.util.List<String> assigned = new java.util.ArrayList<>();
        java.util.List<String> free = engine.read(site -> site.getHosts().get(0).getMachines().stream()
                .map(VirtualMachine::getName).sorted().toList());
        for (int i = 0; i < lanes; i++) {
            String clone = engine.cloneMaster("m", CloneMethod.COW, null);
            engine.assign(clone, "lab/" + free.get(i), null);
            assigned.add(clone);
        }
        if (clones > 0 || machines > 0) {
            long fillStart = System.nanoTime();
            populate(session, clones, machines);
            progress.printf("%s: added %d clones and %d machines to the site in %.1f s%n", store, clones, machines,
                    (System.nanoTime() - fillStart) / 1e9);
        }
        return assigned;
    }

    /** Fills a repository, closes it, and times opening it again and reading every clone and machine. */
    private double[] restart(Path dir, int clones, int machines) throws CommitException {
        long fillStart = System.nanoTime();
        try (EncompassRepository repository = EncompassRepository.open(dir)) {
            CDOSession session = repository.openSession();
            try {
                fill(session, clones, machines);
            } finally {
                session.close();
            }
        }
        double fill = ms(System.nanoTime() - fillStart);
        progress.printf("filled a repository with %d clones and %d machines in %.1f s%n", clones, machines, fill / 1000);
        long start = System.nanoTime();
        long opened;
        int seen;
        try (EncompassRepository repository = EncompassRepository.open(dir)) {
            opened = System.nanoTime();
            CDOSession session = repository.openSession();
            try {
                CDOView view = session.openView();
                view.options().setRevisionPrefetchingPolicy(
                        org.eclipse.emf.cdo.util.CDOUtil.createRevisionPrefetchingPolicy(1000));
                Site site = (Site) view.getResource(SiteResources.SITE).getContents().get(0);
                // One request for the whole tree instead of one per chunk of objects.
                site.cdoPrefetch(org.eclipse.emf.cdo.common.revision.CDORevision.DEPTH_INFINITE);
                seen = 0;
                for (Clone clone : site.getClones()) {
                    seen += clone.getName().length() > 0 && clone.getMetastate() != null ? 1 : 0;
                }
                for (HypervisorHost host : site.getHosts()) {
                    for (VirtualMachine vm : host.getMachines()) {
                        seen += vm.getName().length() > 0 ? 1 : 0;
                    }
                }
                view.close();
            } finally {
                session.close();
            }
        }
        long end = System.nanoTime();
        progress.printf("restart: open repository %.2f s, load %d clones + machines %.2f s, total %.2f s%n",
                (opened - start) / 1e9, seen, (end - opened) / 1e9, (end - start) / 1e9);
        return new double[] { fill, ms(opened - start), ms(end - opened) };
    }

    /** A new site with one master, then {@link #populate} with the clones and machines. */
    private static void fill(CDOSession session, int clones, int machines) throws CommitException {
        CDOTransaction transaction = session.openTransaction();
        try {
            CDOResource resource = transaction.getOrCreateResource(SiteResources.SITE);
            Site site = ModelFactory.eINSTANCE.createSite();
            site.setName("bench");
            resource.getContents().add(site);
            Master master = ModelFactory.eINSTANCE.createMaster();
            master.setName("m");
            master.setLocation("/nowhere/m.img");
            site.getMasters().add(master);
            transaction.commit();
        } finally {
            transaction.close();
        }
        populate(session, clones, machines);
    }

    /** Adds a host "bulk" with {@code machines} machines and {@code clones} unassigned clones of the first master. */
    private static void populate(CDOSession session, int clones, int machines) throws CommitException {
        CDOTransaction transaction = session.openTransaction();
        try {
            Site site = (Site) transaction.getResource(SiteResources.SITE).getContents().get(0);
            Master master = site.getMasters().get(0);
            HypervisorHost host = ModelFactory.eINSTANCE.createHypervisorHost();
            host.setName("bulk");
            host.setKind("libvirt");
            host.setUri("test:///default");
            site.getHosts().add(host);
            for (int i = 0; i < machines; i++) {
                VirtualMachine vm = ModelFactory.eINSTANCE.createVirtualMachine();
                vm.setName(String.format("bulk-%05d", i));
                vm.setArchitecture("x86_64");
                vm.setCpus(2);
                vm.setMemoryMiB(2048);
                vm.setReachable(true);
                host.getMachines().add(vm);
            }
            transaction.commit();
            for (int i = 0; i < clones; i++) {
                Clone clone = ModelFactory.eINSTANCE.createClone();
                clone.setName(String.format("bulk-%05d", i));
                clone.setMetastate(i % 3 == 0 ? Metastate.OPERATIONAL : Metastate.CLEAN);
                clone.setPlacement(Placement.UNASSIGNED);
                clone.setLocation("/nowhere/bulk-" + i + ".qcow2");
                clone.setCreated(new Date());
                site.getClones().add(clone);
                clone.setMaster(master);
                if ((i + 1) % 2000 == 0) {
                    transaction.commit();
                }
            }
            transaction.commit();
        } finally {
            transaction.close();
        }
    }

    private static void transition(Engine engine, String clone, int i) {
        switch (i % 4) {
            case 0 -> engine.attach(clone, null);
            case 1 -> engine.activate(clone, null);
            case 2 -> engine.deactivate(clone, null);
            default -> engine.detach(clone, null);
        }
    }

    /** A libvirt test-driver node with one shut-off machine (test:///default's machine is running). */
    private static Path shutOffNode(Path dir, int machines) throws IOException {
        StringBuilder node = new StringBuilder("<node>\n");
        for (int i = 0; i < machines; i++) {
            node.append(String.format("""
                      <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
                        <name>bench-vm%s</name>
                        <uuid>5e1f0000-0000-4000-8000-%012x</uuid>
                        <memory unit='MiB'>2048</memory>
                        <vcpu>2</vcpu>
                        <os><type arch='x86_64'>hvm</type></os>
                        <test:runstate>5</test:runstate>
                      </domain>
                    """, i == 0 ? "" : "-" + (i + 1), 0xbe + i));
        }
        return Files.writeString(dir.resolve("node.xml"), node.append("</node>\n")).toAbsolutePath();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
