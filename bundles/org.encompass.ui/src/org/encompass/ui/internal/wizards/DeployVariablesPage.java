package org.encompass.ui.internal.wizards;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.encompass.ui.internal.Messages;

/**
 * Each machine's customization data, typed as {@code name=value, name=value} in the machine's row
 * (e.g. {@code hostname=www1, ip=10.0.0.11}); the engine checks the names.
 */
public final class DeployVariablesPage extends WizardPage {
    private final DeployMachinesPage machinesPage;
    private final Map<String, String> typed = new HashMap<>();
    private TableViewer viewer;

    DeployVariablesPage(DeployMachinesPage machinesPage) {
        super("variables", Messages.deployVariablesTitle, null);
        setDescription(Messages.deployVariablesDescription);
        this.machinesPage = machinesPage;
    }

    @Override
    public void createControl(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TableViewerColumn machine = new TableViewerColumn(viewer, SWT.LEFT);
        machine.getColumn().setText(Messages.deployMachine);
        machine.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> (String) e));
        layout.setColumnData(machine.getColumn(), new ColumnWeightData(30));
        TableViewerColumn values = new TableViewerColumn(viewer, SWT.LEFT);
        values.getColumn().setText(Messages.deployVariables);
        values.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> typed.getOrDefault(e, "")));
        values.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return new TextCellEditor(viewer.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return typed.getOrDefault(element, "");
            }

            @Override
            protected void setValue(Object element, Object value) {
                type((String) element, String.valueOf(value));
            }
        });
        layout.setColumnData(values.getColumn(), new ColumnWeightData(70));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        setControl(holder);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            viewer.setInput(machinesPage.machines().toArray());
        }
        super.setVisible(visible);
    }

    /** Sets a machine's row text (what the cell editor does). */
    private void type(String machine, String text) {
        typed.put(machine, text);
        setErrorMessage(parse(text) == null ? Messages.deployVariablesSyntax : null);
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.refresh();
        }
    }

    Map<String, String> variables(String machine) {
        Map<String, String> parsed = parse(typed.getOrDefault(machine, ""));
        return parsed == null ? Map.of() : parsed;
    }

    /** {@code a=1, b=2} as a map; null when a part has no '='. */
    static Map<String, String> parse(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            result.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return result;
    }
}
