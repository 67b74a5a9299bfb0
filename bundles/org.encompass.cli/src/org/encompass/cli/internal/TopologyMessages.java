package org.encompass.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Messages of the topology and replication commands ({@code topology-messages.properties}). */
public final class TopologyMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.cli.internal.topology-messages";

    public static String reachOf;
    public static String reachByOperator;
    public static String reachByOperatorOverDiscovery;
    public static String reachByDiscovery;
    public static String reachNotRecorded;
    public static String segments;
    public static String segmentsByOperator;
    public static String segmentsByOperatorOverDiscovery;
    public static String segmentsByDiscovery;
    public static String segmentsNotRecorded;
    public static String requiresSegment;
    public static String requiresNoSegment;
    public static String listOrClear;
    public static String badMap;
    public static String mapTwice;
    public static String badCloneVar;
    public static String replicateOptionsNeedReplicate;
    public static String replicated;
    public static String replicationPlan;
    public static String notPlaced;
    public static String nothingToReplicate;

    static {
        NLS.initializeMessages(BUNDLE_NAME, TopologyMessages.class);
    }

    private TopologyMessages() {
    }
}
