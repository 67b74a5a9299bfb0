package org.encompass.driver.blade.ipmi.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the IPMI chassis connection page. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.driver.blade.ipmi.ui.internal.messages";

    public static String slots;
    public static String user;
    public static String password;
    public static String hint;
    public static String noSlots;
    public static String badSlot;
    public static String slotTwice;
    public static String noUser;
    public static String noPassword;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
