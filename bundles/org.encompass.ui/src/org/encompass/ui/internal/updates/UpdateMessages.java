package org.encompass.ui.internal.updates;

import org.eclipse.osgi.util.NLS;

/** Texts of reassignment and service updates in the console (dialog, wizard, Service Update view, marks). */
public final class UpdateMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.ui.internal.updates.updates";

    public static String reassignTitle;
    public static String reassignBusy;
    public static String reassignFree;
    public static String reassignTo;
    public static String reassignMaster;
    public static String reassignClone;
    public static String reassignOldGroup;
    public static String reassignStandby;
    public static String reassignDestroy;
    public static String reassignNoChoice;
    public static String reassignJob;
    public static String reassignNotAMachine;

    public static String wizardTitle;
    public static String startPageTitle;
    public static String startPageDescription;
    public static String startMaster;
    public static String startMachine;
    public static String startMachineNote;
    public static String startUnassigned;
    public static String startVariables;
    public static String startNoMaster;
    public static String startNoMachine;
    public static String startJob;

    public static String viewUpdate;
    public static String viewNone;
    public static String viewSummary;
    public static String viewMaintenance;
    public static String viewUnassigned;
    public static String viewColumnMachine;
    public static String viewColumnOld;
    public static String viewColumnNew;
    public static String viewColumnStatus;
    public static String viewColumnMessage;
    public static String viewWaiting;
    public static String viewBatch;
    public static String viewCapture;
    public static String viewRollout;
    public static String viewPause;
    public static String viewPausing;
    public static String viewContinue;
    public static String viewRollback;
    public static String viewFinish;
    public static String captureJob;
    public static String rolloutJob;
    public static String rollbackJob;
    public static String finishJob;

    public static String markLabel;
    public static String markDetail;
    public static String markMaintenance;
    public static String markOld;
    public static String markStandby;
    public static String markNew;

    static {
        NLS.initializeMessages(BUNDLE_NAME, UpdateMessages.class);
    }

    private UpdateMessages() {
    }
}
