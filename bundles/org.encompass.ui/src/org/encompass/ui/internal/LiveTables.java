package org.encompass.ui.internal;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.cdo.view.CDOViewInvalidationEvent;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.swt.widgets.Display;

/** What the console's virtual tables (Journal, Conflicts) share: lazy rows, and a refresh after every commit. */
public final class LiveTables {
    private LiveTables() {
    }

    /** A virtual table's content: only the rows SWT asks for are created, from {@code rows} as last computed. */
    public static void showLazily(TableViewer viewer, Supplier<? extends List<?>> rows) {
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                List<?> shown = rows.get();
                if (index < shown.size()) {
                    viewer.replace(shown.get(index), index);
                }
            }

            @Override
            public void inputChanged(Viewer v, Object oldInput, Object newInput) {
                // the rows are recomputed by the table's refresh
            }
        });
    }

    /**
     * Runs {@code refresh} on the UI thread whenever the view sees a commit (this console's, the CLI's or
     * another console's), until the viewer's control is disposed.
     */
    public static void refreshOnCommit(CDOView view, TableViewer viewer, Runnable refresh) {
        Display display = viewer.getControl().getDisplay();
        IListener listener = event -> {
            if (event instanceof CDOViewInvalidationEvent) {
                display.asyncExec(() -> {
                    if (!viewer.getControl().isDisposed()) {
                        refresh.run();
                    }
                });
            }
        };
        view.addListener(listener);
        viewer.getControl().addDisposeListener(e -> view.removeListener(listener));
    }
}
