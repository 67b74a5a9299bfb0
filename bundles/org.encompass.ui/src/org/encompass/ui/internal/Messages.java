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
