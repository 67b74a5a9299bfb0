package org.encompass.driver.storage.file.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the File storage connection page. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.driver.storage.file.ui.internal.messages";

    public static String browse;
    public static String fileDirectory;
    public static String fileHint;
    public static String fileNoDirectory;
    public static String fileNotAbsolute;
    public static String fileNotADirectory;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
