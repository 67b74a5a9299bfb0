package org.encompass.driver.vsphere.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.encompass.ui.drivers.DriverConnectionPage;
import org.encompass.ui.drivers.Fields;

/**
 * A vCenter or ESXi host: {@code vsphere://host/sdk}, optionally {@code ?ignoreCert=true} for a test
 * server with a self-signed certificate, and the user and password the wizard puts in secure storage.
 */
public final class VSphereHostPage implements DriverConnectionPage {
    private Text server;
    private Button ignoreCert;
    private Text user;
    private Text password;

    @Override
    public void createControls(Composite parent, Runnable changed) {
        Fields.layout(parent, 2);
        server = Fields.text(parent, Messages.vsphereServer, "server", SWT.NONE, 1, changed);
        ignoreCert = new Button(parent, SWT.CHECK);
        ignoreCert.setText(Messages.vsphereIgnoreCert);
        ignoreCert.setData(FIELD, "ignoreCert");
        ignoreCert.addListener(SWT.Selection, e -> changed.run());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(ignoreCert);
        user = Fields.text(parent, Messages.user, "user", SWT.NONE, 1, changed);
        password = Fields.text(parent, Messages.password, "password", SWT.PASSWORD, 1, changed);
        Fields.hint(parent, Messages.vsphereHint, 2);
    }

    @Override
    public String validate() {
        String host = server.getText().trim();
        if (host.isEmpty() || host.contains("/") || host.contains("@") || !Fields.absoluteUri("vsphere://" + host + "/sdk")) {
            return Messages.vsphereNoServer;
        }
        if (user.getText().isBlank()) {
            return Messages.noUser;
        }
        return password.getText().isEmpty() ? Messages.noPassword : null;
    }

    @Override
    public String location() {
        return "vsphere://" + server.getText().trim() + "/sdk" + (ignoreCert.getSelection() ? "?ignoreCert=true" : "");
    }

    @Override
    public String user() {
        return user.getText().trim();
    }

    @Override
    public char[] password() {
        return password.getText().toCharArray();
    }
}
