package org.encompass.core;

/** How the operator settles a conflict that discovery recorded. */
public enum ConflictResolution {
    /** The physical world is right: the model takes the discovered value. */
    ACCEPT_DISCOVERED,
    /**
     * The model is right: it stays as it is and the same finding is not reported again (a clone whose
     * machine boots another disk is attached again by its next activate).
     */
    KEEP_MODEL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
