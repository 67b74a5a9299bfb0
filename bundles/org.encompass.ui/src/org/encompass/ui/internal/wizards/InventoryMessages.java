package org.encompass.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Texts of the New Host and New Storage Device wizards and of the connection pages this bundle contributes. */
public final class InventoryMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.ui.internal.wizards.inventory";

    public static String hostTitle;
    public static String hostDescription;
    public static String storageTitle;
    public static String storageDescription;
    public static String hostJob;
    public static String storageJob;
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
    public static String browse;
    public static String user;
    public static String password;
    public static String noUser;
    public static String noPassword;
    public static String passwordInUri;
    public static String fileDirectory;
    public static String fileHint;
    public static String fileNoDirectory;
    public static String fileNotAbsolute;
    public static String fileNotADirectory;
    public static String libvirtUri;
    public static String libvirtPool;
    public static String libvirtPoolHint;
    public static String libvirtNoPool;
    public static String libvirtBadUri;
    public static String libvirtHostHint;
    public static String vsphereServer;
    public static String vsphereIgnoreCert;
    public static String vsphereHint;
    public static String vsphereNoServer;

    static {
        NLS.initializeMessages(BUNDLE_NAME, InventoryMessages.class);
    }

    private InventoryMessages() {
    }
}
