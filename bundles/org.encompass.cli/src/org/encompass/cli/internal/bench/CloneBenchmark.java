package org.encompass.cli.internal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.ClonePlan;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.ImportRequest;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.JournalEntry;
import org.encompass.persistence.EncompassRepository;

/**
 * The paper's Figure 2 on this machine: n parallel clones of one master for every clone method, with
 * {@code cp --sparse=always} of the same file as the reference, then a deploy of many copy-on-write
 * clones (clone, customize, assign, attach on libvirt's test driver). Prints figures, asserts nothing.
 */
public final class CloneBenchmark {
    /** The paper's fit for n parallel clones of a 3 GB master: t = 53.6 + 13 n seconds. */
    public static double paperSeconds(int n) {
        return 53.6 + 13 * n;
    }

    /** Where each method runs: a storage device kind and location. */
    public record Device(String name, String kind, String location, List<CloneMethod> methods) {
        /** This device with only those of its methods that {@code wanted} names. */
        public Device only(List<CloneMethod> wanted) {
            return new Device(name, kind, location, methods.stream().filter(wanted::contains).toList());
        }
    }

    /**
     * One measured row: {@code method} is a clone method or "cp" for the reference; {@code seconds} until the
     * copies were usable (registered clones, finished cp processes), {@code onDiskSeconds} until they were on
     * disk too (NaN for a bare cp, which never waits for the disk), both medians over the passes; {@code passes}
     * the time until usable of every pass.
     */
    public record Row(String method, int n, double seconds, double onDiskSeconds, String strategy, List<Double> passes) {
        /** Fastest and slowest pass until usable, e.g. "18.40-31.62" (the noise a median hides); "-" for one pass. */
        public String spread() {
            return passes.size() < 2 ? "-" : String.format(Locale.ROOT, "%.2f-%.2f",
                    passes.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                    passes.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        }
    }

    /** One measured pass of the benchmark. */
    private interface Step {
        void run() throws IOException, InterruptedException;
    }

    /**
     * {@code deploySeconds} is the first deploy, in this fresh JVM; {@code warmDeploySeconds} a second one
     * onto other machines in the same JVM, as in a console that has been running (0 when not run).
     */
    public record Figures(List<Row> rows, int deployed, double deploySeconds, double warmDeploySeconds,
            String deployError) {
    }

    private final PrintStream progress;
    /**
     * How often the cp rows and the quick methods' rows are measured; each reports the median of each column.
     * FULL and VOLUME_COPY, minutes per pass and without a goal, are measured once.
     */
    private final int repeat;

    public CloneBenchmark(PrintStream progress) {
        this(progress, 1);
    }

    public CloneBenchmark(PrintStream progress, int repeat) {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1");
        }
        this.progress = progress;
        this.repeat = repeat;
    }

    private int passes(String method) {
        return method.equals(CloneMethod.FULL.name()) || method.equals(CloneMethod.VOLUME_COPY.name()) ? 1 : repeat;
    }

    static double median(List<Double> samples) {
        List<Double> sorted = samples.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    public Figures run(Path work, Path master, List<Device> devices, List<Integer> counts, int deployCount)
            throws IOException, InterruptedException {
        List<Row> rows = new ArrayList<>();
        readIntoCache(master);
        Reference reference = new Reference(master, Files.createDirectories(work.resolve("cp")));
        try (EncompassRepository repository = EncompassRepository.open(work.resolve("repo"))) {
            CDOSession session = repository.openSession();
            try (Engine engine = new Engine(session, EngineOptions.fromEnvironment())) {
                engine.init("bench");
                for (Device device : devices) {
                    if (Drivers.storage().descriptor(device.kind()).isEmpty()) {
                        progress.println("skipped " + device.name() + ": no storage driver of kind " + device.kind());
                        continue;
                    }
                    engine.addStorage(device.name(), device.kind(), device.location(), device.methods().get(0), null);
                    String masterName = "m-" + device.name();
                    engine.importMaster(ImportRequest.of(masterName, master, ImageFormat.RAW, device.name()), null);
                    if (device == devices.get(0)) {
                        warmUp(engine, masterName, device);
                        reference.copyFrom(Path.of(engine.read(site -> site.getMasters().stream()
                                .filter(m -> m.getName().equals(masterName)).findFirst().orElseThrow().getLocation())));
                    }
                    for (CloneMethod method : device.methods()) {
                        for (int n : counts) {
                            ClonePlan plan = engine.planClones(masterName, n, method);
                            String label = device.name().equals("local") ? method.name()
                                    : method.name() + " (" + device.name() + ")";
                            List<Double> usable = new ArrayList<>();
                            List<Double> onDisk = new ArrayList<>();
                            // SPARSE, the method measured against cp, takes turns with cp on the same disk, and
                            // the order rotates from pass to pass, so each comes first, second and last in
                            // turn: a drift of the disk's speed (this VM's varies by half) hits all of them.
                            boolean againstCp = method == CloneMethod.SPARSE && device == devices.get(0);
                            String strategy = plan.strategy().name().toLowerCase(Locale.ROOT);
                            for (int pass = 0; pass < passes(method.name()); pass++) {
                                Step clones = () -> clonePass(engine, masterName, n, method, label, strategy, usable,
                                        onDisk);
                                List<Step> steps = againstCp ? new ArrayList<>(List.of(() -> reference.measureBare(n),
                                        () -> reference.measureSynced(n), clones)) : List.of(clones);
                                Collections.rotate(steps, -pass);
                                for (Step step : steps) {
                                    step.run();
                                }
                            }
                            rows.add(new Row(label, n, median(usable), median(onDisk), strategy, usable));
                        }
                    }
                }
                for (int n : counts) {
                    while (reference.passes(n) < repeat) { // SPARSE was not measured here
                        reference.measureBare(n);
                        reference.measureSynced(n);
                    }
                }
                rows.addAll(0, reference.rows(counts));
                if (deployCount > 0) {
                    return deploy(engine, work, master, rows, deployCount);
                }
                return new Figures(rows, 0, 0, 0, null);
            } finally {
                session.close();
            }
        }
    }

    /**
     * One pass of n clones: adds the seconds until they were usable to {@code usable} and until they were on disk
     * to {@code onDisk}, then destroys them.
     */
    private void clonePass(Engine engine, String master, int n, CloneMethod method, String label, String strategy,
            List<Double> usable, List<Double> onDisk) throws IOException, InterruptedException {
        quiesce();
        long start = System.nanoTime();
        List<String> clones = engine.cloneMaster(master, n, method, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        awaitOnDisk(engine, clones);
        double onDiskSeconds = (System.nanoTime() - start) / 1e9;
        usable.add(seconds);
        onDisk.add(onDiskSeconds);
        progress.printf(Locale.ROOT, "%-19s n=%-2d %7.2f s, on disk %7.2f s (%s)%n", label, n, seconds, onDiskSeconds,
                strategy);
        for (String clone : clones) {
            engine.destroy(clone, null);
        }
    }

    /**
     * The reference: n {@code cp --sparse=always} processes at once, alone and each followed by {@code sync FILE}
     * (which the engine's writeback does after registering), measured a pass at a time.
     */
    private final class Reference {
        private Path master;
        private final Path dir;
        private final Map<Integer, List<Double>> bare = new LinkedHashMap<>();
        private final Map<Integer, List<Double>> synced = new LinkedHashMap<>();

        Reference(Path master, Path dir) {
            this.master = master;
            this.dir = dir;
        }

        /** Copies {@code image} from now on: the imported master, the very file the engine's clones read. */
        void copyFrom(Path image) {
            master = image;
        }

        int passes(int n) {
            return bare.getOrDefault(n, List.of()).size();
        }

        /** One pass of n bare cp. */
        void measureBare(int n) throws IOException, InterruptedException {
            double seconds = cpInParallel(n, false);
            bare.computeIfAbsent(n, k -> new ArrayList<>()).add(seconds);
            progress.printf(Locale.ROOT, "%-19s n=%-2d %7.2f s%n", "cp --sparse=always", n, seconds);
        }

        /** One pass of n cp, each followed by sync of its copy. */
        void measureSynced(int n) throws IOException, InterruptedException {
            double seconds = cpInParallel(n, true);
            synced.computeIfAbsent(n, k -> new ArrayList<>()).add(seconds);
            progress.printf(Locale.ROOT, "%-19s n=%-2d %7.2f s%n", "cp --sparse, sync", n, seconds);
        }

        List<Row> rows(List<Integer> counts) {
            List<Row> rows = new ArrayList<>();
            counts.forEach(n -> rows.add(new Row("cp", n, median(bare.get(n)), Double.NaN, "-", bare.get(n))));
            counts.forEach(n -> rows.add(new Row("cp+sync", n, median(synced.get(n)), median(synced.get(n)), "-",
                    synced.get(n))));
            return rows;
        }

        /**
         * The copies are written to disk before they are deleted, untimed after a bare cp: the engine's clones
         * are on disk before they are destroyed, so every pass leaves the disk as the one before it found it.
         */
        private double cpInParallel(int n, boolean sync) throws IOException, InterruptedException {
            List<Process> copies = new ArrayList<>();
            quiesce();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                String copy = dir.resolve("copy-" + i + ".img").toString();
                copies.add((sync ? new ProcessBuilder("sh", "-c",
                        "cp --sparse=always --reflink=never \"$1\" \"$2\" && sync \"$2\"", "cp", master.toString(), copy)
                        : new ProcessBuilder("cp", "--sparse=always", "--reflink=never", master.toString(), copy))
                        .inheritIO().start());
            }
            for (Process copy : copies) {
                if (!copy.waitFor(30, TimeUnit.MINUTES) || copy.exitValue() != 0) {
                    throw new IOException("cp --sparse=always failed");
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            quiesce();
            for (int i = 0; i < n; i++) {
                Files.delete(dir.resolve("copy-" + i + ".img"));
            }
            return seconds;
        }
    }

    /**
     * Every row runs with the master in the page cache, as a master cloned again and again is: else the
     * first cp alone read it from disk (3.9 s instead of 0.5 s for n = 1, measured with a master made earlier).
     */
    private static void readIntoCache(Path master) throws IOException {
        byte[] buffer = new byte[1 << 20];
        try (java.io.InputStream in = Files.newInputStream(master)) {
            while (in.read(buffer) >= 0) {
                // only the reading matters
            }
        }
    }

    /**
     * One clone made and destroyed before anything is measured: the repository is new, and the first clone
     * it registers creates the clone tables in Derby, whose fsyncs wait for every copy still being written
     * (2.9 s, measured). A repository in use has them; the rows must not pay for that once.
     */
    private static void warmUp(Engine engine, String master, Device device) {
        CloneMethod cheapest = device.methods().contains(CloneMethod.COW) ? CloneMethod.COW : device.methods().get(0);
        for (String clone : engine.cloneMaster(master, 1, cheapest, null)) {
            engine.destroy(clone, null);
        }
    }

    /**
     * Every measurement starts on a quiet disk: {@code sync} writes back what earlier rows left dirty (the
     * deletion of gigabytes of copies, libvirt's writes), so no row pays for the one before.
     */
    private static void quiesce() throws IOException {
        try {
            if (new ProcessBuilder("sync").inheritIO().start().waitFor() != 0) {
                throw new IOException("sync failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for sync", e);
        }
    }

    /** Returns when the engine's background writeback has put every one of {@code clones} on disk. */
    private static void awaitOnDisk(Engine engine, List<String> clones) throws InterruptedException {
        while (engine.read(site -> site.getClones().stream()
                .anyMatch(c -> c.isFlushPending() && clones.contains(c.getName())))) {
            Thread.sleep(5);
        }
    }

    /**
     * Deploy = copy-on-write clone + customize (/etc/hostname) + assign + attach, onto test-driver VMs: first
     * in this fresh JVM, then onto as many other VMs once the JIT compiler has seen the code.
     */
    private Figures deploy(Engine engine, Path work, Path master, List<Row> rows, int count) throws IOException {
        Path storage = Files.createDirectories(work.resolve("deploy-storage"));
        engine.addStorage("deploy", "file", storage.toString(), CloneMethod.COW, null);
        engine.importMaster(ImportRequest.of("app", master, ImageFormat.RAW, "deploy"), null);
        engine.addCustomizationItem("app", new FileReplacement("host name", "/etc/hostname", "${clone}\n", true));
        engine.addHost("lab", "libvirt", "test://" + TestNodes.shutOff(work.resolve("node.xml"), 2 * count), null);
        List<String> machines = engine.read(site -> site.getHosts().get(0).getMachines().stream()
                .map(m -> "lab/" + m.getName()).toList());
        Deployed cold = deployOnto(engine, machines.subList(0, count), "fresh JVM");
        Deployed warm = cold.error() == null ? deployOnto(engine, machines.subList(count, 2 * count), "warm JVM")
                : new Deployed(0, 0, null);
        return new Figures(rows, cold.succeeded(), cold.seconds(), warm.seconds(),
                cold.error() != null ? cold.error() : warm.error());
    }

    private record Deployed(int succeeded, double seconds, String error) {
    }

    private Deployed deployOnto(Engine engine, List<String> machines, String when) throws IOException {
        quiesce();
        long start = System.nanoTime();
        Date startedAt = new Date();
        DeployResult result = engine.deploy(new DeployRequest("app", machines, CloneMethod.COW, Map.of(), false), null);
        double seconds = (System.nanoTime() - start) / 1e9;
        long ok = result.outcomes().stream().filter(DeployResult.MachineOutcome::succeeded).count();
        String error = result.outcomes().stream().filter(o -> !o.succeeded()).map(o -> o.machine() + ": " + o.error())
                .findFirst().orElse(null);
        progress.printf(Locale.ROOT, "deploy %d COW clones (clone+customize+assign+attach), %s: %.2f s, %d succeeded%n",
                machines.size(), when, seconds, ok);
        progress.println("  journaled time per operation: " + stepTimes(engine, startedAt));
        return new Deployed((int) ok, seconds, error);
    }

    /** Mean journaled duration of each kind of operation since {@code since}: where a deploy spends its time. */
    private static String stepTimes(Engine engine, Date since) {
        Map<String, List<Long>> millis = engine.read(site -> {
            Map<String, List<Long>> byOperation = new LinkedHashMap<>();
            for (JournalEntry entry : JournalEntries.all(site)) {
                if (entry.getStarted() != null && entry.getEnded() != null && !entry.getStarted().before(since)) {
                    byOperation.computeIfAbsent(entry.getOperation(), key -> new ArrayList<>())
                            .add(entry.getEnded().getTime() - entry.getStarted().getTime());
                }
            }
            return byOperation;
        });
        StringBuilder text = new StringBuilder();
        millis.forEach((operation, times) -> text.append(text.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                "%s %.3f s (x%d)", operation, times.stream().mapToLong(Long::longValue).average().orElse(0) / 1000,
                times.size())));
        return text.length() == 0 ? "none" : text.toString();
    }

    private static String ratio(Double reference, double seconds) {
        return reference == null || Double.isNaN(seconds) ? "-" : String.format(Locale.ROOT, "%.2fx", reference / seconds);
    }

    /** The table: one row per method and n, with the paper's formula and the ratio to cp beside it. */
    public static String table(Figures figures) {
        Map<Integer, Double> cp = new LinkedHashMap<>();
        Map<Integer, Double> cpSync = new LinkedHashMap<>();
        figures.rows().stream().filter(r -> r.method().equals("cp")).forEach(r -> cp.put(r.n(), r.seconds()));
        figures.rows().stream().filter(r -> r.method().equals("cp+sync")).forEach(r -> cpSync.put(r.n(), r.seconds()));
        StringBuilder text = new StringBuilder();
        text.append("| method | n | seconds (usable) | fastest-slowest pass | per clone | on disk after (s)"
                + " | speed vs cp --sparse=always | on-disk speed vs cp + sync | paper 53.6+13n | strategy |\n");
        text.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : figures.rows()) {
            text.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %s | %.3f | %s | %s | %s | %.1f | %s |%n", row.method(),
                    row.n(), row.seconds(), row.spread(), row.seconds() / row.n(),
                    Double.isNaN(row.onDiskSeconds()) ? "-" : String.format(Locale.ROOT, "%.2f", row.onDiskSeconds()),
                    ratio(cp.get(row.n()), row.seconds()), ratio(cpSync.get(row.n()), row.onDiskSeconds()),
                    paperSeconds(row.n()), row.strategy()));
        }
        if (figures.deployed() > 0 || figures.deployError() != null) {
            text.append(String.format(Locale.ROOT, "%nDeploy of copy-on-write clones (clone + customize + assign + attach): "
                    + "%d succeeded in %.2f s in a fresh JVM%s%s%n", figures.deployed(), figures.deploySeconds(),
                    figures.warmDeploySeconds() > 0 ? String.format(Locale.ROOT, ", %.2f s for as many more in the same"
                            + " (warm) JVM", figures.warmDeploySeconds()) : "",
                    figures.deployError() == null ? "" : "; first error: " + figures.deployError()));
        }
        return text.toString();
    }
}
