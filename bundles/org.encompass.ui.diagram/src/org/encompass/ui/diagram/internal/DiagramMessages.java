package org.encompass.ui.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** The lifecycle diagram's texts (messages.properties). */
public final class DiagramMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.ui.diagram.internal.messages";

    public static String masters;
    public static String masterLabel;
    public static String masterDetail;
    public static String cloneOnMachine;
    public static String cloneDetail;
    public static String cloneBeingWritten;
    public static String more;
    public static String noArrow;
    public static String editorTitle;
    public static String editorTitleMaster;
    public static String editorTooltip;
    public static String refused;
    public static String oneAtATime;
    public static String moveFailed;
    public static String hint;

    static {
        NLS.initializeMessages(BUNDLE_NAME, DiagramMessages.class);
    }

    private DiagramMessages() {
    }
}
