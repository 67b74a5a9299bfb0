package org.encompass.ui.internal;

import org.eclipse.swt.widgets.Composite;

/** The Repository navigator: masters (lineage, clones by metastate), machines and storage. */
public final class RepositoryView extends NavigatorView {
    public static final String ID = "org.encompass.ui.repositoryView";
    private static final int SMALL_SITE = 200;

    @Override
    protected RepositoryTree createTree(Composite parent, ConsoleSession session) {
        RepositoryTree tree = new RepositoryTree(parent, session.view());
        // A small site opens down to its clones; a big one only to its masters and hosts.
        if (session.site() != null && session.site().getClones().size() <= SMALL_SITE) {
            tree.viewer().expandToLevel(4);
        }
        return tree;
    }
}
