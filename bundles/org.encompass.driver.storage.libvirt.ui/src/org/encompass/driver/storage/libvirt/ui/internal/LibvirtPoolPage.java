package org.encompass.driver.storage.libvirt.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.encompass.ui.drivers.DriverConnectionPage;
import org.encompass.ui.drivers.Fields;

/** A libvirt storage pool: the libvirt connection URI and the pool's name, stored as {@code uri#pool}. */
public final class LibvirtPoolPage implements DriverConnectionPage {
    private Text uri;
    private Text pool;

    @Override
    public void createControls(Composite parent, Runnable changed) {
        Fields.layout(parent, 2);
        uri = Fields.text(parent, Messages.libvirtUri, "uri", SWT.NONE, 1, changed);
        uri.setText("qemu:///system");
        pool = Fields.text(parent, Messages.libvirtPool, "pool", SWT.NONE, 1, changed);
        Fields.hint(parent, Messages.libvirtPoolHint, 2);
    }

    @Override
    public String validate() {
        if (!Fields.absoluteUri(uri.getText().trim())) {
            return Messages.libvirtBadUri;
        }
        String name = pool.getText().trim();
        return name.isEmpty() || name.contains("#") || name.contains("/") ? Messages.libvirtNoPool : null;
    }

    @Override
    public String location() {
        return uri.getText().trim() + "#" + pool.getText().trim();
    }
}
