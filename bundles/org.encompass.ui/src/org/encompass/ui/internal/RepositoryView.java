package org.encompass.ui.internal;

import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.cdo.view.CDOViewInvalidationEvent;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

/**
 * Masters with their clones (metastate and placement), hypervisor hosts with their machines (and the
 * clone each holds), and storage devices, read from the repository and refreshed whenever anyone
 * commits (CDO invalidation), also another console or the CLI over TCP.
 */
public final class RepositoryView extends ViewPart {
    public static final String ID = "org.encompass.ui.repositoryView";

    private TreeViewer viewer;
    private CDOView view;
    private IListener invalidationListener;

    @Override
    public void createPartControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        viewer = new TreeViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        String[] titles = { "Name", "State", "Details" };
        int[] weights = { 35, 25, 40 };
        for (int i = 0; i < titles.length; i++) {
            TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(titles[i]);
            column.setLabelProvider(new RepositoryLabels(i));
            layout.setColumnData(column.getColumn(), new ColumnWeightData(weights[i]));
        }
        viewer.setContentProvider(new RepositoryContent());
        ConsoleSession session = ConsolePlugin.getDefault().session();
        view = session.view();
        viewer.setInput(new RepositoryContent.Root(view));
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
        Display display = parent.getDisplay();
        invalidationListener = event -> {
            if (event instanceof CDOViewInvalidationEvent) {
                display.asyncExec(() -> {
                    if (!viewer.getControl().isDisposed()) {
                        viewer.refresh();
                    }
                });
            }
        };
        view.addListener(invalidationListener);
    }

    /** For tests: the tree showing the repository. */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (view != null && invalidationListener != null) {
            view.removeListener(invalidationListener);
        }
        super.dispose();
    }
}
