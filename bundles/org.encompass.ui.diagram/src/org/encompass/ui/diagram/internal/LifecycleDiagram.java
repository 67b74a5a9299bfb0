package org.encompass.ui.diagram.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.encompass.core.lifecycle.Operation;

/**
 * The lifecycle diagram as a widget: paints the boxes, arrows and chips, selects chips (click,
 * Ctrl+click, a click on a box's title selects all it holds) and lets chips be dragged onto another
 * box, which asks {@link Mover} to run the operation of the arrow between them.
 */
public final class LifecycleDiagram {
    /** What a drop asks for: {@code operation} on {@code elements} (clones, or masters for clone). */
    public interface Mover {
        void move(List<Object> elements, Operation operation);

        /** A drop where no arrow leads: the diagram says so; the mover may show it. */
        void refused(List<Object> elements, DiagramNode target);
    }

    private static final int DRAG_THRESHOLD = 4;

    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private final LifecycleGraph graph;
    private DiagramContent content = DiagramContent.empty();
    private final Set<Object> selection = new LinkedHashSet<>();
    private final List<Consumer<List<Object>>> selectionListeners = new ArrayList<>();
    private Mover mover;
    private Point pressedAt;
    private DiagramNode pressedIn;
    private Point dragAt;

    public LifecycleDiagram(Composite parent, LifecycleGraph graph) {
        this.graph = graph;
        // Below the size where titles and arrow labels fit, the diagram scrolls instead of squeezing.
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        scroller.setContent(canvas);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setMinSize(DiagramLayout.MIN_WIDTH, DiagramLayout.MIN_HEIGHT);
        canvas.addListener(SWT.Paint, e -> new DiagramPainter(canvas, layout(), content, selection, dragFeedback()).paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.MouseDown, this::pressed);
        canvas.addListener(SWT.MouseMove, this::moved);
        canvas.addListener(SWT.MouseUp, this::released);
        canvas.addListener(SWT.MouseExit, e -> canvas.setToolTipText(null));
    }

    public Canvas control() {
        return canvas;
    }

    public LifecycleGraph graph() {
        return graph;
    }

    public DiagramLayout layout() {
        return DiagramLayout.of(graph, canvas.getClientArea());
    }

    public DiagramContent content() {
        return content;
    }

    public void setMover(Mover mover) {
        this.mover = mover;
    }

    /** Shows what the repository holds now; selected elements that are still shown stay selected. */
    public void setContent(DiagramContent newContent) {
        content = newContent;
        boolean changed = selection.removeIf(element -> newContent.nodeOf(element) == null);
        canvas.redraw();
        if (changed) {
            fireSelection();
        }
    }

    public List<Object> selection() {
        return List.copyOf(selection);
    }

    public void setSelection(List<?> elements) {
        selection.clear();
        elements.stream().filter(e -> content.nodeOf(e) != null).forEach(selection::add);
        canvas.redraw();
        fireSelection();
    }

    public void addSelectionListener(Consumer<List<Object>> listener) {
        selectionListeners.add(listener);
    }

    private void fireSelection() {
        List<Object> current = selection();
        selectionListeners.forEach(l -> l.accept(current));
    }

    /** The chip's element at a point, or null (also for the "n more" line). */
    public Object elementAt(int x, int y) {
        DiagramLayout layout = layout();
        DiagramNode node = layout.nodeAt(x, y);
        if (node == null) {
            return null;
        }
        int index = layout.chipAt(node, x, y);
        List<DiagramContent.Entry> entries = content.in(node);
        if (index < 0 || index >= entries.size() || overflows(layout, node) && index == layout.chipCapacity(node) - 1) {
            return null;
        }
        return entries.get(index).element();
    }

    static boolean overflows(DiagramLayout layout, DiagramNode node, int count) {
        return count > layout.chipCapacity(node);
    }

    private boolean overflows(DiagramLayout layout, DiagramNode node) {
        return overflows(layout, node, content.in(node).size());
    }

    private void pressed(Event e) {
        if (e.button != 1) {
            return;
        }
        DiagramLayout layout = layout();
        DiagramNode node = layout.nodeAt(e.x, e.y);
        Object element = elementAt(e.x, e.y);
        boolean toggle = (e.stateMask & SWT.MOD1) != 0;
        if (element != null) {
            if (toggle) {
                if (!selection.remove(element)) {
                    selection.add(element);
                }
            } else if (!selection.contains(element)) {
                selection.clear();
                selection.add(element);
            }
        } else if (node != null && layout.onHeader(node, e.y)) {
            if (!toggle) {
                selection.clear();
            }
            content.in(node).forEach(entry -> selection.add(entry.element()));
        } else if (!toggle) {
            selection.clear();
        }
        pressedAt = element != null || node != null && !selection.isEmpty() ? new Point(e.x, e.y) : null;
        pressedIn = node;
        canvas.redraw();
        fireSelection();
    }

    private void moved(Event e) {
        if (pressedAt != null && (e.stateMask & SWT.BUTTON1) != 0 && !selection.isEmpty()) {
            if (dragAt != null || Math.abs(e.x - pressedAt.x) + Math.abs(e.y - pressedAt.y) > DRAG_THRESHOLD) {
                dragAt = new Point(e.x, e.y);
                canvas.redraw();
            }
            return;
        }
        Object element = elementAt(e.x, e.y);
        DiagramNode node = element == null ? null : content.nodeOf(element);
        String tip = null;
        if (node != null) {
            tip = content.in(node).stream().filter(entry -> entry.element() == element).findFirst()
                    .map(DiagramContent.Entry::detail).orElse(null);
        }
        if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
            canvas.setToolTipText(tip);
        }
    }

    private void released(Event e) {
        Point dropAt = dragAt;
        DiagramNode from = pressedIn;
        pressedAt = null;
        dragAt = null;
        pressedIn = null;
        if (dropAt == null) {
            return;
        }
        canvas.redraw();
        DiagramNode target = layout().nodeAt(e.x, e.y);
        if (target == null || target.equals(from) && sources().equals(Set.of(target)) || mover == null) {
            return; // dropped where it was, or beside every box: nothing to do
        }
        Optional<Operation> operation = graph.operationFor(sources(), target);
        if (operation.isPresent()) {
            mover.move(selection(), operation.get());
        } else {
            mover.refused(selection(), target);
        }
    }

    /** The boxes the selected chips are in. */
    Set<DiagramNode> sources() {
        Set<DiagramNode> sources = new LinkedHashSet<>();
        selection.forEach(element -> sources.add(content.nodeOf(element)));
        return sources;
    }

    /** While chips are dragged: where the pointer is and what a drop there would do. */
    record DragFeedback(Point at, Set<DiagramNode> sources, LifecycleGraph graph) {
        Optional<Operation> operationTo(DiagramNode target) {
            return graph.operationFor(sources, target);
        }
    }

    private DragFeedback dragFeedback() {
        return dragAt == null ? null : new DragFeedback(dragAt, sources(), graph);
    }
}
