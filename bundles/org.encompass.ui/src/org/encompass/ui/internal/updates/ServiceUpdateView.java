package org.encompass.ui.internal.updates;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.cdo.view.CDOView;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.core.query.ServiceUpdateLookup;
import org.encompass.model.ServiceUpdate;
import org.encompass.model.Site;
import org.encompass.model.UpdateMachine;
import org.encompass.model.UpdatePhase;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.LiveTables;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * Where a service update stands, live (every commit refreshes it, like the navigators): its phase, the
 * maintenance clone, each machine's old clone, new clone and status, and the machines still waiting; the
 * buttons run the update steps (as the CLI's {@code update capture/rollout/rollback/finish}) in Jobs, on the server when
 * the console is connected to one.
 */
public final class ServiceUpdateView extends ViewPart {
    public static final String ID = "org.encompass.ui.serviceUpdateView";

    /** A row: the update's record of a machine, or a machine the rollout has not reached yet. */
    public record Row(String machine, String oldClone, String newClone, String status, String message) {
    }

    private CDOView view;
    private Combo updates;
    private Label summary;
    private TableViewer table;
    private Spinner batch;
    private Button capture;
    private Button rollout;
    private Button pause;
    private Button resume;
    private Button rollback;
    private Button finish;
    private final List<String> names = new ArrayList<>();
    private String chosen;
    private RolloutRun running;
    /** The step running from this view (one at a time: the buttons wait for it), or null. */
    private Job step;

    /** Opens (or brings up) the view in the active page. */
    public static ServiceUpdateView show() {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            return (ServiceUpdateView) page.showView(ID);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        view = ConsolePlugin.getDefault().session().view();
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText(UpdateMessages.viewUpdate);
        updates = new Combo(area, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(updates);
        updates.addListener(SWT.Selection, e -> {
            chosen = updates.getSelectionIndex() < 0 ? null : names.get(updates.getSelectionIndex());
            refresh();
        });
        summary = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
        Composite holder = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(200, 100).applyTo(holder);
        TableColumnLayout layout = new TableColumnLayout();
        holder.setLayout(layout);
        table = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        String[] titles = { UpdateMessages.viewColumnMachine, UpdateMessages.viewColumnOld, UpdateMessages.viewColumnNew,
                UpdateMessages.viewColumnStatus, UpdateMessages.viewColumnMessage };
        int[] weights = { 18, 15, 17, 15, 35 };
        for (int i = 0; i < titles.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
            c.getColumn().setText(titles[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    Row row = (Row) element;
                    String text = switch (column) {
                        case 0 -> row.machine();
                        case 1 -> row.oldClone();
                        case 2 -> row.newClone();
                        case 3 -> row.status();
                        default -> row.message();
                    };
                    return text == null ? "" : text;
                }
            });
            layout.setColumnData(c.getColumn(), new ColumnWeightData(weights[i]));
        }
        table.setContentProvider(ArrayContentProvider.getInstance());
        createButtons(area);
        LiveTables.refreshOnCommit(view, table, this::refresh);
        refresh();
    }

    private void createButtons(Composite area) {
        Composite buttons = new Composite(area, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.wrap = true;
        row.center = true;
        buttons.setLayout(row);
        // A small width hint: the row wraps within the view's width rather than widening it.
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(buttons);
        new Label(buttons, SWT.NONE).setText(UpdateMessages.viewBatch);
        batch = new Spinner(buttons, SWT.BORDER);
        batch.setValues(1, 1, 1000, 0, 1, 10);
        capture = button(buttons, UpdateMessages.viewCapture, () -> schedule(UpdateMessages.captureJob,
                (u, m) -> session().updateCapture(u, null, m)));
        rollout = button(buttons, UpdateMessages.viewRollout, () -> startRollout(false));
        pause = button(buttons, UpdateMessages.viewPause, this::pause);
        resume = button(buttons, UpdateMessages.viewContinue, () -> startRollout(isStopped()));
        rollback = button(buttons, UpdateMessages.viewRollback, () -> schedule(UpdateMessages.rollbackJob,
                (u, m) -> session().updateRollback(u, List.of(), m)));
        finish = button(buttons, UpdateMessages.viewFinish, () -> schedule(UpdateMessages.finishJob,
                (u, m) -> session().updateFinish(u, m)));
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** The console's session now (a connection replaces it): where the steps run. */
    private static ConsoleSession session() {
        return ConsolePlugin.getDefault().session();
    }

    private interface Step {
        void run(String update, org.eclipse.core.runtime.IProgressMonitor monitor);
    }

    private void schedule(String jobName, Step step) {
        String update = chosen;
        Job job = OperationJobs.create(NLS.bind(jobName, update), monitor -> step.run(update, monitor));
        watch(job);
        job.schedule();
        refresh();
    }

    private void startRollout(boolean resumeStopped) {
        running = new RolloutRun(session(), chosen, batch.getSelection(), resumeStopped);
        watch(running.job());
        running.start();
        refresh();
    }

    private void pause() {
        if (running != null) {
            running.pause();
        }
        refresh();
    }

    /** Makes {@code job} the view's current step; the buttons come back when it ends. */
    private void watch(Job job) {
        step = job;
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                getSite().getShell().getDisplay().asyncExec(() -> {
                    if (running != null && running.job() == event.getJob()) {
                        running = null;
                    }
                    if (step == event.getJob()) {
                        step = null;
                    }
                    if (!table.getControl().isDisposed()) {
                        refresh();
                    }
                });
            }
        });
    }

    private boolean isStopped() {
        ServiceUpdate update = current();
        return update != null && (update.getPhase() == UpdatePhase.PAUSED || update.getPhase() == UpdatePhase.ROLLING_OUT);
    }

    /** The update shown: the one chosen, else the newest. */
    private ServiceUpdate current() {
        Site site = ConsolePlugin.getDefault().session().site();
        if (site == null || site.getUpdates().isEmpty()) {
            return null;
        }
        for (ServiceUpdate update : site.getUpdates()) {
            if (update.getName().equals(chosen)) {
                return update;
            }
        }
        return site.getUpdates().get(site.getUpdates().size() - 1);
    }

    /** Recomputes everything from the model as the console's view sees it now. */
    public void refresh() {
        ServiceUpdate update = current();
        Site site = ConsolePlugin.getDefault().session().site();
        names.clear();
        updates.removeAll();
        if (site != null) {
            for (ServiceUpdate u : site.getUpdates().reversed()) {
                names.add(u.getName());
                updates.add(u.getName() + " (" + u.getPhase() + ")");
            }
        }
        if (update == null) {
            chosen = null;
            summary.setText(UpdateMessages.viewNone);
            table.setInput(List.of());
            enable(null, false);
            return;
        }
        chosen = update.getName();
        updates.select(names.indexOf(chosen));
        String text = NLS.bind(UpdateMessages.viewSummary, new Object[] { update.getName(), update.getOldMaster(),
                update.getNewMaster() == null ? "?" : update.getNewMaster(), update.getPhase() })
                + " · " + NLS.bind(UpdateMessages.viewMaintenance, update.getMaintenanceClone(),
                        update.getMaintenanceMachine() == null ? UpdateMessages.viewUnassigned : update.getMaintenanceMachine())
                + (update.getMessage() == null ? "" : "\n" + update.getMessage());
        summary.setText(text);
        List<Row> rows = rows(site, update);
        table.setInput(rows);
        enable(update, rows.stream().anyMatch(r -> !"DONE".equals(r.status())));
        summary.getParent().layout(true, true);
    }

    private static List<Row> rows(Site site, ServiceUpdate update) {
        List<Row> rows = new ArrayList<>();
        for (UpdateMachine m : update.getMachines()) {
            rows.add(new Row(m.getMachine(), m.getOldClone(), m.getNewClone(), m.getStatus().getName(), m.getMessage()));
        }
        if (ServiceUpdateLookup.running(update) && update.getPhase() != UpdatePhase.MAINTENANCE) {
            var byMachine = ServiceUpdateLookup.oldClonesByMachine(site, update);
            for (String machine : ServiceUpdateLookup.machinesToMove(site, update)) {
                if (rows.stream().noneMatch(r -> r.machine().equals(machine))) {
                    rows.add(new Row(machine, byMachine.get(machine).getName(), null, UpdateMessages.viewWaiting, null));
                }
            }
        }
        return rows;
    }

    private void enable(ServiceUpdate update, boolean anyToMove) {
        UpdatePhase phase = update == null ? null : update.getPhase();
        boolean idle = step == null;
        capture.setEnabled(idle && phase == UpdatePhase.MAINTENANCE);
        rollout.setEnabled(idle && (phase == UpdatePhase.CAPTURED || phase == UpdatePhase.ROLLED_BACK));
        pause.setEnabled(running != null && !running.pausing());
        pause.setText(running != null && running.pausing() ? UpdateMessages.viewPausing : UpdateMessages.viewPause);
        resume.setEnabled(idle && (phase == UpdatePhase.PAUSED || phase == UpdatePhase.ROLLING_OUT
                || phase == UpdatePhase.ROLLED_OUT && anyToMove));
        rollback.setEnabled(idle && (phase == UpdatePhase.PAUSED || phase == UpdatePhase.ROLLING_OUT
                || phase == UpdatePhase.ROLLED_OUT));
        finish.setEnabled(idle && (phase == UpdatePhase.ROLLED_OUT || phase == UpdatePhase.ROLLED_BACK));
        batch.setEnabled(idle);
        pause.getParent().getParent().layout(true, true);
    }

    @Override
    public void setFocus() {
        updates.setFocus();
    }
}
