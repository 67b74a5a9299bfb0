package org.encompass.ui.internal.wizards;

import org.eclipse.osgi.util.NLS;

/** Texts of the import wizard's customization items page. */
public final class ItemMessages extends NLS {
    private static final String BUNDLE_NAME = "org.encompass.ui.internal.wizards.items";

    public static String title;
    public static String description;
    public static String columnKind;
    public static String columnPath;
    public static String columnDetail;
    public static String addFile;
    public static String addRegex;
    public static String remove;
    public static String up;
    public static String down;
    public static String kind;
    public static String kindFile;
    public static String kindRegex;
    public static String kindFileShort;
    public static String kindRegexShort;
    public static String path;
    public static String source;
    public static String browse;
    public static String template;
    public static String pattern;
    public static String replacement;
    public static String flags;
    public static String flagsTip;
    public static String itemProblem;
    public static String noPath;
    public static String noSource;
    public static String sourceMissing;
    public static String sourceNotText;
    public static String sourceUnreadable;
    public static String noPattern;
    public static String itemsJob;

    static {
        NLS.initializeMessages(BUNDLE_NAME, ItemMessages.class);
    }

    private ItemMessages() {
    }
}
