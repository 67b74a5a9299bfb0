package org.encompass.ui.internal;

import org.eclipse.swt.widgets.Composite;

/** The Repository navigator: masters (lineage, clones by metastate), machines and storage. */
public final class RepositoryView extends NavigatorView {
    public static final String ID = "org.encompass.ui.repositoryView";

    @Override
    protected RepositoryTree createTree(Composite parent, ConsoleSession session) {
        return new RepositoryTree(parent, session.view());
    }
}
