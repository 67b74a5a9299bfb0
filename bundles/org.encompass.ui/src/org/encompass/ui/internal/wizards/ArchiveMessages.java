package org.encompass.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Texts of the export and import wizards for site archives (archive.properties). */
public final class ArchiveMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.ui.internal.wizards.archive";

    public static String exportTitle;
    public static String exportDescription;
    public static String exportMasters;
    public static String exportFile;
    public static String exportNoMaster;
    public static String exportNoFile;
    public static String exportFileExists;
    public static String exportNoDirectory;
    public static String exportJob;
    public static String importTitle;
    public static String importDescription;
    public static String importFile;
    public static String importStorage;
    public static String importSkipExisting;
    public static String importNoFile;
    public static String importServerFile;
    public static String importNoServerFile;
    public static String importOnServerDescription;
    public static String importNoStorage;
    public static String importFrom;
    public static String importJob;
    public static String importReplicate;
    public static String replicateTitle;
    public static String replicateDescription;
    public static String replicateMachine;
    public static String replicateVariables;
    public static String replicateNotPlaced;
    public static String replicateNothingPlaced;
    public static String replicateSomeNotPlaced;
    public static String replicateBadVariable;
    public static String replicateJob;
    public static String replicateNotPlacedRow;
    public static String replicateFailedRow;
    public static String replicateIncomplete;
    public static String columnClone;
    public static String columnMachine;
    public static String columnVariables;
    public static String columnHow;
    public static String browse;
    public static String columnMaster;
    public static String columnVersion;
    public static String columnSize;
    public static String columnItems;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ArchiveMessages.class);
    }

    private ArchiveMessages() {
    }
}
