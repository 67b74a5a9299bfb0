package org.encompass.ui.internal.wizards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.exchange.Replication;
import org.encompass.core.query.FreeMachines;
import org.encompass.core.query.SiteLookup;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * The import wizard's replication page (paper, section 3: "the deployment can be easily replicated at a different
 * location"): the archive's exported clones with the machine the engine's planner proposes (by requirements and
 * topology). The operator picks another fitting free machine for a row or edits its variables; every change is
 * planned again by the engine, which refuses a mapping it would refuse at Finish. Rows that cannot be placed show
 * why. Finish runs {@link Engine#replicate} as a Job.
 */
final class ReplicatePage extends WizardPage {
    private final Engine engine;
    private final Supplier<Path> archive;
    private final Supplier<String> storage;
    /** The operator's choices only: the planner places the other rows around them. */
    private final Map<String, String> map = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> variables = new LinkedHashMap<>();
    private Table rows;
    private Combo machine;
    private Text rowVariables;
    private Replication plan;

    ReplicatePage(Engine engine, Supplier<Path> archive, Supplier<String> storage) {
        super("replicate", ArchiveMessages.replicateTitle, null);
        setDescription(ArchiveMessages.replicateDescription);
        this.engine = engine;
        this.archive = archive;
        this.storage = storage;
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        rows = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        rows.setHeaderVisible(true);
        String[] titles = { ArchiveMessages.columnClone, ArchiveMessages.columnMaster, ArchiveMessages.columnMachine,
                ArchiveMessages.columnVariables, ArchiveMessages.columnHow };
        int[] widths = { 110, 90, 110, 150, 220 };
        for (int i = 0; i < titles.length; i++) {
            TableColumn column = new TableColumn(rows, SWT.LEFT);
            column.setText(titles[i]);
            column.setWidth(widths[i]);
        }
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 160).applyTo(rows);
        new Label(body, SWT.NONE).setText(ArchiveMessages.replicateMachine);
        machine = new Combo(body, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(machine);
        new Label(body, SWT.NONE).setText(ArchiveMessages.replicateVariables);
        rowVariables = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rowVariables);
        rows.addListener(SWT.Selection, e -> showRow());
        machine.addListener(SWT.Selection, e -> mapRow());
        rowVariables.addListener(SWT.DefaultSelection, e -> editVariables());
        rowVariables.addListener(SWT.FocusOut, e -> editVariables());
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            replan();
        }
        super.setVisible(visible);
    }

    /** Asks the engine for the mapping with the operator's choices, and shows it (keeping the selected row). */
    private void replan() {
        int selected = rows.getSelectionIndex();
        String error = null;
        try {
            plan = engine.planReplication(archive.get(), map, variables, storage.get());
        } catch (EncompassException e) {
            error = e.getMessage(); // the choice the engine refuses: the table keeps the last accepted mapping
        }
        if (plan != null) {
            rows.removeAll();
            for (Replication.Row row : plan.rows()) {
                new TableItem(rows, SWT.NONE).setText(new String[] { row.exported(), row.master(),
                        row.placed() ? row.machine() : "-", format(row.variables()),
                        row.placed() ? row.reason() : NLS.bind(ArchiveMessages.replicateNotPlaced, row.reason()) });
            }
            rows.setSelection(selected < 0 ? 0 : Math.min(selected, rows.getItemCount() - 1));
        }
        showRow();
        setErrorMessage(error);
        if (plan != null && error == null && plan.placed().isEmpty()) {
            setMessage(ArchiveMessages.replicateNothingPlaced, IMessageProvider.WARNING);
        } else if (plan != null && error == null && !plan.unplaced().isEmpty()) {
            setMessage(NLS.bind(ArchiveMessages.replicateSomeNotPlaced, plan.unplaced().size()), IMessageProvider.WARNING);
        } else {
            setMessage(null);
        }
        setPageComplete(error == null && plan != null && !plan.placed().isEmpty());
    }

    /** The selected row's machine choices (idle machines, not powered on, that fit its master) and variables. */
    private void showRow() {
        Replication.Row row = selectedRow();
        machine.removeAll();
        rowVariables.setText(row == null ? "" : format(row.variables()));
        machine.setEnabled(row != null);
        rowVariables.setEnabled(row != null);
        if (row == null) {
            return;
        }
        List<String> choices = new ArrayList<>(engine.read(site -> SiteLookup.findMaster(site, row.master())
                .map(master -> FreeMachines.of(site, master).stream().filter(FreeMachines::isIdle))
                .orElseGet(() -> SiteLookup.machines(site).filter(FreeMachines::isIdle)) // its master comes with the archive
                .map(SiteLookup::qualifiedName).sorted().toList()));
        if (row.placed() && !choices.contains(row.machine())) {
            choices.add(0, row.machine());
        }
        choices.forEach(machine::add);
        if (row.placed()) {
            machine.select(choices.indexOf(row.machine()));
        }
    }

    private Replication.Row selectedRow() {
        int index = rows.getSelectionIndex();
        return plan == null || index < 0 || index >= plan.rows().size() ? null : plan.rows().get(index);
    }

    private void mapRow() {
        Replication.Row row = selectedRow();
        if (row != null && machine.getSelectionIndex() >= 0 && !machine.getText().equals(row.machine())) {
            map.put(row.exported(), machine.getText());
            replan();
        }
    }

    /** The variables field: {@code NAME=VALUE} pairs separated by commas, over the exported values. */
    private void editVariables() {
        Replication.Row row = selectedRow();
        if (row == null || rowVariables.getText().equals(format(row.variables()))) {
            return;
        }
        Map<String, String> edited = new LinkedHashMap<>();
        for (String pair : rowVariables.getText().split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.substring(0, eq).isBlank()) {
                setErrorMessage(NLS.bind(ArchiveMessages.replicateBadVariable, pair.trim()));
                setPageComplete(false);
                return;
            }
            edited.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        variables.put(row.exported(), edited);
        replan();
    }

    private static String format(Map<String, String> variables) {
        return String.join(", ", variables.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** Imports the archive's masters and deploys its clones as mapped, in a Job; a partial result is reported. */
    void schedule() {
        Path file = archive.get();
        String device = storage.get();
        Map<String, String> chosen = Map.copyOf(map);
        Map<String, Map<String, String>> values = Map.copyOf(variables);
        OperationJobs.schedule(NLS.bind(ArchiveMessages.replicateJob, file.getFileName()), monitor -> {
            Replication done = engine.replicate(file, device, chosen, values, monitor);
            List<String> problems = new ArrayList<>();
            done.unplaced().forEach(r -> problems.add(NLS.bind(ArchiveMessages.replicateNotPlacedRow, r.exported(), r.reason())));
            done.placed().stream().filter(r -> r.error() != null)
                    .forEach(r -> problems.add(NLS.bind(ArchiveMessages.replicateFailedRow, r.exported(), r.error())));
            if (!problems.isEmpty()) {
                throw new EncompassException(NLS.bind(ArchiveMessages.replicateIncomplete, new Object[] {
                        done.placed().stream().filter(r -> r.error() == null).count(), done.rows().size(),
                        String.join("; ", problems) }));
            }
        });
    }
}
