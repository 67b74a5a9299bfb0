package org.encompass.driver.vsphere.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the vSphere host connection page. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.driver.vsphere.ui.internal.messages";

    public static String vsphereServer;
    public static String vsphereIgnoreCert;
    public static String vsphereHint;
    public static String vsphereNoServer;
    public static String user;
    public static String password;
    public static String noUser;
    public static String noPassword;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
