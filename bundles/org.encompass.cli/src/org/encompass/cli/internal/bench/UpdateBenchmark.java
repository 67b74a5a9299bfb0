package org.encompass.cli.internal.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.ImportRequest;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.UpdatePhase;
import org.encompass.persistence.EncompassRepository;

/**
 * A service update's rollout and rollback over many machines of libvirt's test driver with copy-on-write clones
 * on file storage, in a throw-away repository: N machines run clones of a master (each customized with its own
 * hostname), an update is started and captured, then timed: the rollout, its rollback, and a second rollout that a
 * machine stops half-way (its clone's name is taken on the device) with the rollback of what it moved.
 */
public final class UpdateBenchmark {
    /** One timed step: what, how long, and the update's phase after it. */
    public record Step(String what, double seconds, String phase, String error) {
    }

    private final PrintStream progress;

    public UpdateBenchmark(PrintStream progress) {
        this.progress = progress;
    }

    public List<Step> run(Path work, Path master, int machines, int batch) throws IOException {
        Path storage = Files.createDirectories(work.resolve("storage"));
        List<Step> steps = new ArrayList<>();
        try (EncompassRepository repository = EncompassRepository.open(work.resolve("repo"))) {
            CDOSession session = repository.openSession();
            try (Engine engine = new Engine(session, EngineOptions.fromEnvironment())) {
                engine.init("bench");
                engine.addStorage("nas", "file", storage.toString(), CloneMethod.COW, null);
                engine.importMaster(ImportRequest.of("app", master, ImageFormat.RAW, "nas"), null);
                engine.addCustomizationItem("app", new FileReplacement("host name", "/etc/hostname", "${hostname}\n", true));
                engine.addHost("lab", "libvirt", "test://" + TestNodes.shutOff(work.resolve("node.xml"), machines + 1), null);
                List<String> names = engine.read(site -> site.getHosts().get(0).getMachines().stream()
                        .map(m -> "lab/" + m.getName()).toList());
                List<String> fleet = names.subList(0, machines);
                Map<String, Map<String, String>> vars = new LinkedHashMap<>();
                fleet.forEach(m -> vars.put(m, Map.of("hostname", m.substring(m.indexOf('/') + 1))));
                long start = System.nanoTime();
                DeployResult deployed = engine.deploy(new DeployRequest("app", fleet, CloneMethod.COW, vars, true), null);
                if (!deployed.succeeded()) {
                    throw new EncompassException("benchmark: the deploy failed: " + deployed.outcomes().stream()
                            .filter(o -> !o.succeeded()).map(o -> o.machine() + ": " + o.error()).findFirst().orElse(""));
                }
                steps.add(new Step("deploy " + machines + " COW clones (set-up)", seconds(start), "-", null));
                start = System.nanoTime();
                engine.updateStart("app", names.get(machines), Map.of("hostname", "maint"), null);
                String newMaster = engine.updateCapture(null, null, null);
                steps.add(new Step("update start + capture (" + newMaster + ")", seconds(start), "CAPTURED", null));

                steps.add(timed("rollout of " + machines + " machines, batch " + batch,
                        () -> engine.updateRollout(null, batch, List.of(), false, null)));
                steps.add(timed("rollback of " + machines + " machines", () -> engine.updateRollback(null, List.of(), null)));

                // again, with the clone of the machine half-way blocked: clones are numbered on from the destroyed ones
                String blocked = String.format(Locale.ROOT, "%s-%02d", newMaster, machines + machines / 2);
                Path blocker = Files.writeString(storage.resolve(blocked + ".qcow2"), "in the way");
                steps.add(timed("rollout stopped half-way (" + blocked + " taken), batch " + batch,
                        () -> engine.updateRollout(null, batch, List.of(), false, null)));
                steps.add(timed("rollback of the machines it moved", () -> engine.updateRollback(null, List.of(), null)));
                Files.delete(blocker);
            }
        }
        return steps;
    }

    private interface Action {
        UpdatePhase run();
    }

    private Step timed(String what, Action action) {
        long start = System.nanoTime();
        try {
            UpdatePhase phase = action.run();
            Step step = new Step(what, seconds(start), phase.getName(), null);
            progress.printf(Locale.ROOT, "%s: %.2f s (%s)%n", what, step.seconds(), step.phase());
            return step;
        } catch (EncompassException e) {
            Step step = new Step(what, seconds(start), "stopped", e.getMessage());
            progress.printf(Locale.ROOT, "%s: %.2f s (stopped: %.200s)%n", what, step.seconds(), e.getMessage());
            return step;
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    public static String table(List<Step> steps) {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            out.append(String.format(Locale.ROOT, "%-60s %8.2f s  %s%n", step.what(), step.seconds(), step.phase()));
        }
        return out.toString();
    }
}
