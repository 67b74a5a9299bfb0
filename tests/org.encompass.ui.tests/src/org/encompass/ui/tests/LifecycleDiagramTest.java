package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.encompass.core.Engine;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.Clone;
import org.encompass.model.Master;
import org.encompass.model.Metastate;
import org.encompass.model.Placement;
import org.encompass.model.TerminalState;
import org.encompass.ui.diagram.internal.DiagramContent;
import org.encompass.ui.diagram.internal.DiagramLayout;
import org.encompass.ui.diagram.internal.DiagramNode;
import org.encompass.ui.diagram.internal.LifecycleDiagram;
import org.encompass.ui.diagram.internal.LifecycleDiagramEditor;
import org.encompass.ui.diagram.internal.LifecycleGraph;
import org.encompass.ui.diagram.internal.Transition;
import org.encompass.ui.internal.ConsolePlugin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle diagram editor in the console's workbench: its boxes and arrows are the engine's rules,
 * every clone of the master is shown in its state and follows changes made elsewhere, and dragging a
 * chip (real mouse events on the canvas) runs the arrow's operation through the console's command, or
 * says why nothing leads there. Each test of the editor opens it on a master of its own ({@link OwnMaster}) with the
 * clones it needs, and closes it and removes them at the end.
 */
@ExtendWith(TestWorkbench.class)
class LifecycleDiagramTest {
    @TempDir
    static Path dir;
    static IWorkbench workbench;
    static Engine engine;
    static LifecycleDiagramEditor editor;

    @BeforeAll
    static void openConsole() throws Exception {
        ConsoleFixture.open();
        workbench = ConsoleFixture.workbench;
        engine = ConsoleFixture.engine;
    }

    /** Closes the diagram and hides the editor area again, as the perspective has it, for the other tests. */
    private static void closeDiagram() {
        if (editor != null) {
            UiThread.run(() -> {
                IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
                page.closeEditor(editor, false);
                page.setEditorAreaVisible(false);
            });
            editor = null;
        }
    }

    @Test
    void itsBoxesAndArrowsAreTheEnginesRules() {
        LifecycleGraph graph = LifecycleGraph.fromRules();
        Set<String> boxes = new HashSet<>();
        graph.nodes().forEach(n -> boxes.add(n.key()));
        assertEquals(14, boxes.size(), "masters, 11 states, DESTROYED and CAPTURED: " + boxes);
        assertFalse(boxes.contains("CLEAN/ACTIVE"), "activation makes a clone operational");
        assertTrue(boxes.containsAll(List.of("masters", "CLEAN/UNASSIGNED", "OPERATIONAL/ACTIVE", "MAINTENANCE/ATTACHED",
                "DESTROYED", "CAPTURED")), boxes.toString());

        // Every operation the rules allow in a state is one arrow to the state it leads to, and there are no others.
        int expected = 1; // clone, from the masters
        for (DiagramNode node : graph.nodes()) {
            if (node.isMasters() || node.state().isTerminal()) {
                continue;
            }
            for (Operation operation : Lifecycle.allowed(node.state())) {
                expected++;
                CloneState next = Lifecycle.next(node.state(), operation);
                assertEquals(Optional.of(operation), graph.operationBetween(node, graph.nodeOf(next)), node.key() + " " + operation);
            }
        }
        assertEquals(expected, graph.transitions().size());
        DiagramNode cleanAttached = graph.nodeOf(state(Metastate.CLEAN, Placement.ATTACHED));
        DiagramNode cleanAssigned = graph.nodeOf(state(Metastate.CLEAN, Placement.ASSIGNED));
        DiagramNode operationalAssigned = graph.nodeOf(state(Metastate.OPERATIONAL, Placement.ASSIGNED));
        DiagramNode destroyed = graph.nodeOf(new CloneState(Metastate.CLEAN, Placement.UNASSIGNED, TerminalState.DESTROYED));
        assertEquals(Optional.of(Operation.ACTIVATE), graph.operationBetween(cleanAttached,
                graph.nodeOf(state(Metastate.OPERATIONAL, Placement.ACTIVE))));
        assertEquals(Optional.of(Operation.UNASSIGN), graph.operationFor(List.of(cleanAssigned),
                graph.nodeOf(CloneState.NEW)));
        assertEquals(Optional.empty(), graph.operationFor(List.of(cleanAssigned, operationalAssigned), graph.nodeOf(CloneState.NEW)),
                "unassign keeps the metastate: no one arrow takes both boxes there");
        assertEquals(Optional.empty(), graph.operationFor(List.of(cleanAssigned), destroyed), "destroy only from unassigned");
    }

    @Test
    void itsLayoutKeepsBoxesApartAndArrowsOnTheirBorders() {
        LifecycleGraph graph = LifecycleGraph.fromRules();
        Rectangle area = new Rectangle(0, 0, 1200, 700);
        DiagramLayout layout = DiagramLayout.of(graph, area);
        List<DiagramNode> nodes = new ArrayList<>(graph.nodes());
        for (int i = 0; i < nodes.size(); i++) {
            Rectangle a = layout.bounds(nodes.get(i));
            assertTrue(area.contains(a.x, a.y) && area.contains(a.x + a.width - 1, a.y + a.height - 1), nodes.get(i).key() + " " + a);
            assertTrue(layout.chipCapacity(nodes.get(i)) >= 2, nodes.get(i).key() + " holds a few chips");
            for (int j = i + 1; j < nodes.size(); j++) {
                assertFalse(a.intersects(layout.bounds(nodes.get(j))), nodes.get(i).key() + " and " + nodes.get(j).key() + " overlap");
            }
        }
        for (Transition transition : graph.transitions()) {
            DiagramLayout.Route route = layout.route(transition);
            assertTrue(onBorder(layout.bounds(transition.from()), route.start()), transition + " starts at " + route.start());
            assertTrue(onBorder(layout.bounds(transition.to()), route.end()), transition + " ends at " + route.end());
            Point size = UiThread.sync(() -> {
                org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(UiThread.display());
                try {
                    return gc.textExtent(transition.operation().label());
                } finally {
                    gc.dispose();
                }
            });
            Point at = layout.labelAt(route, size);
            Rectangle label = new Rectangle(at.x, at.y, size.x, size.y);
            for (DiagramNode node : nodes) {
                assertFalse(label.intersects(layout.bounds(node)), transition.operation() + "'s label covers " + node.key());
            }
        }
    }

    @Test
    void itShowsEveryCloneInItsStateAndFollowsChangesMadeElsewhere() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "lab")) {
            String machine = master.freeMachines(1).get(0);
            engine.cloneMaster(master.name, 2, null, null);
            String first = master.name + "-01";
            String second = master.name + "-02";
            engine.assign(second, machine, null);
            try {
                openDiagramOn(master.name);
                LifecycleDiagram diagram = UiThread.sync(() -> editor.diagram());
                waitForBox(first, "CLEAN/UNASSIGNED");
                waitForBox(second, "CLEAN/ASSIGNED");
                assertEquals(List.of(master.row()), UiThread.sync(() -> diagram.content().in(diagram.graph().masters()).stream()
                        .map(DiagramContent.Entry::label).toList()), "only the master it was opened on");
                assertEquals("Lifecycle: " + master.name, UiThread.sync(() -> editor.getPartName()));

                // Changed elsewhere (the engine, as the CLI or another console would): the chip moves.
                engine.attach(second, null);
                waitForBox(second, "CLEAN/ATTACHED");
                String before = UiThread.sync(() -> chipLabel(second));
                assertEquals(second + " \u2192 " + OwnMaster.vm(machine), before, "the chip names the machine");
            } finally {
                closeDiagram();
            }
        }
    }

    @Test
    void clickingAChipSelectsItForThePropertiesAndTheLifecycleCommands() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "lab")) {
            String first = master.cloneOf();
            String second = master.attachedOn(master.freeMachines(1).get(0));
            try {
                openDiagramOn(master.name);
                waitForBox(first, "CLEAN/UNASSIGNED");
                waitForBox(second, "CLEAN/ATTACHED");
                click(chipCentre(second), 0);
                assertEquals(List.of(second), selectedNames());
                assertTrue(UiThread.sync(() -> command("activate").isEnabled()), "activate is enabled for an attached clone");
                assertFalse(UiThread.sync(() -> command("assign").isEnabled()), "assign is not");
                click(chipCentre(first), SWT.MOD1);
                assertEquals(List.of(second, first), selectedNames(), "Ctrl+click adds to the selection");
                click(headerOf("CLEAN/UNASSIGNED"), 0);
                assertEquals(List.of(first), selectedNames(), "a click on a title selects what the box holds");
            } finally {
                closeDiagram();
            }
        }
    }

    @Test
    void draggingAChipAlongAnArrowRunsItsOperation() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "lab")) {
            master.cloneOf();
            String second = master.attachedOn(master.freeMachines(1).get(0));
            try {
                openDiagramOn(master.name);
                waitForBox(second, "CLEAN/ATTACHED");
                drag(chipCentre(second), centreOf("CLEAN/ASSIGNED"));
                UiThread.waitFor(second + " detached by the drop", 60, () -> state(second).equals("CLEAN/ASSIGNED"));
                waitForBox(second, "CLEAN/ASSIGNED");

                drag(chipCentre(second), centreOf("CLEAN/ATTACHED"));
                waitForBox(second, "CLEAN/ATTACHED");
                drag(chipCentre(second), centreOf("OPERATIONAL/ACTIVE"));
                UiThread.waitFor(second + " activated by the drop", 60, () -> state(second).equals("OPERATIONAL/ACTIVE"));
                waitForBox(second, "OPERATIONAL/ACTIVE");

                // The master onto CLEAN/UNASSIGNED: a new clone.
                drag(chipCentre(master.row()), centreOf("CLEAN/UNASSIGNED"));
                waitForBox(master.name + "-03", "CLEAN/UNASSIGNED");
                UiThread.screenshot("lifecycle-diagram-in-console.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
                UiThread.run(() -> {
                    IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
                    page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
                });
                UiThread.screenshot("lifecycle-diagram.png", () -> workbench.getActiveWorkbenchWindow().getShell().getBounds());
                UiThread.run(() -> {
                    IWorkbenchPage page = workbench.getActiveWorkbenchWindow().getActivePage();
                    page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
                });
            } finally {
                closeDiagram();
            }
        }
    }

    @Test
    void aDropWhereNoArrowLeadsSaysSoAndChangesNothing() throws Exception {
        try (OwnMaster master = OwnMaster.importInto(dir, "lab")) {
            String first = master.cloneOf();
            String second = master.attachedOn(master.freeMachines(1).get(0));
            engine.activate(second, null);
            try {
                openDiagramOn(master.name);
                waitForBox(first, "CLEAN/UNASSIGNED");
                waitForBox(second, "OPERATIONAL/ACTIVE");
                drag(chipCentre(second), centreOf("DESTROYED"));
                String refused = second + ": no operation leads from OPERATIONAL / ACTIVE to DESTROYED.";
                UiThread.waitFor("the refusal in the status line", 30,
                        () -> ConsoleFixture.allTextOf(workbench.getActiveWorkbenchWindow().getShell()).contains(refused));
                Thread.sleep(300);
                assertEquals("OPERATIONAL/ACTIVE", state(second), "nothing ran");
                assertEquals("OPERATIONAL/ACTIVE", box(second));

                drag(chipCentre(first), centreOf("DESTROYED"));
                UiThread.waitFor(first + " destroyed by the drop", 60, () -> state(first).equals("DESTROYED"));
                waitForBox(first, "DESTROYED"); // kept as history, as the repository keeps it
            } finally {
                closeDiagram();
            }
        }
    }

    // --- helpers ---

    private static CloneState state(Metastate metastate, Placement placement) {
        return new CloneState(metastate, placement, TerminalState.NONE);
    }

    private static boolean onBorder(Rectangle box, Point p) {
        boolean inside = p.x >= box.x - 1 && p.x <= box.x + box.width + 1 && p.y >= box.y - 1 && p.y <= box.y + box.height + 1;
        boolean onEdge = Math.abs(p.x - box.x) <= 1 || Math.abs(p.x - box.x - box.width) <= 1
                || Math.abs(p.y - box.y) <= 1 || Math.abs(p.y - box.y - box.height) <= 1;
        return inside && onEdge;
    }

    private static void openDiagramOn(String master) throws Exception {
        UiThread.waitFor("master " + master + " in the console", 30, () -> ConsolePlugin.getDefault().session().site().getMasters()
                .stream().anyMatch(x -> x.getName().equals(master)));
        UiThread.run(() -> {
            try {
                IHandlerService handlers = workbench.getService(IHandlerService.class);
                Master m = ConsolePlugin.getDefault().session().site().getMasters().stream()
                        .filter(x -> x.getName().equals(master)).findFirst().orElseThrow();
                IEvaluationContext context = handlers.createContextSnapshot(false);
                context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(m));
                ParameterizedCommand open = ParameterizedCommand.generateCommand(
                        workbench.getService(ICommandService.class).getCommand("org.encompass.ui.diagram.commands.open"), Map.of());
                handlers.executeCommandInContext(open, null, context);
            } catch (Exception e) {
                throw new AssertionError("opening the diagram: " + e, e);
            }
        });
        UiThread.waitFor("the diagram editor", 30, () -> workbench.getActiveWorkbenchWindow().getActivePage()
                .getActiveEditor() instanceof LifecycleDiagramEditor);
        editor = UiThread.sync(() -> (LifecycleDiagramEditor) workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor());
    }

    private static org.eclipse.core.commands.Command command(String operation) {
        return workbench.getService(ICommandService.class).getCommand("org.encompass.ui.commands." + operation);
    }

    private static String state(String clone) {
        return engine.read(site -> States.of(SiteLookup.clone(site, clone)).toString());
    }

    /** The key of the box that shows {@code name}, or null. */
    private static String box(String name) {
        return UiThread.sync(() -> {
            LifecycleDiagram diagram = editor.diagram();
            for (DiagramNode node : diagram.graph().nodes()) {
                if (diagram.content().in(node).stream().anyMatch(e -> name.equals(nameOf(e.element())))) {
                    return node.key();
                }
            }
            return null;
        });
    }

    private static void waitForBox(String name, String key) throws InterruptedException {
        UiThread.waitFor(name + " in the " + key + " box", 60, () -> key.equals(box(name)));
    }

    private static String nameOf(Object element) {
        return element instanceof Clone c ? c.getName() : element instanceof Master m ? m.getName() + " v" + m.getVersion() : null;
    }

    private static List<String> selectedNames() {
        return UiThread.sync(() -> {
            var selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
            List<String> names = new ArrayList<>();
            for (Object e : selection.toList()) {
                names.add(nameOf(e));
            }
            return names;
        });
    }

    private static DiagramNode node(String key) {
        return editor.diagram().graph().nodes().stream().filter(n -> n.key().equals(key)).findFirst().orElseThrow();
    }

    private static String chipLabel(String name) {
        LifecycleDiagram diagram = editor.diagram();
        DiagramNode node = node(box(name));
        return diagram.content().in(node).stream().filter(e -> name.equals(nameOf(e.element()))).findFirst().orElseThrow().label();
    }

    private static Point chipCentre(String name) {
        return UiThread.sync(() -> {
            LifecycleDiagram diagram = editor.diagram();
            DiagramNode node = node(box(name));
            List<DiagramContent.Entry> entries = diagram.content().in(node);
            for (int i = 0; i < entries.size(); i++) {
                if (name.equals(nameOf(entries.get(i).element()))) {
                    Rectangle chip = diagram.layout().chip(node, i);
                    return new Point(chip.x + chip.width / 2, chip.y + chip.height / 2);
                }
            }
            throw new AssertionError(name + " has no chip");
        });
    }

    private static Point centreOf(String key) {
        return UiThread.sync(() -> {
            Rectangle box = editor.diagram().layout().bounds(node(key));
            return new Point(box.x + box.width / 2, box.y + box.height - 6);
        });
    }

    private static Point headerOf(String key) {
        return UiThread.sync(() -> {
            Rectangle box = editor.diagram().layout().bounds(node(key));
            return new Point(box.x + 20, box.y + 8);
        });
    }

    private static void click(Point at, int modifiers) {
        UiThread.run(() -> {
            Canvas canvas = editor.diagram().control();
            canvas.notifyListeners(SWT.MouseDown, mouse(at, 1, modifiers));
            canvas.notifyListeners(SWT.MouseUp, mouse(at, 1, modifiers | SWT.BUTTON1));
        });
    }

    /** Press on {@code from}, move in steps to {@code to} with the button held, release there. */
    private static void drag(Point from, Point to) {
        UiThread.run(() -> {
            Canvas canvas = editor.diagram().control();
            canvas.notifyListeners(SWT.MouseDown, mouse(from, 1, 0));
            for (int step = 1; step <= 5; step++) {
                Point p = new Point(from.x + (to.x - from.x) * step / 5, from.y + (to.y - from.y) * step / 5);
                canvas.notifyListeners(SWT.MouseMove, mouse(p, 0, SWT.BUTTON1));
            }
            canvas.notifyListeners(SWT.MouseUp, mouse(to, 1, SWT.BUTTON1));
        });
    }

    private static Event mouse(Point at, int button, int stateMask) {
        Event event = new Event();
        event.x = at.x;
        event.y = at.y;
        event.button = button;
        event.stateMask = stateMask;
        return event;
    }
}
