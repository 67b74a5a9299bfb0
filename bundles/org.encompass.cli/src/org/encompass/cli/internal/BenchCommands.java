package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.value;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.cdo.util.CommitException;
import org.encompass.cli.internal.bench.RepositoryBenchmark;
import org.encompass.core.EncompassException;

/** {@code bench}: what the repository costs on this machine, in a throw-away repository. */
final class BenchCommands {
    private BenchCommands() {
    }

    static void register(CommandTable table) {
        table.add(command("bench", CommandGroup.SITE)
                .options(value("transitions", "N"), value("clones", "N"), value("machines", "N"))
                .offline().run(BenchCommands::bench));
    }

    private static Result bench(CommandContext context, ParsedArguments arguments) {
        int transitions = arguments.intValue("transitions", 1000, 4);
        int clones = arguments.intValue("clones", 10_000, 1);
        int machines = arguments.intValue("machines", 1000, 1);
        RepositoryBenchmark.Figures f;
        try {
            f = new RepositoryBenchmark(System.err).run(transitions, clones, machines);
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

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
