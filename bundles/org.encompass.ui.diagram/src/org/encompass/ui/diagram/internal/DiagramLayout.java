package org.encompass.ui.diagram.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the diagram's boxes, clone chips and arrows go in a canvas of a given size. The state machine
 * is fixed and small, so a grid says it best: placements from left to right, metastates from top to
 * bottom, the masters and DESTROYED on the left, CAPTURED below MAINTENANCE.
 */
public final class DiagramLayout {
    static final int MIN_WIDTH = 1100;
    static final int MIN_HEIGHT = 640;
    /** Two lines: the metastate (or Masters, DESTROYED, CAPTURED) and the placement, with the count. */
    static final int HEADER = 36;
    static final int CHIP_HEIGHT = 18;
    static final int CHIP_GAP = 3;
    private static final int GAP_X = 76;
    private static final int GAP_Y = 40;
    /** The CAPTURED row is lower than the others: it only counts and lists history. */
    private static final double LAST_ROW_WEIGHT = 0.75;
    /** How far an arrow is moved sideways when an arrow goes back the other way between the same boxes. */
    private static final int PAIR_OFFSET = 7;

    private final LifecycleGraph graph;
    private final Map<DiagramNode, Rectangle> bounds = new HashMap<>();

    private DiagramLayout(LifecycleGraph graph) {
        this.graph = graph;
    }

    public static DiagramLayout of(LifecycleGraph graph, Rectangle area) {
        DiagramLayout layout = new DiagramLayout(graph);
        int width = Math.max(area.width, MIN_WIDTH);
        int height = Math.max(area.height, MIN_HEIGHT);
        double cellWidth = width / (double) LifecycleGraph.COLUMNS;
        double rowUnits = LifecycleGraph.ROWS - 1 + LAST_ROW_WEIGHT;
        double cellHeight = height / rowUnits;
        for (DiagramNode node : graph.nodes()) {
            int x = (int) Math.round(area.x + node.column() * cellWidth) + GAP_X / 2;
            int y = (int) Math.round(area.y + node.row() * cellHeight) + GAP_Y / 2;
            double rowHeight = node.row() == LifecycleGraph.ROWS - 1 ? cellHeight * LAST_ROW_WEIGHT : cellHeight;
            layout.bounds.put(node, new Rectangle(x, y, (int) cellWidth - GAP_X, (int) rowHeight - GAP_Y));
        }
        return layout;
    }

    java.util.Collection<DiagramNode> graphNodes() {
        return graph.nodes();
    }

    java.util.List<Transition> graphTransitions() {
        return graph.transitions();
    }

    public Rectangle bounds(DiagramNode node) {
        return bounds.get(node);
    }

    /** The box at a point, or null. */
    public DiagramNode nodeAt(int x, int y) {
        for (Map.Entry<DiagramNode, Rectangle> entry : bounds.entrySet()) {
            if (entry.getValue().contains(x, y)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /** Whether a point in {@code node} is on its title (a click there selects all it holds). */
    public boolean onHeader(DiagramNode node, int y) {
        return y < bounds(node).y + HEADER;
    }

    /** How many chips fit in a box; when more are in it, the last line says how many more. */
    public int chipCapacity(DiagramNode node) {
        return Math.max(0, (bounds(node).height - HEADER - CHIP_GAP) / (CHIP_HEIGHT + CHIP_GAP));
    }

    public Rectangle chip(DiagramNode node, int index) {
        Rectangle box = bounds(node);
        return new Rectangle(box.x + 5, box.y + HEADER + CHIP_GAP + index * (CHIP_HEIGHT + CHIP_GAP), box.width - 10, CHIP_HEIGHT);
    }

    /** The index of the chip line at a point of {@code node}, or -1. */
    public int chipAt(DiagramNode node, int x, int y) {
        int capacity = chipCapacity(node);
        for (int i = 0; i < capacity; i++) {
            if (chip(node, i).contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An arrow's ends on the borders of its boxes, the unit vector at a right angle to it, and whether an
     * arrow goes back beside it.
     */
    public record Route(Point start, Point end, double normalX, double normalY, boolean paired) {
        /**
         * The top left corner of a label of the given size beside the arrow at {@code along} of its length
         * (0.5: the middle), on the side {@code sign} says.
         */
        Point label(Point size, int sign, double along) {
            double x = start.x + (end.x - start.x) * along, y = start.y + (end.y - start.y) * along;
            double away = 4 + Math.abs(normalX) * size.x / 2.0 + Math.abs(normalY) * size.y / 2.0;
            return new Point((int) Math.round(x + sign * normalX * away - size.x / 2.0),
                    (int) Math.round(y + sign * normalY * away - size.y / 2.0));
        }
    }

    /**
     * Where an arrow's label of the given size goes: beside it (on its own side when an arrow goes back
     * beside it, else on either), at its middle or a little off it, wherever it covers no box.
     */
    public Point labelAt(Route route, Point size) {
        Point preferred = route.label(size, 1, 0.5);
        for (double along : new double[] { 0.5, 0.4, 0.6 }) {
            for (int sign : route.paired() ? new int[] { 1 } : new int[] { 1, -1 }) {
                Point at = route.label(size, sign, along);
                if (!coversABox(at, size)) {
                    return at;
                }
            }
        }
        return preferred;
    }

    private boolean coversABox(Point at, Point size) {
        Rectangle label = new Rectangle(at.x, at.y, size.x, size.y);
        return bounds.values().stream().anyMatch(label::intersects);
    }

    public Route route(Transition transition) {
        Rectangle a = bounds(transition.from());
        Rectangle b = bounds(transition.to());
        double ax = a.x + a.width / 2.0, ay = a.y + a.height / 2.0;
        double bx = b.x + b.width / 2.0, by = b.y + b.height / 2.0;
        double dx = bx - ax, dy = by - ay, length = Math.hypot(dx, dy);
        // The right-hand normal: an arrow and its way back lie on either side of the line between the centres.
        double nx = -dy / length, ny = dx / length;
        boolean paired = graph.transitions().stream()
                .anyMatch(t -> t.from().equals(transition.to()) && t.to().equals(transition.from()));
        double offset = paired ? PAIR_OFFSET : 0;
        ax += nx * offset;
        ay += ny * offset;
        bx += nx * offset;
        by += ny * offset;
        Point start = clip(a, ax, ay, bx, by);
        Point end = clip(b, bx, by, ax, ay);
        return new Route(start, end, nx, ny, paired);
    }

    /** Where the line from (x0, y0) inside {@code box} towards (x1, y1) leaves the box. */
    private static Point clip(Rectangle box, double x0, double y0, double x1, double y1) {
        double dx = x1 - x0, dy = y1 - y0;
        double t = 1;
        if (dx != 0) {
            double edge = dx > 0 ? box.x + box.width : box.x;
            t = Math.min(t, (edge - x0) / dx);
        }
        if (dy != 0) {
            double edge = dy > 0 ? box.y + box.height : box.y;
            t = Math.min(t, (edge - y0) / dy);
        }
        t = Math.max(0, t);
        return new Point((int) Math.round(x0 + dx * t), (int) Math.round(y0 + dy * t));
    }
}
