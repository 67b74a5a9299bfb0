package org.encompass.driver.storage.libvirt.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the libvirt storage pool connection page. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.driver.storage.libvirt.ui.internal.messages";

    public static String libvirtUri;
    public static String libvirtPool;
    public static String libvirtPoolHint;
    public static String libvirtNoPool;
    public static String libvirtBadUri;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
