package org.encompass.driver.blade.cim.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.encompass.core.CimChassisAddress;
import org.encompass.ui.drivers.DriverConnectionPage;
import org.encompass.ui.drivers.Fields;

/**
 * A CIM chassis: the URL of its management module's CIM server and the user and password, which the wizard
 * puts in secure storage under the chassis' address {@code cim://NAME?url=URL} (made by the core, as
 * {@code encompass chassis add --kind cim} makes it). The blades are read from the server, not given.
 */
public final class CimChassisPage implements DriverConnectionPage {
    private Text url;
    private Text user;
    private Text password;

    @Override
    public void createControls(Composite parent, Runnable changed) {
        Fields.layout(parent, 2);
        url = Fields.text(parent, Messages.url, "url", SWT.NONE, 1, changed);
        user = Fields.text(parent, Messages.user, "user", SWT.NONE, 1, changed);
        password = Fields.text(parent, Messages.password, "password", SWT.PASSWORD, 1, changed);
        Fields.hint(parent, Messages.hint, 2);
    }

    /** An endpoint announced over SLP, chosen on the first page: its URL. */
    @Override
    public void suggest(String location) {
        url.setText(location);
    }

    @Override
    public String validate() {
        if (url.getText().isBlank()) {
            return Messages.noUrl;
        }
        try {
            CimChassisAddress.url(url.getText());
        } catch (IllegalArgumentException e) {
            return org.eclipse.osgi.util.NLS.bind(Messages.badUrl, url.getText().trim());
        }
        if (user.getText().isBlank()) {
            return Messages.noUser;
        }
        return password.getText().isEmpty() ? Messages.noPassword : null;
    }

    @Override
    public String location() {
        return location("chassis");
    }

    @Override
    public String location(String name) {
        return CimChassisAddress.of(name, url.getText());
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
