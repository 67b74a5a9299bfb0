package org.encompass.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Texts of the New Host and New Storage Device wizards. */
public final class InventoryMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.ui.internal.wizards.inventory";

    public static String hostTitle;
    public static String hostDescription;
    public static String storageTitle;
    public static String storageDescription;
    public static String hostJob;
    public static String storageJob;
    public static String chassisTitle;
    public static String chassisDescription;
    public static String chassisJob;
    public static String credentialsOnServer;
    public static String chassisAdded;
    public static String name;
    public static String kind;
    public static String noName;
    public static String badName;
    public static String noDrivers;
    public static String connectionTitle;
    public static String connectionDescription;
    public static String connectionGenericDescription;
    public static String genericLocation;
    public static String genericNoLocation;
    public static String announced;
    public static String directoryAgent;
    public static String directoryAgentHint;
    public static String find;
    public static String endpointUrl;
    public static String endpointKind;
    public static String endpointService;
    public static String endpointAttributes;
    public static String findFailed;
    public static String noneAnnounced;

    static {
        NLS.initializeMessages(BUNDLE_NAME, InventoryMessages.class);
    }

    private InventoryMessages() {
    }
}
