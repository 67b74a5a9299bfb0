package org.encompass.ui.internal.wizards;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** First page: the new host's, device's or chassis' name and its driver kind, from the core's driver registry. */
public final class KindPage extends WizardPage {
    private final List<String> kinds;
    private Text name;
    private Combo kind;

    KindPage(DriverPages.Type type, List<String> kinds) {
        super("kind", NewInventoryWizard.title(type), null);
        setDescription(switch (type) {
            case HYPERVISOR -> InventoryMessages.hostDescription;
            case STORAGE -> InventoryMessages.storageDescription;
            case CHASSIS -> InventoryMessages.chassisDescription;
        });
        this.kinds = kinds;
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText(InventoryMessages.name);
        name = new Text(body, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
        new Label(body, SWT.NONE).setText(InventoryMessages.kind);
        kind = new Combo(body, SWT.READ_ONLY);
        kinds.forEach(kind::add);
        if (!kinds.isEmpty()) {
            kind.select(0);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(kind);
        name.addModifyListener(e -> validate());
        kind.addListener(SWT.Selection, e -> validate());
        setControl(body);
        validate();
    }

    private void validate() {
        String problem = null;
        if (kinds.isEmpty()) {
            problem = InventoryMessages.noDrivers;
        } else if (name.getText().isBlank()) {
            problem = InventoryMessages.noName;
        } else if (!name.getText().trim().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            problem = InventoryMessages.badName;
        }
        setErrorMessage(name.getText().isEmpty() && problem == InventoryMessages.noName ? null : problem);
        setPageComplete(problem == null);
    }

    public String name() {
        return name.getText().trim();
    }

    public String kind() {
        return kind.getText();
    }
}
