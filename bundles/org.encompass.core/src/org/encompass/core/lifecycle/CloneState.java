package org.encompass.core.lifecycle;

import org.encompass.model.Metastate;
import org.encompass.model.Placement;
import org.encompass.model.TerminalState;

/** Metastate x placement, or a terminal state: what docs/lifecycle.md calls a clone's state. */
public record CloneState(Metastate metastate, Placement placement, TerminalState terminal) {

    public static final CloneState NEW = new CloneState(Metastate.CLEAN, Placement.UNASSIGNED, TerminalState.NONE);

    public boolean isTerminal() {
        return terminal != TerminalState.NONE;
    }

    public CloneState with(Metastate newMetastate) {
        return new CloneState(newMetastate, placement, terminal);
    }

    public CloneState with(Placement newPlacement) {
        return new CloneState(metastate, newPlacement, terminal);
    }

    public CloneState with(TerminalState newTerminal) {
        return new CloneState(metastate, placement, newTerminal);
    }

    /** {@code CLEAN/UNASSIGNED}, or {@code DESTROYED} for a terminal state. */
    @Override
    public String toString() {
        return isTerminal() ? terminal.getName() : metastate.getName() + '/' + placement.getName();
    }

    /** Parses {@link #toString()}'s form back (used for journal records). */
    public static CloneState parse(String text) {
        if (!text.contains("/")) {
            return new CloneState(Metastate.CLEAN, Placement.UNASSIGNED, TerminalState.get(text));
        }
        String[] parts = text.split("/", 2);
        return new CloneState(Metastate.get(parts[0]), Placement.get(parts[1]), TerminalState.NONE);
    }
}
