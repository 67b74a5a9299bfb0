package org.encompass.driver.blade.cim.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the CIM chassis connection page. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.driver.blade.cim.ui.internal.messages";

    public static String url;
    public static String user;
    public static String password;
    public static String hint;
    public static String noUrl;
    public static String badUrl;
    public static String noUser;
    public static String noPassword;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
