package org.encompass.ui.diagram.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.query.States;
import org.encompass.model.Clone;
import org.encompass.model.Master;
import org.encompass.model.Site;
import org.encompass.ui.internal.updates.UpdateMarks;

/** What each box of the diagram holds, as read from the repository: masters, and every clone in its state. */
public final class DiagramContent {
    /** One chip: a clone or a master, its line of text and its tooltip. */
    public record Entry(Object element, String label, String detail) {
    }

    private final Map<DiagramNode, List<Entry>> entries = new HashMap<>();
    private final Map<Object, DiagramNode> nodes = new HashMap<>();

    private DiagramContent() {
    }

    static DiagramContent empty() {
        return new DiagramContent();
    }

    /** The masters and clones of {@code site}; only those of the master named {@code master} unless it is null. */
    public static DiagramContent of(LifecycleGraph graph, Site site, String master) {
        DiagramContent content = new DiagramContent();
        if (site == null) {
            return content;
        }
        for (Master m : site.getMasters()) {
            if (m.getLocation() != null && (master == null || master.equals(m.getName()))) {
                content.add(graph.masters(), new Entry(m, NLS.bind(DiagramMessages.masterLabel, m.getName(), m.getVersion()),
                        NLS.bind(DiagramMessages.masterDetail, m.getName(), m.getClones().size())));
            }
        }
        for (Clone clone : site.getClones()) {
            if (master == null || clone.getMaster() != null && master.equals(clone.getMaster().getName())) {
                DiagramNode node = graph.nodeOf(States.of(clone));
                if (node != null) {
                    content.add(node, new Entry(clone, label(clone), detail(clone)));
                }
            }
        }
        content.entries.values().forEach(list -> list.sort(Comparator.comparing(Entry::label)));
        return content;
    }

    /** The clone's name, marked with its part in a running service update (old, new, standby, maintenance). */
    private static String label(Clone clone) {
        String name = UpdateMarks.label(clone);
        if (clone.getMachine() != null) {
            return NLS.bind(DiagramMessages.cloneOnMachine, name, clone.getMachine().getName());
        }
        return name;
    }

    private static String detail(Clone clone) {
        String master = clone.getMaster() == null ? "?" : clone.getMaster().getName();
        String text = NLS.bind(DiagramMessages.cloneDetail, new Object[] { clone.getName(), States.of(clone), master });
        String update = UpdateMarks.detail(clone);
        text = update == null ? text : text + "; " + update;
        return clone.isFlushPending() ? text + DiagramMessages.cloneBeingWritten : text;
    }

    private void add(DiagramNode node, Entry entry) {
        entries.computeIfAbsent(node, n -> new ArrayList<>()).add(entry);
        nodes.put(entry.element(), node);
    }

    /** The chips of a box, sorted by their text. */
    public List<Entry> in(DiagramNode node) {
        return entries.getOrDefault(node, List.of());
    }

    /** The box an element is in, or null when it is not shown. */
    public DiagramNode nodeOf(Object element) {
        return nodes.get(element);
    }
}
