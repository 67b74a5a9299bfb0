package org.encompass.core.internal;

import org.encompass.core.lifecycle.CloneState;
import org.encompass.model.Clone;

/** Writes a clone's lifecycle state on the model object (reading it: {@link org.encompass.core.query.States}). */
final class StateChanges {
    private StateChanges() {
    }

    static void set(Clone clone, CloneState state) {
        clone.setMetastate(state.metastate());
        clone.setPlacement(state.placement());
        clone.setTerminalState(state.terminal());
    }
}
