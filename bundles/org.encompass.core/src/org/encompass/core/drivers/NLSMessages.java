package org.encompass.core.drivers;

import org.eclipse.osgi.util.NLS;

final class NLSMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.core.drivers.messages";

    public static String driverWrongType;
    public static String driverCannotStart;
    public static String noDriverForKind;
    public static String driverWithoutKind;
    public static String driverKindTaken;

    static {
        NLS.initializeMessages(BUNDLE_NAME, NLSMessages.class);
    }

    private NLSMessages() {
    }
}
