package org.encompass.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.encompass.ui.drivers.DriverConnectionPage;

/**
 * Second page: hosts the page the chosen driver contributes (or the generic one), created anew
 * whenever the operator comes here with another kind.
 */
public final class ConnectionPage extends WizardPage {
    private final DriverPages.Type type;
    private final KindPage kindPage;
    private Composite body;
    private String shownKind;
    private String shownSuggestion;
    private DriverConnectionPage driverPage;

    ConnectionPage(DriverPages.Type type, KindPage kindPage) {
        super("connection", "", null);
        this.type = type;
        this.kindPage = kindPage;
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        body.setLayout(new FillLayout());
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        String suggested = kindPage.suggestedLocation();
        if (visible && (!kindPage.kind().equals(shownKind) || !java.util.Objects.equals(suggested, shownSuggestion))) {
            show(kindPage.kind(), suggested);
        }
        super.setVisible(visible);
    }

    private void show(String kind, String suggested) {
        for (Control child : body.getChildren()) {
            child.dispose();
        }
        shownKind = kind;
        shownSuggestion = suggested;
        setTitle(NLS.bind(InventoryMessages.connectionTitle, kind));
        setDescription(NLS.bind(DriverPages.contributed(type, kind) ? InventoryMessages.connectionDescription
                : InventoryMessages.connectionGenericDescription, kind));
        driverPage = DriverPages.create(type, kind);
        Composite holder = new Composite(body, SWT.NONE);
        driverPage.createControls(holder, this::validate);
        if (suggested != null) {
            driverPage.suggest(suggested);
        }
        body.layout(true, true);
        validate();
        setErrorMessage(null); // no red text before the operator typed anything
    }

    private void validate() {
        String problem = driverPage.validate();
        setErrorMessage(problem);
        setPageComplete(problem == null);
    }

    /** The page the chosen kind's driver contributes (or the generic one), shown on this page. */
    public DriverConnectionPage driverPage() {
        return driverPage;
    }
}
