package org.encompass.ui.internal.properties;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.encompass.core.query.States;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.Clone;
import org.encompass.model.Variable;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.Messages;
import org.encompass.ui.internal.commands.SetVariablesCommand;

/**
 * A clone's customization data (variable -> value). Editable in place while the rules allow it (a
 * CLEAN clone); each edit is an undoable command run through the engine.
 */
public final class VariablesSection extends SectionInput {
    private Label hint;
    private TableViewer viewer;
    private Button add;

    @Override
    public void createControls(Composite parent, TabbedPropertySheetPage page) {
        super.createControls(parent, page);
        Composite body = Sections.body(getWidgetFactory(), parent);
        hint = getWidgetFactory().createLabel(body, "");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
        Composite holder = Sections.tableHolder(body, 160);
        TableColumnLayout layout = (TableColumnLayout) holder.getLayout();
        viewer = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
        name.getColumn().setText(Messages.variableName);
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> ((Variable) e).getName()));
        layout.setColumnData(name.getColumn(), new ColumnWeightData(30));
        TableViewerColumn value = new TableViewerColumn(viewer, SWT.LEFT);
        value.getColumn().setText(Messages.variableValue);
        value.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> String.valueOf(((Variable) e).getValue())));
        value.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return new TextCellEditor(viewer.getTable());
            }

            @Override
            protected boolean canEdit(Object element) {
                return editable();
            }

            @Override
            protected Object getValue(Object element) {
                return String.valueOf(((Variable) element).getValue());
            }

            @Override
            protected void setValue(Object element, Object newValue) {
                set(((Variable) element).getName(), String.valueOf(newValue));
            }
        });
        layout.setColumnData(value.getColumn(), new ColumnWeightData(70));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        add = getWidgetFactory().createButton(body, Messages.variableAdd, SWT.PUSH);
        add.addListener(SWT.Selection, e -> {
            InputDialog dialog = new InputDialog(add.getShell(), Messages.variableAdd, Messages.variableAddMessage, "",
                    text -> text.contains("=") ? null : Messages.variableAddMessage);
            if (dialog.open() == Window.OK) {
                String[] parts = dialog.getValue().split("=", 2);
                set(parts[0].trim(), parts[1]);
            }
        });
        followRepository(body);
    }

    private boolean editable() {
        return !ConsolePlugin.readOnly() && element() instanceof Clone clone
                && Lifecycle.allows(States.of(clone), Operation.SET_VARIABLES);
    }

    /**
     * Sets one variable of the shown clone through the console's command stack (what the cell editor
     * and the Add button do). Returns false when the clone's state does not allow it.
     */
    public boolean set(String name, String value) {
        if (!editable()) {
            return false;
        }
        Clone clone = (Clone) element();
        Map<String, String> previous = new HashMap<>();
        previous.put(name, clone.getVariables().stream().filter(v -> name.equals(v.getName())).map(Variable::getValue)
                .findFirst().orElse(null));
        String label = NLS.bind(Messages.setVariableCommand, new Object[] { name, clone.getName(), value });
        ConsolePlugin.getDefault().commandStack().executeInJob(new SetVariablesCommand(
                ConsolePlugin.getDefault().session().engine(), label, clone.getName(), Map.of(name, value), previous));
        return true;
    }

    @Override
    public void refresh() {
        if (!(element() instanceof Clone clone)) {
            viewer.setInput(List.of());
            return;
        }
        viewer.setInput(clone.getVariables().toArray());
        boolean editable = editable();
        add.setEnabled(editable);
        hint.setText(editable ? Messages.variablesEditable
                : ConsolePlugin.readOnly() ? Messages.offlineReadOnly : NLS.bind(Messages.variablesReadOnly, States.of(clone)));
    }
}
