package org.encompass.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Texts of the import wizard's page that shows what the image holds, and of the items page's helpers for it. */
public final class InspectMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.ui.internal.wizards.inspect";

    public static String title;
    public static String description;
    public static String job;
    public static String running;
    public static String cancel;
    public static String cancelled;
    public static String failed;
    public static String done;
    public static String columnDevice;
    public static String columnType;
    public static String columnLabel;
    public static String columnSize;
    public static String columnRoot;
    public static String rootYes;
    public static String os;
    public static String osNone;
    public static String osLine;
    public static String partitions;
    public static String partitionsNone;
    public static String identityFiles;
    public static String fileSystem;
    public static String fileSystemTip;
    public static String fileSystemRoot;
    public static String fileSystemOther;
    public static String suggestion;
    public static String suggestionTip;
    public static String unknownSize;

    static {
        NLS.initializeMessages(BUNDLE_NAME, InspectMessages.class);
    }

    private InspectMessages() {
    }
}
