package org.encompass.ui.diagram.internal;

import org.encompass.core.lifecycle.CloneState;

/**
 * A box of the lifecycle diagram: the masters (where clones come from), a state of docs/lifecycle.md, or a
 * terminal state; placed on a grid whose columns are placements and whose rows are metastates.
 */
public record DiagramNode(CloneState state, int column, int row) {

    /** The masters' box; {@code state} is null. */
    public boolean isMasters() {
        return state == null;
    }

    /** {@code CLEAN/ASSIGNED}, {@code DESTROYED}, or {@code masters}. */
    public String key() {
        return isMasters() ? "masters" : state.toString();
    }
}
