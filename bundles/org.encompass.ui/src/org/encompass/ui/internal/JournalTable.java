package org.encompass.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.query.JournalEntries;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.model.Site;

/**
 * The operation journal, newest first, in a virtual table (only visible rows are built), filtered
 * by a text that any column may contain, and following commits live like the repository tree.
 */
public final class JournalTable {
    private final CDOView view;
    private final Text filter;
    private final TableViewer viewer;
    private List<JournalEntry> shown = List.of();

    public JournalTable(Composite parent, CDOView view) {
        this.view = view;
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.journalFilter);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        Composite holder = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        String[] titles = { Messages.journalId, Messages.journalStarted, Messages.journalUser, Messages.journalOperation,
                Messages.journalTarget, Messages.journalOutcome, Messages.journalStates, Messages.journalMessage };
        int[] weights = { 5, 14, 7, 10, 12, 9, 18, 25 };
        for (int i = 0; i < titles.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(titles[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text((JournalEntry) element, column);
                }

                @Override
                public org.eclipse.swt.graphics.Color getForeground(Object element) {
                    Outcome outcome = ((JournalEntry) element).getOutcome();
                    return outcome == Outcome.FAILED || outcome == Outcome.INTERRUPTED
                            ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED) : null;
                }
            });
            layout.setColumnData(c.getColumn(), new ColumnWeightData(weights[i]));
        }
        LiveTables.showLazily(viewer, () -> shown);
        viewer.setInput(view);
        filter.addModifyListener(e -> refresh());
        LiveTables.refreshOnCommit(view, viewer, this::refresh);
        refresh();
    }

    /** Recomputes the filtered rows (newest first) and lets the table fetch the visible ones again. */
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        String needle = filter.getText().trim().toLowerCase(Locale.ROOT);
        List<JournalEntry> rows = new ArrayList<>();
        Site site = site();
        if (site != null) {
            List<JournalEntry> journal = JournalEntries.all(site);
            for (int i = journal.size() - 1; i >= 0; i--) {
                JournalEntry entry = journal.get(i);
                if (needle.isEmpty() || matches(entry, needle)) {
                    rows.add(entry);
                }
            }
        }
        shown = rows;
        viewer.setItemCount(rows.size());
        viewer.refresh();
    }

    private static boolean matches(JournalEntry entry, String needle) {
        for (int column = 0; column < 8; column++) {
            if (text(entry, column).toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    static String text(JournalEntry entry, int column) {
        return switch (column) {
            case 0 -> Long.toString(entry.getId());
            case 1 -> Cells.date(entry.getStarted());
            case 2 -> Cells.text(entry.getUser());
            case 3 -> Cells.text(entry.getOperation());
            case 4 -> Cells.text(entry.getTarget());
            case 5 -> entry.getOutcome() == null ? "" : entry.getOutcome().getName();
            case 6 -> Cells.text(entry.getStateBefore()) + (entry.getStateAfter() == null ? "" : " \u2192 " + entry.getStateAfter());
            default -> Cells.text(entry.getMessage());
        };
    }

    private Site site() {
        return new RepositoryContent.Root(view).site();
    }

    public TableViewer viewer() {
        return viewer;
    }

    public Text filter() {
        return filter;
    }
}
