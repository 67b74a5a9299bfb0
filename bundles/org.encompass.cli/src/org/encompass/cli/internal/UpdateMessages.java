package org.encompass.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the reassign and service update commands ({@code update-messages.properties}). */
public final class UpdateMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.cli.internal.update-messages";

    public static String reassigned;
    public static String destroyed;
    public static String standbyAndDestroy;
    public static String started;
    public static String unassigned;
    public static String applied;
    public static String capturedNew;
    public static String phase;
    public static String finished;
    public static String noUpdates;
    public static String badMachines;

    static {
        NLS.initializeMessages(BUNDLE_NAME, UpdateMessages.class);
    }

    private UpdateMessages() {
    }
}
