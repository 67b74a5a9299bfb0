package org.encompass.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the discovery, conflict and credential commands ({@code discovery-messages.properties}). */
public final class DiscoveryMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.cli.internal.discovery-messages";

    public static String groupDiscovery;
    public static String discovered;
    public static String slpOptionsWithoutSlp;
    public static String slpNone;
    public static String slpFound;
    public static String storageChecked;
    public static String openConflicts;
    public static String noOpenConflicts;
    public static String noConflicts;
    public static String conflictResolved;
    public static String resolutionChoice;
    public static String credentialsSet;
    public static String credentialsCleared;
    public static String credentialsNone;
    public static String noCredentials;
    public static String passwordStdinRequired;
    public static String noPasswordOnStdin;

    static {
        NLS.initializeMessages(BUNDLE_NAME, DiscoveryMessages.class);
    }

    private DiscoveryMessages() {
    }
}
