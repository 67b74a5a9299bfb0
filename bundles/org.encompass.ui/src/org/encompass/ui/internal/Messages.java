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
    public static String deployTitle;
    public static String deployMasterTitle;
    public static String deployMasterDescription;
    public static String deployMaster;
    public static String deployMethod;
    public static String deployMethodDefault;
    public static String deployActivate;
    public static String deployNoMaster;
    public static String deployMachinesTitle;
    public static String deployMachinesDescription;
    public static String deployMachinesFit;
    public static String deployVariablesTitle;
    public static String deployVariablesDescription;
    public static String deployMachine;
    public static String deployVariables;
    public static String deployVariablesSyntax;
    public static String groupClean;
    public static String groupOperational;
    public static String groupMaintenance;
    public static String groupHistory;
    public static String propertyName;
    public static String propertyValue;
    public static String propertyMaster;
    public static String propertyState;
    public static String propertyAllowed;
    public static String propertyMachine;
    public static String propertyCloneMethod;
    public static String propertyStorage;
    public static String propertyLocation;
    public static String propertyCreated;
    public static String propertyVersion;
    public static String propertyDescription;
    public static String propertyFormat;
    public static String propertyLineage;
    public static String propertyClones;
    public static String propertyPower;
    public static String propertyHolds;
    public static String propertyHardware;
    public static String customizationIndex;
    public static String customizationKind;
    public static String customizationPath;
    public static String customizationWhat;
    public static String customizationStatus;
    public static String customizationApplied;
    public static String customizationPending;
    public static String customizationPointer;
    public static String customizationOfMaster;
    public static String customizationTemplate;
    public static String customizationFile;
    public static String customizationRegex;
    public static String variableName;
    public static String variableValue;
    public static String variableAdd;
    public static String variableAddMessage;
    public static String variablesEditable;
    public static String variablesReadOnly;
    public static String setVariableCommand;
    public static String titleClone;
    public static String titleMaster;
    public static String titleMachine;
    public static String titleHost;
    public static String titleStorage;
    public static String journalFilter;
    public static String journalId;
    public static String journalStarted;
    public static String journalUser;
    public static String journalOperation;
    public static String journalTarget;
    public static String journalOutcome;
    public static String journalStates;
    public static String journalMessage;
    public static String jobName;
    public static String jobFailed;
    public static String undoJob;
    public static String redoJob;
    public static String deployJob;
    public static String assignAttachCommand;
    public static String operationClone;
    public static String operationAssign;
    public static String operationUnassign;
    public static String operationAttach;
    public static String operationDetach;
    public static String operationActivate;
    public static String operationDeactivate;
    public static String operationReconfigure;
    public static String operationCapture;
    public static String operationDestroy;
    public static String operationCustomizeApply;
    public static String operationCustomizeRollback;
    public static String operationDeleteMaster;
    public static String operationSetVariables;
    public static String assignTitle;
    public static String assignMessage;
    public static String captureTitle;
    public static String captureMessage;
    public static String captureNameMissing;
    public static String dropNeedsMachine;
    public static String dropOnlyClonesOrMaster;
    public static String dropOneClonePerMachine;
    public static String dropNoFreeMachine;
    public static String dropMachineBusy;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
