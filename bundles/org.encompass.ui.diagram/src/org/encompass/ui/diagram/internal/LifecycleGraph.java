package org.encompass.ui.diagram.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.Metastate;
import org.encompass.model.Placement;
import org.encompass.model.TerminalState;

/**
 * The lifecycle diagram's boxes and arrows, found by walking the engine's own rules ({@link Lifecycle})
 * from a new clone: so the diagram shows exactly the states a clone can reach and the operations
 * that lead between them, and changes with the rules.
 */
public final class LifecycleGraph {
    /** Columns: the masters and DESTROYED, then one per placement. Rows: one per metastate, then CAPTURED. */
    static final int COLUMNS = 1 + Placement.VALUES.size();
    static final int ROWS = Metastate.VALUES.size() + 1;

    private final Map<String, DiagramNode> nodes = new LinkedHashMap<>();
    private final List<Transition> transitions = new ArrayList<>();

    private LifecycleGraph() {
    }

    public static LifecycleGraph fromRules() {
        LifecycleGraph graph = new LifecycleGraph();
        DiagramNode masters = graph.node(null);
        graph.transitions.add(new Transition(masters, graph.node(CloneState.NEW), Operation.CLONE));
        Deque<CloneState> open = new ArrayDeque<>(List.of(CloneState.NEW));
        while (!open.isEmpty()) {
            CloneState state = open.pop();
            for (Operation operation : Lifecycle.allowed(state)) {
                CloneState next = normalized(Lifecycle.next(state, operation));
                if (!graph.nodes.containsKey(next.toString())) {
                    open.add(next);
                }
                graph.transitions.add(new Transition(graph.node(state), graph.node(next), operation));
            }
        }
        return graph;
    }

    /** A terminal state is one box, whatever metastate and placement the clone had before. */
    static CloneState normalized(CloneState state) {
        return state.isTerminal() ? new CloneState(Metastate.CLEAN, Placement.UNASSIGNED, state.terminal()) : state;
    }

    private DiagramNode node(CloneState state) {
        String key = state == null ? "masters" : state.toString();
        return nodes.computeIfAbsent(key, k -> new DiagramNode(state, column(state), row(state)));
    }

    private static int column(CloneState state) {
        if (state == null || state.terminal() == TerminalState.DESTROYED) {
            return 0;
        }
        return state.terminal() == TerminalState.CAPTURED ? 2 : 1 + state.placement().getValue();
    }

    private static int row(CloneState state) {
        if (state == null) {
            return 0;
        }
        return switch (state.terminal()) {
            case DESTROYED -> 1;
            case CAPTURED -> Metastate.VALUES.size();
            default -> state.metastate().getValue();
        };
    }

    public Collection<DiagramNode> nodes() {
        return nodes.values();
    }

    public List<Transition> transitions() {
        return transitions;
    }

    public DiagramNode masters() {
        return nodes.get("masters");
    }

    /** The box of a clone in {@code state}. */
    public DiagramNode nodeOf(CloneState state) {
        return nodes.get(normalized(state).toString());
    }

    /** The operation that takes what is in {@code from} to the box {@code to}, if one does. */
    public Optional<Operation> operationBetween(DiagramNode from, DiagramNode to) {
        return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to))
                .map(Transition::operation).findFirst();
    }

    /**
     * The one operation that takes what is in every box of {@code sources} to {@code to} (a drag of
     * chips from several boxes), or empty when there is none or they would need different ones.
     */
    public Optional<Operation> operationFor(Collection<DiagramNode> sources, DiagramNode to) {
        Operation common = null;
        for (DiagramNode source : sources) {
            Optional<Operation> operation = operationBetween(source, to);
            if (operation.isEmpty() || common != null && common != operation.get()) {
                return Optional.empty();
            }
            common = operation.get();
        }
        return Optional.ofNullable(common);
    }
}
