package org.encompass.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The console's texts (messages.properties). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.ui.internal.messages";

    public static String columnName;
    public static String columnState;
    public static String columnDetails;
    public static String folderMasters;
    public static String folderMachines;
    public static String folderStorage;
    public static String windowTitle;
    public static String firstRunFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
