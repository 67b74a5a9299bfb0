package org.encompass.ui.internal;

/** The Repository navigator: masters (lineage, clones by metastate), machines and storage. */
public final class RepositoryView extends NavigatorView {
    public static final String ID = "org.encompass.ui.repositoryView";

    /** A small site opens down to its clones; a big one only to its masters and hosts. */
    @Override
    protected int initialLevels(ConsoleSession session) {
        return session.site() != null && session.site().getClones().size() <= SMALL_SITE ? 4 : 2;
    }
}
