package org.encompass.core.lifecycle;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.encompass.model.Metastate;
import org.encompass.model.Placement;
import org.encompass.model.TerminalState;

/**
 * The clone state machine of docs/lifecycle.md, and nothing else: which operations a state allows and
 * which state each leads to. The engine, the CLI, the console's command enablement and the diagram
 * all ask this class, so there is one rule set.
 */
public final class Lifecycle {

    /** Operations that move a clone through its states (the rest are bookkeeping). */
    public static final Set<Operation> TRANSITIONS = EnumSet.of(Operation.ASSIGN, Operation.UNASSIGN,
            Operation.ATTACH, Operation.DETACH, Operation.ACTIVATE, Operation.DEACTIVATE, Operation.RECONFIGURE,
            Operation.CAPTURE, Operation.DESTROY);

    private Lifecycle() {
    }

    /** Whether {@code operation} may run on a clone in {@code state}. */
    public static boolean allows(CloneState state, Operation operation) {
        if (state.isTerminal()) {
            return false;
        }
        Metastate m = state.metastate();
        Placement p = state.placement();
        return switch (operation) {
            case ASSIGN -> p == Placement.UNASSIGNED;
            case UNASSIGN -> p == Placement.ASSIGNED;
            case ATTACH -> p == Placement.ASSIGNED;
            case DETACH -> p == Placement.ATTACHED;
            case ACTIVATE -> p == Placement.ATTACHED;
            case DEACTIVATE -> p == Placement.ACTIVE;
            case RECONFIGURE -> m == Metastate.OPERATIONAL;
            case CAPTURE -> m == Metastate.MAINTENANCE && p != Placement.ACTIVE;
            case DESTROY -> m != Metastate.MAINTENANCE && p == Placement.UNASSIGNED;
            // Customization changes the image's files: never while the machine runs from it, and
            // only on a clean image (an operational one has its own identity and data by now).
            case CUSTOMIZE_APPLY, CUSTOMIZE_ROLLBACK -> m == Metastate.CLEAN && p != Placement.ACTIVE;
            case SET_VARIABLES -> m == Metastate.CLEAN;
            default -> false;
        };
    }

    /** Every operation {@code state} allows, in declaration order. */
    public static Set<Operation> allowed(CloneState state) {
        Set<Operation> result = EnumSet.noneOf(Operation.class);
        for (Operation operation : TRANSITIONS) {
            if (allows(state, operation)) {
                result.add(operation);
            }
        }
        return result;
    }

    /** The state {@code operation} leads to; call only when {@link #allows} said yes. */
    public static CloneState next(CloneState state, Operation operation) {
        return switch (operation) {
            case ASSIGN -> state.with(Placement.ASSIGNED);
            case UNASSIGN, DETACH -> state.with(operation == Operation.UNASSIGN ? Placement.UNASSIGNED : Placement.ASSIGNED);
            case ATTACH, DEACTIVATE -> state.with(Placement.ATTACHED);
            case ACTIVATE -> new CloneState(state.metastate() == Metastate.CLEAN ? Metastate.OPERATIONAL : state.metastate(),
                    Placement.ACTIVE, TerminalState.NONE);
            case RECONFIGURE -> state.with(Metastate.MAINTENANCE);
            case CAPTURE -> state.with(TerminalState.CAPTURED);
            case DESTROY -> state.with(TerminalState.DESTROYED);
            default -> state;
        };
    }

    /**
     * Throws a {@link LifecycleException} naming the clone, its state and the allowed operations when
     * {@code operation} is not allowed.
     */
    public static void check(String clone, CloneState state, Operation operation) {
        if (!allows(state, operation)) {
            throw new LifecycleException(refusal(clone, state, operation));
        }
    }

    static String refusal(String clone, CloneState state, Operation operation) {
        Set<Operation> allowed = allowed(state);
        String allowedText = allowed.isEmpty() ? "none (the clone is " + state + ")"
                : allowed.stream().map(Operation::label).collect(Collectors.joining(", "));
        return "cannot " + operation.label() + " clone " + clone + ": it is " + state + "; allowed: " + allowedText;
    }
}
