package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.value;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.cdo.util.CommitException;
import org.encompass.cli.internal.bench.CloneBenchmark;
import org.encompass.cli.internal.bench.FigurePlot;
import org.encompass.cli.internal.bench.RepositoryBenchmark;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.EncompassException;

/** {@code bench}: what the repository costs on this machine, in a throw-away repository. */
final class BenchCommands {
    private BenchCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("bench", CommandGroup.SITE)
                .options(value("transitions", "N"), value("clones", "N"), value("machines", "N"))
                .offline().run(BenchCommands::bench));
        table.add(command("bench clones", CommandGroup.SITE)
                .options(value("dir", "DIR"), value("master", "FILE"), value("xfs", "DIR"), value("pool", "LOCATION"),
                        value("counts", "N,N,..."), value("methods", "M,M,..."), value("repeat", "N"), value("deploy", "N"),
                        value("plot", "FILE"),
                        value("table", "FILE"))
                .offline().run(BenchCommands::clones));
        table.add(command("bench store", CommandGroup.SITE)
                .options(value("dir", "DIR"), value("transitions", "N"), value("clones", "N"), value("machines", "N"),
                        value("stores", "S,S"))
                .offline().run(BenchCommands::store));
        table.add(command("bench fill", CommandGroup.SITE)
                .options(value("dir", "DIR"), value("clones", "N"), value("machines", "N"), value("lanes", "N"))
                .offline().run(BenchCommands::fill));
        table.add(command("bench remote", CommandGroup.SITE).arguments("CLONE")
                .options(value("transitions", "N"), value("warm-up", "N"), value("start-at", "EPOCH_MS"))
                .run(BenchCommands::remote));
        table.add(command("bench contend", CommandGroup.SITE).arguments("CLONE...")
                .options(value("operations", "N"), value("seed", "N"))
                .run(BenchCommands::contend));
        table.add(command("bench updates", CommandGroup.SITE)
                .options(value("dir", "DIR"), value("master", "FILE"), value("machines", "N"), value("batch", "N"))
                .offline().run(BenchCommands::updates));
    }

    private static Result updates(CommandContext context, ParsedArguments arguments) {
        Path dir = Path.of(required(arguments, "dir", "bench updates")).toAbsolutePath();
        Path master = Path.of(required(arguments, "master", "bench updates")).toAbsolutePath();
        if (!Files.isRegularFile(master)) {
            throw new UsageException("bench updates: no master file " + master);
        }
        int machines = arguments.intValue("machines", 50, 1);
        int batch = arguments.intValue("batch", 10, 1);
        try {
            List<org.encompass.cli.internal.bench.UpdateBenchmark.Step> steps =
                    new org.encompass.cli.internal.bench.UpdateBenchmark(context.err()).run(dir, master, machines, batch);
            List<Map<String, Object>> rows = steps.stream().map(step -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("step", step.what());
                row.put("seconds", step.seconds());
                row.put("phase", step.phase());
                row.put("error", step.error());
                return row;
            }).toList();
            String table = org.encompass.cli.internal.bench.UpdateBenchmark.table(steps);
            return Result.of(Map.of("machines", machines, "batch", batch, "steps", rows), out -> out.print(table));
        } catch (IOException e) {
            throw new EncompassException("benchmark failed: " + e.getMessage(), e);
        }
    }

    private static Result clones(CommandContext context, ParsedArguments arguments) {
        Path dir = Path.of(required(arguments, "dir")).toAbsolutePath();
        Path master = Path.of(required(arguments, "master")).toAbsolutePath();
        if (!Files.isRegularFile(master)) {
            throw new UsageException("bench clones: no master file " + master);
        }
        List<Integer> counts = new ArrayList<>();
        for (String n : arguments.value("counts") == null ? new String[] { "1", "2", "4", "8", "16" }
                : arguments.value("counts").split(",")) {
            try {
                counts.add(Integer.parseInt(n.strip()));
            } catch (NumberFormatException e) {
                throw new UsageException("bench clones: --counts takes whole numbers separated by commas, not " + n);
            }
        }
        int deploy = arguments.intValue("deploy", 100, 0);
        int repeat = arguments.intValue("repeat", 1, 1);
        List<CloneMethod> methods = methods(arguments.value("methods"));
        List<CloneBenchmark.Device> devices = new ArrayList<>();
        try {
            Path ext4 = Files.createDirectories(dir.resolve("storage"));
            devices.add(new CloneBenchmark.Device("local", "file", ext4.toString(),
                    List.of(CloneMethod.SPARSE, CloneMethod.FULL, CloneMethod.COW)));
            if (arguments.value("xfs") != null) {
                Path xfs = Files.createDirectories(Path.of(arguments.value("xfs")).toAbsolutePath());
                devices.add(new CloneBenchmark.Device("xfs", "file", xfs.toString(), List.of(CloneMethod.REFLINK)));
            }
            if (arguments.value("pool") != null) {
                devices.add(new CloneBenchmark.Device("pool", "libvirt-pool", arguments.value("pool"),
                        List.of(CloneMethod.VOLUME_COPY, CloneMethod.COW)));
            }
            devices = devices.stream().map(d -> d.only(methods)).filter(d -> !d.methods().isEmpty()).toList();
            CloneBenchmark.Figures figures = new CloneBenchmark(context.err(), repeat).run(dir.resolve("work"), master,
                    devices, counts, deploy);
            String table = CloneBenchmark.table(figures);
            if (arguments.value("table") != null) {
                Files.writeString(Path.of(arguments.value("table")), table);
            }
            if (arguments.value("plot") != null) {
                FigurePlot.write(figures.rows(), Path.of(arguments.value("plot")));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", figures.rows().stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("method", r.method());
                row.put("n", r.n());
                row.put("seconds", r.seconds());
                row.put("onDiskSeconds", Double.isNaN(r.onDiskSeconds()) ? null : r.onDiskSeconds());
                row.put("strategy", r.strategy());
                return row;
            }).toList());
            json.put("deployed", figures.deployed());
            json.put("deploySeconds", figures.deploySeconds());
            json.put("warmDeploySeconds", figures.warmDeploySeconds());
            return Result.of(json, out -> out.print(table));
        } catch (IOException e) {
            throw new EncompassException("benchmark failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EncompassException("benchmark interrupted", e);
        }
    }

    /** The clone methods --methods names (all when absent). */
    private static List<CloneMethod> methods(String list) {
        if (list == null) {
            return List.of(CloneMethod.values());
        }
        List<CloneMethod> methods = new ArrayList<>();
        for (String name : list.split(",")) {
            try {
                methods.add(CloneMethod.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("bench clones: --methods takes clone methods separated by commas ("
                        + java.util.Arrays.toString(CloneMethod.values()) + "), not " + name);
            }
        }
        return methods;
    }

    private static String required(ParsedArguments arguments, String option) {
        return required(arguments, option, "bench clones");
    }

    private static String required(ParsedArguments arguments, String option, String command) {
        String value = arguments.value(option);
        if (value == null) {
            throw new UsageException(command + " needs --" + option);
        }
        return value;
    }

    private static Result bench(CommandContext context, ParsedArguments arguments) {
        int transitions = arguments.intValue("transitions", 1000, 4);
        int clones = arguments.intValue("clones", 10_000, 1);
        int machines = arguments.intValue("machines", 1000, 1);
        RepositoryBenchmark.Figures f;
        try {
            f = new RepositoryBenchmark(context.err()).run(transitions, clones, machines);
        } catch (IOException | CommitException e) {
            throw new EncompassException("benchmark failed: " + e.getMessage(), e);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("transitions", f.transitions());
        json.put("transitionP50Ms", round(f.p50()));
        json.put("transitionP95Ms", round(f.p95()));
        json.put("transitionMaxMs", round(f.max()));
        json.put("clones", f.clones());
        json.put("machines", f.machines());
        json.put("restartOpenMs", round(f.open()));
        json.put("restartLoadMs", round(f.load()));
        json.put("restartTotalMs", round(f.restart()));
        return Result.line(json, String.format(
                "transition p50 %.1f ms, p95 %.1f ms (n=%d; goal p95 <= 20 ms); restart with %d clones and %d machines %.2f s (goal <= 2 s)",
                f.p50(), f.p95(), f.transitions(), f.clones(), f.machines(), f.restart() / 1000));
    }

    /**
     * The transition benchmark in a site holding many clones and machines, on embedded Derby and on the PostgreSQL
     * database ENCOMPASS_STORE_URL names (an empty one: the benchmark makes its site there).
     */
    private static Result store(CommandContext context, ParsedArguments arguments) {
        Path dir = Path.of(required(arguments, "dir", "bench store")).toAbsolutePath();
        int transitions = arguments.intValue("transitions", 1000, 4);
        int clones = arguments.intValue("clones", 50_000, 0);
        int machines = arguments.intValue("machines", 5000, 0);
        String stores = arguments.value("stores") == null ? "derby,postgresql" : arguments.value("stores");
        List<Map<String, Object>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String store : stores.split(",")) {
            org.encompass.persistence.RepositoryOptions options = org.encompass.persistence.RepositoryOptions
                    .forDirectory(dir.resolve(store.strip() + "/repo"));
            String label;
            switch (store.strip()) {
                case "derby" -> label = "embedded Derby";
                case "postgresql" -> {
                    org.encompass.persistence.PostgresStore postgres = RepositorySession.postgresStore(System.getenv());
                    if (postgres == null) {
                        throw new UsageException("bench store: set ENCOMPASS_STORE_URL (and ENCOMPASS_STORE_USER) to an empty "
                                + "PostgreSQL database for the postgresql store");
                    }
                    options = options.withPostgres(postgres);
                    label = "PostgreSQL " + postgres.describe();
                }
                default -> throw new UsageException("bench store: --stores takes derby and postgresql, not " + store);
            }
            double[] figures;
            try {
                figures = new RepositoryBenchmark(context.err()).transitions(options, dir.resolve(store.strip()),
                        transitions, clones, machines, label);
            } catch (IOException | CommitException e) {
                throw new EncompassException("benchmark failed on " + label + ": " + e.getMessage(), e);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("store", store.strip());
            row.put("transitions", transitions);
            row.put("clones", clones);
            row.put("machines", machines);
            row.put("transitionP50Ms", round(figures[0]));
            row.put("transitionP95Ms", round(figures[1]));
            row.put("transitionMaxMs", round(figures[2]));
            rows.add(row);
            text.append(String.format("%s: transition p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d, %d clones and %d machines in the site)%n",
                    label, figures[0], figures[1], figures[2], transitions, clones, machines));
        }
        return Result.line(Map.of("stores", rows), text.toString().strip());
    }

    /**
     * {@code bench fill}: the site {@code bench store} measures, made in the PostgreSQL database ENCOMPASS_STORE_URL
     * names (else embedded Derby in DIR) for a repository server to serve from DIR; prints the assigned clones.
     */
    private static Result fill(CommandContext context, ParsedArguments arguments) {
        Path dir = Path.of(required(arguments, "dir", "bench fill")).toAbsolutePath();
        int clones = arguments.intValue("clones", 50_000, 0);
        int machines = arguments.intValue("machines", 5000, 0);
        int lanes = arguments.intValue("lanes", 1, 1);
        org.encompass.persistence.RepositoryOptions options = org.encompass.persistence.RepositoryOptions.forDirectory(dir);
        org.encompass.persistence.PostgresStore postgres = RepositorySession.postgresStore(System.getenv());
        String label = postgres == null ? "embedded Derby" : "PostgreSQL " + postgres.describe();
        options = options.withPostgres(postgres);
        List<String> assigned;
        try {
            assigned = new RepositoryBenchmark(context.err()).fill(options, dir.resolve("bench"), lanes, clones, machines,
                    label);
        } catch (IOException | CommitException e) {
            throw new EncompassException("bench fill failed on " + label + ": " + e.getMessage(), e);
        }
        return Result.of(Map.of("clones", assigned), out -> assigned.forEach(out::println));
    }

    /**
     * {@code bench remote CLONE}: attach/activate/deactivate/detach on CLONE, each a request to the repository server
     * ({@code --server}) from this one process, timed from the request to the reply and the client's view of the
     * commit. {@code --start-at} lets several clients start measuring together.
     */
    private static Result remote(CommandContext context, ParsedArguments arguments) {
        org.encompass.server.ServerClient server = context.server();
        if (server == null) {
            throw new UsageException("bench remote needs --server HOST:PORT --user NAME");
        }
        String clone = arguments.positional(0);
        int transitions = arguments.intValue("transitions", 1000, 4);
        int warmUp = arguments.intValue("warm-up", 200, 0) / 4 * 4; // measuring starts with attach
        long startAt = arguments.longValue("start-at", 0, 0);
        String[] operations = { "attach", "activate", "deactivate", "detach" };
        for (int i = 0; i < warmUp; i++) {
            server.run(operations[i % 4], clone, Map.of());
        }
        long wait = startAt - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EncompassException("bench remote interrupted");
            }
        }
        long[] nanos = new long[transitions];
        long cpuBefore = processCpuMillis();
        long startedMs = System.currentTimeMillis();
        long started = System.nanoTime();
        for (int i = 0; i < transitions; i++) {
            long start = System.nanoTime();
            server.run(operations[i % 4], clone, Map.of());
            nanos[i] = System.nanoTime() - start;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long endedMs = System.currentTimeMillis();
        double cpuPerTransition = (double) (processCpuMillis() - cpuBefore) / transitions;
        Arrays.sort(nanos);
        double p50 = nanos[transitions / 2] / 1e6;
        double p95 = nanos[Math.min(transitions - 1, (int) (transitions * 0.95))] / 1e6;
        double max = nanos[transitions - 1] / 1e6;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("clone", clone);
        json.put("transitions", transitions);
        json.put("transitionP50Ms", round(p50));
        json.put("transitionP95Ms", round(p95));
        json.put("transitionMaxMs", round(max));
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        json.put("startedMs", startedMs);
        json.put("endedMs", endedMs);
        json.put("clientCpuMsPerTransition", round(cpuPerTransition));
        return Result.line(json, String.format(
                "%s through the server: transition p50 %.1f ms, p95 %.1f ms, max %.1f ms (n=%d after %d unmeasured); "
                        + "%.1f transitions/s; client CPU %.2f ms/transition; started %d ended %d (epoch ms)",
                clone, p50, p95, max, transitions, warmUp, transitions / seconds, cpuPerTransition, startedMs, endedMs));
    }

    /** CPU time (user and system, all threads) this process has used so far; -1 where the platform cannot tell. */
    private static long processCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L);
    }

    /**
     * {@code bench contend CLONE...}: lifecycle operations through the repository server on clones other clients
     * work on at the same time. Each time a clone chosen at random and an operation its state allows as this client
     * last saw it (others may have changed it since: the server then refuses); counts what succeeded and what was
     * refused. Lost updates show in the journal: {@code ServerContentionTest} checks it against the final states.
     */
    private static Result contend(CommandContext context, ParsedArguments arguments) {
        org.encompass.server.ServerClient server = context.server();
        if (server == null) {
            throw new UsageException("bench contend needs --server HOST:PORT --user NAME");
        }
        List<String> clones = arguments.positionals();
        int operations = arguments.intValue("operations", 250, 1);
        java.util.Random random = new java.util.Random(arguments.longValue("seed", System.nanoTime(), 0));
        List<org.encompass.core.lifecycle.Operation> cycle = List.of(org.encompass.core.lifecycle.Operation.ATTACH,
                org.encompass.core.lifecycle.Operation.ACTIVATE, org.encompass.core.lifecycle.Operation.DEACTIVATE,
                org.encompass.core.lifecycle.Operation.DETACH);
        int succeeded = 0;
        Map<String, Integer> refusals = new java.util.TreeMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < operations; i++) {
            String clone = clones.get(random.nextInt(clones.size()));
            org.encompass.core.lifecycle.CloneState seen = context.read(
                    site -> org.encompass.core.query.States.of(org.encompass.core.query.SiteLookup.clone(site, clone)));
            List<org.encompass.core.lifecycle.Operation> allowed = cycle.stream()
                    .filter(o -> org.encompass.core.lifecycle.Lifecycle.allows(seen, o)).toList();
            org.encompass.core.lifecycle.Operation operation = allowed.isEmpty() ? cycle.get(random.nextInt(cycle.size()))
                    : allowed.get(random.nextInt(allowed.size()));
            try {
                server.run(operation.label(), clone, Map.of());
                succeeded++;
            } catch (EncompassException e) {
                String message = String.valueOf(e.getMessage());
                String kind = message.contains("busy") ? "busy" : message.contains("not allowed") || message.contains("cannot")
                        ? "lifecycle" : message;
                refusals.merge(kind, 1, Integer::sum);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operations", operations);
        json.put("succeeded", succeeded);
        json.put("refused", refused);
        json.put("refusals", refusals);
        json.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return Result.line(json, String.format("%d operations on %d clones: %d succeeded, %d refused %s in %.1f s", operations,
                clones.size(), succeeded, refused, refusals, seconds));
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
