package org.encompass.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * Texts of the navigators' columns and the General properties (labels.properties): how a repository
 * object is described in the console.
 */
public final class LabelMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.ui.internal.labels";

    /** Joins two parts of a description: "a · b". */
    public static String join;
    public static String masterVersion;
    public static String masterRetired;
    public static String masterClones;
    public static String masterDetails;
    public static String masterCapturedFrom;
    public static String hostReachable;
    public static String hostUnreachable;
    public static String chassisBlades;
    public static String machineUnreachable;
    public static String machineFree;
    public static String machineHolds;
    public static String machineDetails;
    public static String cloneOn;
    public static String cloneCustomization;
    public static String kindAndLocation;
    public static String storageDefault;
    public static String volumeDetails;
    public static String generalCloneMethodFlushPending;
    public static String generalFormat;
    public static String generalLineage;
    public static String reachByOperator;
    public static String reachByOperatorOverDiscovery;
    public static String reachByDiscovery;
    public static String reachNotRecorded;
    public static String segmentsNotRecorded;
    public static String generalPowerUnreachable;
    public static String generalHolds;
    public static String generalHardware;

    static {
        NLS.initializeMessages(BUNDLE_NAME, LabelMessages.class);
    }

    private LabelMessages() {
    }
}
