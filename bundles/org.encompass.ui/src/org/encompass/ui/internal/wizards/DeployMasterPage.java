package org.encompass.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.encompass.core.spi.CloneMethod;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.Messages;
import org.encompass.ui.internal.preferences.ConsolePreferences;

/** Which master, how to clone it, and whether to boot the machines at the end. */
public final class DeployMasterPage extends WizardPage {
    private final Site site;
    private final String initialMaster;
    private Combo master;
    private Combo method;
    private Button activate;

    DeployMasterPage(Site site, String initialMaster) {
        super("master", Messages.deployMasterTitle, null);
        setDescription(Messages.deployMasterDescription);
        this.site = site;
        this.initialMaster = initialMaster;
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(Messages.deployMaster);
        master = MasterCombo.create(body, site, initialMaster);
        new Label(body, SWT.NONE).setText(Messages.deployMethod);
        method = new Combo(body, SWT.READ_ONLY);
        method.add(Messages.deployMethodDefault);
        for (CloneMethod m : CloneMethod.values()) {
            method.add(m.name());
        }
        CloneMethod preferred = ConsolePreferences.cloneMethod(ConsolePlugin.getDefault().getPreferenceStore());
        method.select(preferred == null ? 0 : method.indexOf(preferred.name()));
        activate = new Button(body, SWT.CHECK);
        activate.setText(Messages.deployActivate);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(activate);
        master.addListener(SWT.Selection, e -> setPageComplete(validate()));
        setPageComplete(validate());
        setControl(body);
    }

    private boolean validate() {
        setErrorMessage(master.getSelectionIndex() < 0 ? Messages.deployNoMaster : null);
        return master.getSelectionIndex() >= 0;
    }

    public String master() {
        return master.getSelectionIndex() < 0 ? null : master.getItem(master.getSelectionIndex());
    }

    /** Null: the storage device's default. */
    public CloneMethod method() {
        return method.getSelectionIndex() <= 0 ? null : CloneMethod.valueOf(method.getItem(method.getSelectionIndex()));
    }

    public boolean activate() {
        return activate.getSelection();
    }
}
