package org.encompass.core.query;

import org.encompass.core.lifecycle.CloneState;
import org.encompass.model.Clone;

/** A clone's lifecycle state, read from the model object. */
public final class States {
    private States() {
    }

    /** The state {@code clone} is in now. */
    public static CloneState of(Clone clone) {
        return new CloneState(clone.getMetastate(), clone.getPlacement(), clone.getTerminalState());
    }
}
