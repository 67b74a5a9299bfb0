package org.encompass.ui.internal.updates;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.query.Requirements;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.model.Clone;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Placement;
import org.encompass.model.Site;

/**
 * Asks what a machine is reassigned to (a master, for a fresh clone, or an unassigned clone; fixed when a drop
 * said it) and what happens to the clone it runs now: standby (OPERATIONAL/UNASSIGNED) or destroyed.
 */
public final class ReassignDialog extends Dialog {
    private final String machine;
    private final String oldClone;
    private final List<String> targets;
    private final List<String> labels;
    private Combo targetCombo;
    private Button standby;
    private Button destroy;
    private String target;
    private boolean destroyOld;

    /**
     * @param fixedTarget the master or clone a drop chose, or null to offer every master and unassigned clone
     *        that fits the machine
     */
    public ReassignDialog(Shell parent, Machine machine, String fixedTarget) {
        super(parent);
        this.machine = SiteLookup.qualifiedName(machine);
        this.oldClone = machine.getClone() == null ? null : machine.getClone().getName();
        this.targets = new ArrayList<>();
        this.labels = new ArrayList<>();
        if (fixedTarget != null) {
            targets.add(fixedTarget);
            labels.add(fixedTarget);
        } else {
            offer((Site) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(machine), machine);
        }
    }

    /** Masters that are not retired, then unassigned clones, that meet the machine's requirements. */
    private void offer(Site site, Machine m) {
        for (Master master : site.getMasters()) {
            if (master.getLocation() != null && Requirements.unmet(master, m).isEmpty()) {
                targets.add(master.getName());
                labels.add(NLS.bind(UpdateMessages.reassignMaster, master.getName()));
            }
        }
        for (Clone clone : site.getClones()) {
            CloneState state = States.of(clone);
            if (!state.isTerminal() && state.placement() == Placement.UNASSIGNED
                    && Requirements.unmet(clone.getMaster(), m).isEmpty()) {
                targets.add(clone.getName());
                labels.add(NLS.bind(UpdateMessages.reassignClone,
                        new Object[] { clone.getName(), clone.getMaster().getName(), state }));
            }
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(UpdateMessages.reassignTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(oldClone == null ? NLS.bind(UpdateMessages.reassignFree, machine)
                : NLS.bind(UpdateMessages.reassignBusy, machine, oldClone));
        GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(intro);
        Composite row = new Composite(area, SWT.NONE);
        row.setLayout(new GridLayout(2, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        new Label(row, SWT.NONE).setText(UpdateMessages.reassignTo);
        targetCombo = new Combo(row, SWT.READ_ONLY);
        targetCombo.setItems(labels.toArray(String[]::new));
        if (targets.size() == 1) {
            targetCombo.select(0);
        }
        targetCombo.addListener(SWT.Selection, e -> updateOk());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(targetCombo);
        if (oldClone != null) {
            Group old = new Group(area, SWT.NONE);
            old.setText(NLS.bind(UpdateMessages.reassignOldGroup, oldClone));
            old.setLayout(new GridLayout(1, false));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(old);
            standby = new Button(old, SWT.RADIO);
            standby.setText(UpdateMessages.reassignStandby);
            standby.setSelection(true);
            destroy = new Button(old, SWT.RADIO);
            destroy.setText(UpdateMessages.reassignDestroy);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        updateOk();
    }

    private void updateOk() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(targetCombo.getSelectionIndex() >= 0);
            ok.setToolTipText(targetCombo.getSelectionIndex() >= 0 ? null : UpdateMessages.reassignNoChoice);
        }
    }

    @Override
    protected void okPressed() {
        target = targets.get(targetCombo.getSelectionIndex());
        destroyOld = destroy != null && destroy.getSelection();
        super.okPressed();
    }

    public String machine() {
        return machine;
    }

    /** The master or clone chosen (after OK). */
    public String target() {
        return target;
    }

    /** Whether the old clone is destroyed rather than kept on standby (after OK). */
    public boolean destroyOld() {
        return destroyOld;
    }
}
