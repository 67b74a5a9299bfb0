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
    private final DriverPages.Type type;
    private Text name;
    private Combo kind;
    private AnnouncedEndpoints announced;

    KindPage(DriverPages.Type type, List<String> kinds) {
        super("kind", NewInventoryWizard.title(type), null);
        setDescription(switch (type) {
            case HYPERVISOR -> InventoryMessages.hostDescription;
            case STORAGE -> InventoryMessages.storageDescription;
            case CHASSIS -> InventoryMessages.chassisDescription;
        });
        this.kinds = kinds;
        this.type = type;
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
        if (type == DriverPages.Type.CHASSIS) {
            announced = new AnnouncedEndpoints();
            announced.create(body, getContainer(), this::choose, candidate -> {
                choose(candidate);
                if (isPageComplete()) {
                    getContainer().showPage(getNextPage());
                }
            }, problem -> setMessage(problem, WARNING));
        }
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

    /** An announced endpoint chosen: its kind (when a driver has it) and, if none is typed, its announced name. */
    private void choose(org.encompass.core.spi.EndpointCandidate candidate) {
        if (candidate == null) {
            return;
        }
        if (candidate.kind() != null && kinds.contains(candidate.kind())) {
            kind.select(kinds.indexOf(candidate.kind()));
        }
        String announcedName = candidate.attributes().get("service-hi-name");
        if (name.getText().isBlank() && announcedName != null && announcedName.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            name.setText(announcedName);
        }
        validate();
    }

    /** The URL of the announced endpoint chosen, when the chosen kind is the one that manages it; else null. */
    public String suggestedLocation() {
        var chosen = announced == null ? null : announced.chosen();
        return chosen != null && kind().equals(chosen.kind()) ? chosen.url() : null;
    }

    public String name() {
        return name.getText().trim();
    }

    public String kind() {
        return kind.getText();
    }
}
