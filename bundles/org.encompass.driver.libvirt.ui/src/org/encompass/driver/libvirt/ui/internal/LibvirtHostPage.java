package org.encompass.driver.libvirt.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.encompass.ui.drivers.DriverConnectionPage;
import org.encompass.ui.drivers.Fields;

/**
 * A libvirt host: its connection URI. Remote hosts authenticate the way libvirt does (ssh keys, TLS
 * certificates), so the page asks for no password.
 */
public final class LibvirtHostPage implements DriverConnectionPage {
    private Text uri;

    @Override
    public void createControls(Composite parent, Runnable changed) {
        Fields.layout(parent, 2);
        uri = Fields.text(parent, Messages.libvirtUri, "uri", SWT.NONE, 1, changed);
        uri.setText("qemu:///system");
        Fields.hint(parent, Messages.libvirtHostHint, 2);
    }

    @Override
    public String validate() {
        String value = location();
        if (!Fields.absoluteUri(value)) {
            return Messages.libvirtBadUri;
        }
        // The engine refuses passwords in URIs; say so before Finish.
        return value.matches("^[^:]+://[^/@]*:[^/@]*@.*") ? Messages.passwordInUri : null;
    }

    @Override
    public String location() {
        return uri.getText().trim();
    }
}
