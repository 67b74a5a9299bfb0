package org.encompass.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.encompass.ui.drivers.DriverConnectionPage;

/** For driver kinds that contribute no page: the location or URI as the driver documents it. */
final class GenericLocationPage implements DriverConnectionPage {
    private Text location;

    @Override
    public void createControls(Composite parent, Runnable changed) {
        parent.setLayout(new GridLayout(2, false));
        new Label(parent, SWT.NONE).setText(InventoryMessages.genericLocation);
        location = new Text(parent, SWT.BORDER);
        location.setData(FIELD, "location");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(location);
        location.addModifyListener(e -> changed.run());
    }

    @Override
    public String validate() {
        return location().isEmpty() ? InventoryMessages.genericNoLocation : null;
    }

    @Override
    public String location() {
        return location.getText().trim();
    }
}
