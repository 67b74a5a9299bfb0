package org.encompass.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.cdo.view.CDOViewInvalidationEvent;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The repository tree: masters with their clones, hosts with their machines, storage devices, over a
 * CDO view, refreshed on the UI thread whenever the view is invalidated by a commit (from this
 * console, another one, or the CLI over TCP).
 */
public final class RepositoryTree {
    private final TreeViewer viewer;
    private final CDOView view;
    private final IListener invalidationListener;

    public RepositoryTree(Composite parent, CDOView view) {
        this(parent, view, new RepositoryContent(), 2);
    }

    /** A tree over the site with another structure (the Machines navigator's), opened {@code levels} deep. */
    public RepositoryTree(Composite parent, CDOView view, ITreeContentProvider content, int levels) {
        this.view = view;
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        // Virtual: rows get their labels only when they come into sight (folders of thousands of clones).
        viewer = new TreeViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        String[] titles = { Messages.columnName, Messages.columnState, Messages.columnDetails };
        int[] weights = { 35, 25, 40 };
        for (int i = 0; i < titles.length; i++) {
            TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(titles[i]);
            column.setLabelProvider(new RepositoryLabels(i));
            layout.setColumnData(column.getColumn(), new ColumnWeightData(weights[i]));
        }
        viewer.setContentProvider(content);
        viewer.setInput(new RepositoryContent.Root(view));
        viewer.expandToLevel(levels);
        Display display = parent.getDisplay();
        invalidationListener = event -> {
            if (event instanceof CDOViewInvalidationEvent) {
                display.asyncExec(this::refresh);
            }
        };
        view.addListener(invalidationListener);
        viewer.getControl().addDisposeListener(e -> view.removeListener(invalidationListener));
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        // A folder that was empty shows collapsed; open it when its first objects arrive, but leave
        // alone what the operator collapsed.
        List<Object> wereEmpty = new ArrayList<>();
        for (TreeItem item : viewer.getTree().getItems()) {
            if (item.getItemCount() == 0) {
                wereEmpty.add(item.getData());
            }
        }
        viewer.refresh();
        wereEmpty.forEach(folder -> viewer.expandToLevel(folder, 1));
    }

    public TreeViewer viewer() {
        return viewer;
    }
}
