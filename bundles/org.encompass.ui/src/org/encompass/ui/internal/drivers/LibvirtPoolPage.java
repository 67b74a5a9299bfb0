package org.encompass.ui.internal.drivers;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.encompass.ui.drivers.DriverConnectionPage;
import org.encompass.ui.internal.wizards.InventoryMessages;

/** A libvirt storage pool: the libvirt connection URI and the pool's name, stored as {@code uri#pool}. */
public final class LibvirtPoolPage implements DriverConnectionPage {
    private Text uri;
    private Text pool;

    @Override
    public void createControls(Composite parent, Runnable changed) {
        Fields.layout(parent, 2);
        uri = Fields.text(parent, InventoryMessages.libvirtUri, "uri", SWT.NONE, 1, changed);
        uri.setText("qemu:///system");
        pool = Fields.text(parent, InventoryMessages.libvirtPool, "pool", SWT.NONE, 1, changed);
        Fields.hint(parent, InventoryMessages.libvirtPoolHint, 2);
    }

    @Override
    public String validate() {
        if (!Fields.absoluteUri(uri.getText().trim())) {
            return InventoryMessages.libvirtBadUri;
        }
        String name = pool.getText().trim();
        return name.isEmpty() || name.contains("#") || name.contains("/") ? InventoryMessages.libvirtNoPool : null;
    }

    @Override
    public String location() {
        return uri.getText().trim() + "#" + pool.getText().trim();
    }
}
