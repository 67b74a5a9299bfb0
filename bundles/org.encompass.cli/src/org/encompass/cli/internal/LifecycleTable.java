package org.encompass.cli.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;

/**
 * The clone state table, generated from the engine's rules ({@link Lifecycle}) rather than written
 * down: every state reachable from a new clone, and for each the operations it allows and where they lead.
 */
public final class LifecycleTable {

    /** One allowed operation and the state it leads to (the same state for bookkeeping operations). */
    public record Step(Operation operation, CloneState next) {
    }

    private LifecycleTable() {
    }

    /** States reachable from {@link CloneState#NEW}, ordered by metastate and placement, terminal ones last. */
    public static Map<CloneState, List<Step>> build() {
        Map<String, CloneState> seen = new LinkedHashMap<>();
        Deque<CloneState> queue = new ArrayDeque<>();
        queue.add(CloneState.NEW);
        seen.put(CloneState.NEW.toString(), CloneState.NEW);
        Map<CloneState, List<Step>> steps = new LinkedHashMap<>();
        while (!queue.isEmpty()) {
            CloneState state = queue.removeFirst();
            List<Step> allowed = new ArrayList<>();
            for (Operation operation : Operation.values()) {
                if (Lifecycle.allows(state, operation)) {
                    CloneState next = Lifecycle.next(state, operation);
                    allowed.add(new Step(operation, next));
                    // Terminal states print the same whatever the metastate they came from: keep one.
                    if (seen.putIfAbsent(next.toString(), next) == null) {
                        queue.addLast(next);
                    }
                }
            }
            steps.put(state, allowed);
        }
        Map<CloneState, List<Step>> ordered = new LinkedHashMap<>();
        seen.values().stream()
                .sorted(Comparator.comparing((CloneState s) -> s.terminal().getValue())
                        .thenComparing(s -> s.isTerminal() ? 0 : s.metastate().getValue())
                        .thenComparing(s -> s.isTerminal() ? 0 : s.placement().getValue()))
                .forEach(s -> ordered.put(s, steps.get(s)));
        return ordered;
    }
}
