package org.encompass.core.query;

import org.encompass.core.lifecycle.CloneState;
import org.encompass.model.Clone;

/** Reads and writes a clone's lifecycle state on the model object. */
public final class States {
    private States() {
    }

    public static CloneState of(Clone clone) {
        return new CloneState(clone.getMetastate(), clone.getPlacement(), clone.getTerminalState());
    }

    public static void set(Clone clone, CloneState state) {
        clone.setMetastate(state.metastate());
        clone.setPlacement(state.placement());
        clone.setTerminalState(state.terminal());
    }
}
