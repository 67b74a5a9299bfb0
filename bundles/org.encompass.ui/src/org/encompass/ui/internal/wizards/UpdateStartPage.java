package org.encompass.ui.internal.wizards;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.query.FreeMachines;
import org.encompass.core.query.SiteLookup;
import org.encompass.model.Site;
import org.encompass.ui.internal.Messages;
import org.encompass.ui.internal.updates.UpdateMessages;

/** A service update's start: which master, and the free machine its maintenance clone runs on, or unassigned. */
public final class UpdateStartPage extends WizardPage {
    private final Site site;
    private final String initialMaster;
    private Combo master;
    private Combo machine;
    private Text variables;

    UpdateStartPage(Site site, String initialMaster) {
        super("start", UpdateMessages.startPageTitle, null);
        setDescription(UpdateMessages.startPageDescription);
        this.site = site;
        this.initialMaster = initialMaster;
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(UpdateMessages.startMaster);
        master = MasterCombo.create(body, site, initialMaster);
        new Label(body, SWT.NONE).setText(UpdateMessages.startMachine);
        machine = new Combo(body, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(machine);
        Label note = new Label(body, SWT.WRAP);
        note.setText(UpdateMessages.startMachineNote);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(note);
        new Label(body, SWT.NONE).setText(UpdateMessages.startVariables);
        variables = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(variables);
        master.addListener(SWT.Selection, e -> {
            fillMachines();
            setPageComplete(validate());
        });
        machine.addListener(SWT.Selection, e -> setPageComplete(validate()));
        variables.addListener(SWT.Modify, e -> setPageComplete(validate()));
        fillMachines();
        setPageComplete(validate());
        setControl(body);
    }

    private void fillMachines() {
        machine.removeAll();
        String chosen = master();
        if (chosen != null) {
            List<String> free = FreeMachines.of(site, SiteLookup.master(site, chosen)).stream().map(SiteLookup::qualifiedName).toList();
            free.forEach(machine::add);
            if (!free.isEmpty()) {
                machine.add(UpdateMessages.startUnassigned); // the engine picks an idle one among them to boot it once
                machine.select(0);
            }
        }
    }

    private boolean validate() {
        String error = null;
        if (master() == null) {
            error = UpdateMessages.startNoMaster;
        } else if (machine.getSelectionIndex() < 0) {
            error = NLS.bind(UpdateMessages.startNoMachine, master());
        } else if (DeployVariablesPage.parse(variables.getText()) == null) {
            error = Messages.deployVariablesSyntax;
        }
        setErrorMessage(error);
        return error == null;
    }

    public String master() {
        return master.getSelectionIndex() < 0 ? null : master.getItem(master.getSelectionIndex());
    }

    /** The maintenance machine ({@code host/vm}), or null for an unassigned maintenance clone. */
    public String machine() {
        return unassigned() ? null : machine.getItem(machine.getSelectionIndex());
    }

    /** Whether the maintenance clone is to end unassigned (booted once on a free machine the engine picks). */
    public boolean unassigned() {
        return machine.getSelectionIndex() == machine.getItemCount() - 1;
    }

    public Map<String, String> variables() {
        Map<String, String> parsed = DeployVariablesPage.parse(variables.getText());
        return parsed == null ? Map.of() : parsed;
    }
}
