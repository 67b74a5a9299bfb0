package org.encompass.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.encompass.core.query.CustomizationBackend;
import org.encompass.model.Clone;
import org.encompass.model.CustomizationItem;
import org.encompass.model.FileReplacement;
import org.encompass.model.Master;
import org.encompass.model.RegexReplacement;
import org.encompass.ui.internal.Messages;

/**
 * A master's ordered customization items; for a clone, also its pointer: a bar filled up to the
 * pointer, items before it shown applied (bold, green mark) and the next one marked with an arrow.
 */
public final class CustomizationSection extends SectionInput {
    /** One item as shown: its position, what it does, and whether the clone has it applied. */
    public record Row(int index, CustomizationItem item, Status status) {
    }

    public enum Status { APPLIED, NEXT, PENDING, OF_MASTER }

    private Label pointer;
    private ProgressBar bar;
    private TableViewer viewer;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        Composite body = Sections.body(getWidgetFactory(), parent);
        pointer = getWidgetFactory().createLabel(body, "");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(pointer);
        bar = new ProgressBar(body, SWT.HORIZONTAL | SWT.SMOOTH);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 14).applyTo(bar);
        Composite holder = Sections.tableHolder(body, 200);
        TableColumnLayout layout = (TableColumnLayout) holder.getLayout();
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(layout, "", 4, this::marker);
        column(layout, Messages.customizationIndex, 5, row -> Integer.toString(row.index() + 1));
        column(layout, Messages.customizationKind, 14, row -> kind(row.item()));
        column(layout, Messages.customizationPath, 25, row -> row.item().getPath());
        column(layout, Messages.customizationWhat, 40, row -> what(row.item()));
        column(layout, Messages.customizationStatus, 12, row -> switch (row.status()) {
            case APPLIED -> Messages.customizationApplied;
            case NEXT, PENDING -> Messages.customizationPending;
            case OF_MASTER -> "";
        });
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        followRepository(body);
    }

    private String marker(Row row) {
        return switch (row.status()) {
            case APPLIED -> "\u2714";
            case NEXT -> "\u25B6";
            default -> "";
        };
    }

    private void column(TableColumnLayout layout, String title, int weight, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public Color getForeground(Object element) {
                Status status = ((Row) element).status();
                return status == Status.APPLIED ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GREEN) : null;
            }

            @Override
            public Font getFont(Object element) {
                return ((Row) element).status() == Status.APPLIED ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight));
    }

    @Override
    public void refresh() {
        List<Row> rows = rows(element());
        viewer.setInput(rows);
        if (element() instanceof Clone clone) {
            int total = clone.getMaster().getCustomizationItems().size();
            // The backend is read from the image's first sectors (no appliance), as clone show does.
            pointer.setText(NLS.bind(Messages.customizationBackend,
                    NLS.bind(Messages.customizationPointer, clone.getCustomizationPointer(), total),
                    CustomizationBackend.of(clone)));
            bar.setMaximum(Math.max(1, total));
            bar.setSelection(clone.getCustomizationPointer());
            bar.setVisible(true);
        } else {
            pointer.setText(NLS.bind(Messages.customizationOfMaster, rows.size()));
            bar.setVisible(false);
        }
    }

    /** The items with their status for a clone (by its pointer) or a master. */
    public static List<Row> rows(Object element) {
        List<Row> rows = new ArrayList<>();
        Master master = element instanceof Clone c ? c.getMaster() : element instanceof Master m ? m : null;
        if (master == null) {
            return rows;
        }
        int pointer = element instanceof Clone c ? c.getCustomizationPointer() : -1;
        List<CustomizationItem> items = master.getCustomizationItems();
        for (int i = 0; i < items.size(); i++) {
            Status status = pointer < 0 ? Status.OF_MASTER : i < pointer ? Status.APPLIED : i == pointer ? Status.NEXT : Status.PENDING;
            rows.add(new Row(i, items.get(i), status));
        }
        return rows;
    }

    private static String kind(CustomizationItem item) {
        if (item instanceof FileReplacement f) {
            return f.isTemplate() ? Messages.customizationTemplate : Messages.customizationFile;
        }
        return Messages.customizationRegex;
    }

    private static String what(CustomizationItem item) {
        if (item instanceof RegexReplacement r) {
            return r.getPattern() + " \u2192 " + r.getReplacement() + (r.getFlags() == null || r.getFlags().isEmpty() ? "" : " (" + r.getFlags() + ")");
        }
        if (item instanceof FileReplacement f) {
            // the content itself is on the master's storage device: the repository (and so this view) has its size and digest
            String content = f.getContent() != null ? f.getContent().replace("\n", "\u21B5")
                    : NLS.bind(Messages.customizationContentDigest, f.getContentSize(),
                            f.getContentSha256() == null ? "?" : f.getContentSha256().substring(0, 12));
            return item.getDescription() != null && !item.getDescription().isBlank() ? item.getDescription()
                    : content.length() > 60 ? content.substring(0, 60) + "\u2026" : content;
        }
        return String.valueOf(item.getDescription());
    }
}
