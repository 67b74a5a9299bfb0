package org.encompass.ui.internal.conflicts;

import org.eclipse.osgi.util.NLS;

/** Texts of the Conflicts view and its commands (conflicts.properties). */
public final class ConflictMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.ui.internal.conflicts.conflicts";

    public static String columnId;
    public static String columnKind;
    public static String columnSubject;
    public static String columnDetail;
    public static String columnDetected;
    public static String columnStatus;
    public static String open;
    public static String resolved;
    public static String showResolved;
    public static String resolveJob;
    public static String discoverJob;
    public static String discoverSummary;
    public static String discoverUnreachable;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ConflictMessages.class);
    }

    private ConflictMessages() {
    }
}
