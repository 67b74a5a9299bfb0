package org.encompass.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.emf.cdo.view.CDOViewInvalidationEvent;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.navigator.CommonDropAdapter;
import org.eclipse.ui.navigator.CommonViewer;

/**
 * A navigator's tree: CNF's viewer (content, labels, drop assistants from the extensions bound to its
 * viewer id) with State and Details columns beside the name, refreshed on the UI thread whenever the CDO
 * view is invalidated by a commit (from this console, another one, or the CLI over TCP). Virtual: rows
 * get their labels only when they come into sight. A folder of more than {@value #ROWS_PER_PAGE} objects (a group
 * of 33,000 clones, a host of 5,000 machines) shows them a page at a time: its first {@value #ROWS_PER_PAGE}, then a
 * "Show next ... items from remaining ..." row that shows the next page (JFace's incremental display), so opening it
 * makes a thousand rows, not one per object.
 */
public final class NavigatorViewer extends CommonViewer {
    /** The rows a folder shows before its "Show next ..." row. */
    public static final int ROWS_PER_PAGE = 1000;
    private static final int RETRY_MILLIS = 100;
    private CommonDropAdapter dropAdapter; // no initializer: set from the super constructor
    private final AtomicBoolean refreshPending = new AtomicBoolean();

    private NavigatorViewer(String viewerId, Composite parent) {
        super(viewerId, parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.H_SCROLL | SWT.V_SCROLL);
    }

    /** The viewer a navigator view shows (the view sets its input). */
    public static NavigatorViewer create(String viewerId, Composite parent, CDOView view) {
        Composite holder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        holder.setLayout(layout);
        NavigatorViewer viewer = new NavigatorViewer(viewerId, holder);
        viewer.setDisplayIncrementally(ROWS_PER_PAGE);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        // The name column takes CNF's (decorating) label provider; the others are ours.
        TreeColumn name = new TreeColumn(viewer.getTree(), SWT.LEFT);
        name.setText(Messages.columnName);
        layout.setColumnData(name, new ColumnWeightData(35));
        String[] titles = { Messages.columnState, Messages.columnDetails };
        int[] weights = { 25, 40 };
        for (int i = 0; i < titles.length; i++) {
            TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(titles[i]);
            column.setLabelProvider(new RepositoryLabels(i + 1));
            layout.setColumnData(column.getColumn(), new ColumnWeightData(weights[i]));
        }
        viewer.followCommits(view);
        return viewer;
    }

    /** A navigator's tree outside its view (over any CDO view; CNF needs a running workbench), opened {@code levels} deep. */
    public static NavigatorViewer show(String viewerId, Composite parent, CDOView view, int levels) {
        NavigatorViewer viewer = create(viewerId, parent, view);
        viewer.setInput(new RepositoryContent.Root(view));
        viewer.expandToLevel(levels);
        return viewer;
    }

    @Override
    protected CommonDropAdapter createDropAdapter() {
        dropAdapter = super.createDropAdapter();
        return dropAdapter;
    }

    /** CNF's drop adapter on this tree, which hands drops to the content extensions' drop assistants. */
    public CommonDropAdapter dropAdapter() {
        return dropAdapter;
    }

    private void followCommits(CDOView view) {
        Display display = getControl().getDisplay();
        IListener listener = event -> {
            if (event instanceof CDOViewInvalidationEvent && refreshPending.compareAndSet(false, true)) {
                display.asyncExec(this::refreshLive);
            }
        };
        view.addListener(listener);
        getControl().addDisposeListener(e -> view.removeListener(listener));
    }

    /**
     * One refresh for a burst of commits: the flag is cleared before the refresh reads the view, so a commit
     * that lands during the refresh posts another one. A refresh that cannot run now is not lost: JFace
     * ignores {@code refresh()} while the viewer is busy (a reentrant call), and a refresh that fails (an
     * object invalidated by a commit while it was read) is logged; both are tried again shortly.
     */
    private void refreshLive() {
        if (getControl().isDisposed()) {
            return;
        }
        if (isBusy()) {
            getControl().getDisplay().timerExec(RETRY_MILLIS, this::refreshLive);
            return;
        }
        refreshPending.set(false);
        try {
            refreshKeepingNewFoldersOpen();
        } catch (RuntimeException e) {
            ILog.of(NavigatorViewer.class).warn(NLS.bind(Messages.refreshFailed, e), e);
            if (refreshPending.compareAndSet(false, true)) {
                getControl().getDisplay().timerExec(RETRY_MILLIS, this::refreshLive);
            }
        }
    }

    /** A folder that was empty shows collapsed; open it when its first objects arrive, but leave alone what the operator collapsed. */
    private void refreshKeepingNewFoldersOpen() {
        List<Object> wereEmpty = new ArrayList<>();
        for (TreeItem item : getTree().getItems()) {
            if (item.getItemCount() == 0) {
                wereEmpty.add(item.getData());
            }
        }
        refresh();
        wereEmpty.forEach(folder -> expandToLevel(folder, 1));
    }
}
