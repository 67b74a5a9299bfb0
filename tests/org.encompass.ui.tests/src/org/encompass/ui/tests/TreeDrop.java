package org.encompass.ui.tests;

import java.lang.reflect.Constructor;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.encompass.ui.internal.NavigatorViewer;

/**
 * A drop of the local selection on a navigator's tree item, fed to the tree's CNF drop adapter as SWT
 * feeds it during a real drag (enter, hover, drop events), so the adapter picks the drop assistant and
 * asks it as in the product. SWT's drop event has no public constructor: it is made by reflection.
 */
final class TreeDrop {
    private final NavigatorViewer viewer;
    private final DropTargetEvent event;

    /** Enters and hovers over {@code target}'s item with {@code operation}. */
    TreeDrop(NavigatorViewer viewer, Object target, int operation) {
        this.viewer = viewer;
        this.event = event(viewer, target, operation);
        viewer.dropAdapter().dragEnter(event);
        viewer.dropAdapter().dragOver(event);
    }

    /** Whether the drop is accepted where the pointer is (SWT would show the no-drop cursor otherwise). */
    boolean accepted() {
        return event.detail != DND.DROP_NONE;
    }

    /** Releases the mouse: drops if accepted (as SWT only then does). */
    boolean drop() {
        if (!accepted()) {
            return false;
        }
        event.data = LocalSelectionTransfer.getTransfer().getSelection();
        viewer.dropAdapter().dropAccept(event);
        viewer.dropAdapter().drop(event);
        return event.detail != DND.DROP_NONE;
    }

    private static DropTargetEvent event(NavigatorViewer viewer, Object target, int operation) {
        Item item = (Item) viewer.testFindItem(target);
        if (item == null) {
            throw new AssertionError("no tree item for " + target);
        }
        TransferData local = LocalSelectionTransfer.getTransfer().getSupportedTypes()[0];
        try {
            Class<?> dndEvent = DropTarget.class.getClassLoader().loadClass("org.eclipse.swt.dnd.DNDEvent");
            Constructor<?> create = dndEvent.getDeclaredConstructor();
            create.setAccessible(true);
            Event raw = (Event) create.newInstance();
            raw.widget = (DropTarget) viewer.getControl().getData(DND.DROP_TARGET_KEY);
            raw.display = viewer.getControl().getDisplay();
            Constructor<DropTargetEvent> wrap = DropTargetEvent.class.getConstructor(dndEvent);
            DropTargetEvent event = wrap.newInstance(raw);
            event.item = item;
            event.detail = operation;
            event.operations = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;
            event.currentDataType = local;
            event.dataTypes = new TransferData[] { local };
            event.feedback = DND.FEEDBACK_SELECT;
            return event;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make SWT's drop event", e);
        }
    }
}
