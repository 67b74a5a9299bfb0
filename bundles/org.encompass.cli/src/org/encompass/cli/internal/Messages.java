package org.encompass.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Fixed messages of the command line ({@code messages.properties}); help texts are in {@code help.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.cli.internal.messages";

    public static String seeGeneralHelp;
    public static String seeCommandHelp;
    public static String unknownCommand;
    public static String unknownSubcommand;
    public static String unexpectedArgument;
    public static String unknownGlobalOption;
    public static String unknownOption;
    public static String optionTwice;
    public static String flagWithValue;
    public static String optionNeedsValue;
    public static String missingOption;
    public static String emptyValue;
    public static String missingArguments;
    public static String tooManyArguments;
    public static String noArguments;
    public static String notANumber;
    public static String numberOutOfRange;
    public static String badChoice;
    public static String badPath;
    public static String dataAndConnect;
    public static String badConnect;
    public static String badSiteName;
    public static String badAssignment;
    public static String setAndUnset;
    public static String nothingToSet;
    public static String badVar;
    public static String varMachineNotDeployed;
    public static String itemMixed;
    public static String itemKindMissing;
    public static String contentChoice;
    public static String cancelled;
    public static String internalError;
    public static String debugHint;
    public static String interruptedFound;
    public static String defaultsSeeded;
    public static String defaultMissing;
    public static String siteExists;
    public static String unknownHost;
    public static String unknownHostNone;
    public static String inUseHint;
    public static String inUseSharedHint;
    public static String inUseByCommandHint;
    public static String contentFileMissing;
    public static String contentFileNotText;
    public static String contentFileUnreadable;
    public static String deployFailed;
    public static String versionUnknown;
    public static String initCreated;
    public static String initExisting;
    public static String storageAdded;
    public static String hostAdded;
    public static String hostRefreshed;
    public static String masterImported;
    public static String archiveExported;
    public static String archiveFrom;
    public static String archiveSnapshot;
    public static String archiveImported;
    public static String archiveSkipped;
    public static String masterDeleted;
    public static String masterRetired;
    public static String itemAdded;
    public static String cloned;
    public static String noOrphans;
    public static String orphansReclaimed;
    public static String orphanInUse;
    public static String customized;
    public static String pointer;
    public static String variablesSet;
    public static String noVariables;
    public static String cloneState;
    public static String cloneStateOn;
    public static String captured;
    public static String retried;
    public static String rolledBack;
    public static String ok;
    public static String retired;
    public static String present;
    public static String retiredImage;
    public static String anyArchitecture;
    public static String requirements;
    public static String noParent;
    public static String capturedFrom;
    public static String itemsHeading;
    public static String clonesHeading;
    public static String fileItem;
    public static String templateItem;
    public static String regexItem;
    public static String noStorage;
    public static String noHosts;
    public static String noMachines;
    public static String noFreeMachines;
    public static String noMasters;
    public static String noClones;
    public static String noJournal;
    public static String noDrivers;
    public static String recoveryHint;
    public static String lifecycleIntro;
    public static String lifecycleNone;
    public static String helpUsage;
    public static String helpAliases;
    public static String helpGlobalOptionsShort;
    public static String helpGlobalOptions;
    public static String helpGroupHeading;
    public static String helpIntro;
    public static String helpSynopsis;
    public static String helpMore;
    public static String groupSite;
    public static String groupInventory;
    public static String groupMasters;
    public static String groupClones;
    public static String groupLifecycle;
    public static String groupScenarios;
    public static String groupJournal;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
