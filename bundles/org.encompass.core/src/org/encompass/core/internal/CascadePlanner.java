package org.encompass.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.encompass.core.ClonePlan;
import org.encompass.core.EngineOptions;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.CopyProgress;

/**
 * Chooses between cloning straight from the master and cascading, from a small cost model: copies run
 * in rounds; a round's copies share the device's write bandwidth, and the copies reading one source
 * share that source's read bandwidth (the bottleneck the paper names). Direct cloning reads only the
 * master; cascading adds every finished copy as a source. Cascading is chosen when it is estimated
 * at least 10% faster, and only for full copies: copy-on-write and reflink clones read no data.
 */
public final class CascadePlanner {
    private static final double REQUIRED_GAIN = 0.9;

    private final EngineOptions options;

    public CascadePlanner(EngineOptions options) {
        this.options = options;
    }

    /** One round of the simulation: {@code copies} copies from {@code sources} sources, taking {@code seconds}. */
    record Round(int copies, int sources, double seconds) {
    }

    public ClonePlan plan(int count, long bytesPerCopy, CloneMethod method) {
        return plan(count, bytesPerCopy, method, false);
    }

    /** {@code writtenBehind}: the copies are written behind, and run under the write-behind limit. */
    public ClonePlan plan(int count, long bytesPerCopy, CloneMethod method, boolean writtenBehind) {
        List<String> why = new ArrayList<>();
        int parallel = writtenBehind ? options.writeBehindCopies() // as many jobs run (Deployer)
                : Math.min(options.clonesPerDevice(), options.maxParallel());
        int perSource = options.clonesPerSource();
        why.add(String.format(Locale.ROOT,
                "cost model: %d clone(s) by %s of %s each; at most %d %scopies at once per device, %d reads per source;"
                        + " device writes %s/s, one source reads %s/s",
                count, method, CopyProgress.size(bytesPerCopy), parallel, writtenBehind ? "write-behind " : "", perSource,
                CopyProgress.size(options.deviceWriteBytesPerSecond()),
                CopyProgress.size(options.sourceReadBytesPerSecond())));
        List<Round> direct = simulate(count, bytesPerCopy, parallel, perSource, false);
        double directSeconds = total(direct);
        why.add("direct: " + describe(direct));
        if (!copiesData(method)) {
            why.add("chosen: direct, because " + method + " clones share the master's data and read almost nothing");
            return new ClonePlan(ClonePlan.Strategy.DIRECT, count, directSeconds, directSeconds, why);
        }
        List<Round> cascade = simulate(count, bytesPerCopy, parallel, perSource, true);
        double cascadeSeconds = total(cascade);
        why.add("cascade: " + describe(cascade));
        if (!options.cascading()) {
            why.add("chosen: direct, because cascading is switched off");
            return new ClonePlan(ClonePlan.Strategy.DIRECT, count, directSeconds, cascadeSeconds, why);
        }
        if (cascadeSeconds <= directSeconds * REQUIRED_GAIN) {
            why.add(String.format(Locale.ROOT, "chosen: cascade, estimated %.0f%% faster",
                    100 * (1 - cascadeSeconds / directSeconds)));
            return new ClonePlan(ClonePlan.Strategy.CASCADE, count, directSeconds, cascadeSeconds, why);
        }
        why.add("chosen: direct, because cascading would not be at least 10% faster");
        return new ClonePlan(ClonePlan.Strategy.DIRECT, count, directSeconds, cascadeSeconds, why);
    }

    static boolean copiesData(CloneMethod method) {
        return method == CloneMethod.SPARSE || method == CloneMethod.FULL || method == CloneMethod.VOLUME_COPY;
    }

    List<Round> simulate(int count, long bytes, int parallel, int perSource, boolean cascade) {
        List<Round> rounds = new ArrayList<>();
        int sources = 1;
        int done = 0;
        while (done < count) {
            int capacity = (cascade ? sources : 1) * perSource;
            int copies = Math.min(Math.min(parallel, capacity), count - done);
            int usedSources = cascade ? Math.min(sources, copies) : 1;
            int readersPerSource = (copies + usedSources - 1) / usedSources;
            double rate = Math.min((double) options.deviceWriteBytesPerSecond() / copies,
                    (double) options.sourceReadBytesPerSecond() / readersPerSource);
            rounds.add(new Round(copies, usedSources, bytes / rate));
            done += copies;
            if (cascade) {
                sources += copies;
            }
        }
        return rounds;
    }

    static double total(List<Round> rounds) {
        return rounds.stream().mapToDouble(Round::seconds).sum();
    }

    private static String describe(List<Round> rounds) {
        StringBuilder text = new StringBuilder();
        text.append(rounds.size()).append(" round(s) [");
        for (int i = 0; i < rounds.size(); i++) {
            Round round = rounds.get(i);
            text.append(i == 0 ? "" : ", ").append(round.copies()).append(" from ").append(round.sources())
                    .append(round.sources() == 1 ? " source" : " sources");
        }
        return text.append(String.format(Locale.ROOT, "], estimated %.1f s", total(rounds))).toString();
    }
}
