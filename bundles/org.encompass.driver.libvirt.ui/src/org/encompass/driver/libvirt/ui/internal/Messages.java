package org.encompass.driver.libvirt.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the libvirt host connection page. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.driver.libvirt.ui.internal.messages";

    public static String libvirtUri;
    public static String libvirtBadUri;
    public static String libvirtHostHint;
    public static String passwordInUri;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
