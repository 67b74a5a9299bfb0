package org.encompass.ui.internal.conflicts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.encompass.model.Conflict;
import org.encompass.model.Site;
import org.encompass.ui.internal.Cells;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.LiveTables;

/**
 * The conflicts discovery recorded, open ones first (oldest first within each group), in a virtual
 * table; resolved ones only when asked. Follows commits live like the Journal.
 */
public final class ConflictsTable {
    private static final int COLUMNS = 6;

    private final Button showResolved;
    private final TableViewer viewer;
    private List<Conflict> shown = List.of();

    public ConflictsTable(Composite parent, CDOView view) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        showResolved = new Button(area, SWT.CHECK);
        showResolved.setText(ConflictMessages.showResolved);
        Composite holder = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        String[] titles = { ConflictMessages.columnId, ConflictMessages.columnKind, ConflictMessages.columnSubject,
                ConflictMessages.columnDetail, ConflictMessages.columnDetected, ConflictMessages.columnStatus };
        int[] weights = { 5, 12, 15, 40, 14, 14 };
        for (int i = 0; i < COLUMNS; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(titles[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text((Conflict) element, column);
                }

                @Override
                public Color getForeground(Object element) {
                    return ((Conflict) element).isResolved() ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
                }
            });
            layout.setColumnData(c.getColumn(), new ColumnWeightData(weights[i]));
        }
        LiveTables.showLazily(viewer, () -> shown);
        viewer.setInput(view);
        showResolved.addListener(SWT.Selection, e -> refresh());
        LiveTables.refreshOnCommit(view, viewer, this::refresh);
        refresh();
    }

    /** Recomputes the rows and lets the table fetch the visible ones again. */
    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Conflict> rows = new ArrayList<>();
        Site site = ConsolePlugin.getDefault().session().site();
        if (site != null) {
            for (Conflict conflict : site.getConflicts()) {
                if (!conflict.isResolved() || showResolved.getSelection()) {
                    rows.add(conflict);
                }
            }
        }
        rows.sort(Comparator.comparing(Conflict::isResolved).thenComparingLong(Conflict::getId));
        shown = rows;
        viewer.setItemCount(rows.size());
        viewer.refresh();
    }

    static String text(Conflict conflict, int column) {
        return switch (column) {
            case 0 -> Long.toString(conflict.getId());
            case 1 -> Cells.text(conflict.getKind());
            case 2 -> Cells.text(conflict.getSubject());
            case 3 -> Cells.text(conflict.getDetail());
            case 4 -> Cells.date(conflict.getDetected());
            default -> conflict.isResolved()
                    ? NLS.bind(ConflictMessages.resolved, conflict.getResolution(), conflict.getResolvedBy())
                    : ConflictMessages.open;
        };
    }

    public TableViewer viewer() {
        return viewer;
    }
}
