package org.encompass.core;

import java.util.List;

/**
 * How the engine will make many clones of one master: all straight from the master, or in cascade
 * (paper, section 5) where finished clones serve as further sources. {@code explanation} is the cost
 * model's reasoning, written to the job's log and printed by {@code clone --count N --explain}.
 */
public record ClonePlan(Strategy strategy, int count, double directSeconds, double cascadeSeconds,
        List<String> explanation) {

    public enum Strategy {
        /** Every clone is copied from the master. */
        DIRECT,
        /** Finished full copies of this run are sources for the next ones; lineage still names the master. */
        CASCADE
    }

    public boolean cascading() {
        return strategy == Strategy.CASCADE;
    }

    public String explain() {
        return String.join("\n", explanation);
    }
}
