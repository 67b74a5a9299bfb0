package org.encompass.ui.diagram.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.Metastate;
import org.encompass.model.TerminalState;

/**
 * Paints one frame of the diagram. Colours are mixed from the canvas's own background and foreground,
 * so the diagram reads the same in the light and the dark theme.
 */
final class DiagramPainter {
    private static final RGB CLEAN = new RGB(76, 175, 80);
    private static final RGB OPERATIONAL = new RGB(33, 150, 243);
    private static final RGB MAINTENANCE = new RGB(255, 152, 0);
    private static final RGB MASTERS = new RGB(255, 213, 79);
    private static final RGB TERMINAL = new RGB(158, 158, 158);
    private static final RGB ALLOWED = new RGB(46, 160, 67);
    private static final RGB REFUSED = new RGB(211, 47, 47);

    private final Canvas canvas;
    private final DiagramLayout layout;
    private final DiagramContent content;
    private final Set<Object> selection;
    private final LifecycleDiagram.DragFeedback drag;
    private final RGB background;
    private final RGB foreground;

    DiagramPainter(Canvas canvas, DiagramLayout layout, DiagramContent content, Set<Object> selection,
            LifecycleDiagram.DragFeedback drag) {
        this.canvas = canvas;
        this.layout = layout;
        this.content = content;
        this.selection = selection;
        this.drag = drag;
        this.background = canvas.getBackground().getRGB();
        this.foreground = canvas.getForeground().getRGB();
    }

    void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setBackground(canvas.getBackground());
        gc.fillRectangle(canvas.getClientArea());
        for (Transition transition : layout.graphTransitions()) {
            arrow(gc, transition);
        }
        for (DiagramNode node : layout.graphNodes()) {
            box(gc, node);
        }
        if (drag != null) {
            dragLabel(gc);
        }
    }

    private void arrow(GC gc, Transition transition) {
        DiagramLayout.Route route = layout.route(transition);
        gc.setForeground(color(mix(foreground, background, 0.45)));
        gc.setLineWidth(1);
        gc.drawLine(route.start().x, route.start().y, route.end().x, route.end().y);
        double angle = Math.atan2(route.end().y - route.start().y, route.end().x - route.start().x);
        int[] head = new int[6];
        head[0] = route.end().x;
        head[1] = route.end().y;
        for (int side = 0; side < 2; side++) {
            double a = angle + Math.PI + (side == 0 ? 0.4 : -0.4);
            head[2 + side * 2] = (int) Math.round(route.end().x + 9 * Math.cos(a));
            head[3 + side * 2] = (int) Math.round(route.end().y + 9 * Math.sin(a));
        }
        gc.setBackground(color(mix(foreground, background, 0.45)));
        gc.fillPolygon(head);
        String label = transition.operation().label();
        Point at = layout.labelAt(route, gc.textExtent(label));
        gc.setForeground(color(mix(foreground, background, 0.75)));
        gc.drawText(label, at.x, at.y, true);
    }

    private void box(GC gc, DiagramNode node) {
        Rectangle r = layout.bounds(node);
        RGB tint = tint(node);
        gc.setBackground(color(mix(tint, background, 0.16)));
        gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 10, 10);
        Optional<Operation> dropOperation = drag == null ? Optional.empty() : drag.operationTo(node);
        boolean hovered = drag != null && r.contains(drag.at());
        if (dropOperation.isPresent()) {
            gc.setForeground(color(ALLOWED));
            gc.setLineWidth(hovered ? 3 : 2);
        } else if (hovered && !drag.sources().contains(node)) {
            gc.setForeground(color(REFUSED));
            gc.setLineWidth(3);
        } else {
            gc.setForeground(color(mix(tint, foreground, 0.55)));
            gc.setLineWidth(1);
        }
        gc.drawRoundRectangle(r.x, r.y, r.width, r.height, 10, 10);
        gc.setLineWidth(1);

        List<DiagramContent.Entry> entries = content.in(node);
        gc.setForeground(canvas.getForeground());
        gc.setClipping(r.x + 4, r.y, r.width - 8, r.height);
        String[] lines = titleLines(node);
        gc.setFont(bold());
        gc.drawText(lines[0], r.x + 8, r.y + 3, true);
        gc.setFont(canvas.getFont());
        String second = (lines.length > 1 ? lines[1] + "  " : "") + "(" + entries.size() + ")";
        gc.setForeground(color(mix(foreground, background, 0.7)));
        gc.drawText(second, r.x + 8, r.y + 18, true);
        gc.setForeground(canvas.getForeground());
        int capacity = layout.chipCapacity(node);
        boolean overflow = LifecycleDiagram.overflows(layout, node, entries.size());
        int shown = overflow ? capacity - 1 : entries.size();
        for (int i = 0; i < shown; i++) {
            chip(gc, layout.chip(node, i), entries.get(i), tint);
        }
        if (overflow) {
            Rectangle more = layout.chip(node, capacity - 1);
            gc.setForeground(color(mix(foreground, background, 0.3)));
            gc.drawText(NLS.bind(DiagramMessages.more, entries.size() - shown), more.x + 6, more.y + 1, true);
        }
        gc.setClipping((Rectangle) null);
    }

    private void chip(GC gc, Rectangle r, DiagramContent.Entry entry, RGB tint) {
        boolean selected = selection.contains(entry.element());
        if (selected) {
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
        } else {
            gc.setBackground(color(mix(tint, background, 0.34)));
            gc.setForeground(canvas.getForeground());
        }
        gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 6, 6);
        gc.drawText(entry.label(), r.x + 6, r.y + 1, true);
    }

    private void dragLabel(GC gc) {
        Point at = drag.at();
        DiagramNode target = layout.nodeAt(at.x, at.y);
        String text;
        if (target == null || drag.sources().equals(Set.of(target))) {
            return;
        }
        Optional<Operation> operation = drag.operationTo(target);
        text = operation.map(Operation::label).orElse(DiagramMessages.noArrow);
        Point size = gc.textExtent(text);
        gc.setBackground(color(operation.isPresent() ? ALLOWED : REFUSED));
        gc.fillRoundRectangle(at.x + 12, at.y + 12, size.x + 10, size.y + 4, 6, 6);
        gc.setForeground(color(new RGB(255, 255, 255)));
        gc.drawText(text, at.x + 17, at.y + 14, true);
    }

    /** The box's title in two lines: what the clones are, and where they are bound. */
    static String[] titleLines(DiagramNode node) {
        if (node.isMasters()) {
            return new String[] { DiagramMessages.masters };
        }
        if (node.state().isTerminal()) {
            return new String[] { node.state().terminal().getName() };
        }
        return new String[] { node.state().metastate().getName(), node.state().placement().getName() };
    }

    private org.eclipse.swt.graphics.Font bold() {
        return org.eclipse.jface.resource.JFaceResources.getFontRegistry().getBold(org.eclipse.jface.resource.JFaceResources.DEFAULT_FONT);
    }

    static String title(DiagramNode node) {
        if (node.isMasters()) {
            return DiagramMessages.masters;
        }
        return node.state().isTerminal() ? node.state().terminal().getName() : node.state().metastate().getName() + " / "
                + node.state().placement().getName();
    }

    private static RGB tint(DiagramNode node) {
        if (node.isMasters()) {
            return MASTERS;
        }
        if (node.state().terminal() != TerminalState.NONE) {
            return TERMINAL;
        }
        return node.state().metastate() == Metastate.CLEAN ? CLEAN
                : node.state().metastate() == Metastate.OPERATIONAL ? OPERATIONAL : MAINTENANCE;
    }

    /** {@code weight} of {@code a} and the rest of {@code b}. */
    static RGB mix(RGB a, RGB b, double weight) {
        return new RGB((int) Math.round(a.red * weight + b.red * (1 - weight)),
                (int) Math.round(a.green * weight + b.green * (1 - weight)),
                (int) Math.round(a.blue * weight + b.blue * (1 - weight)));
    }

    private static Color color(RGB rgb) {
        return new Color(rgb); // since SWT 3.116 a Color holds no OS resource: nothing to dispose
    }
}
