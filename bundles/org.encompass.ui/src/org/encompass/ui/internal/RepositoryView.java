package org.encompass.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The Repository view: the {@link RepositoryTree} over the console's repository. */
public final class RepositoryView extends ViewPart {
    public static final String ID = "org.encompass.ui.repositoryView";

    private RepositoryTree tree;

    @Override
    public void createPartControl(Composite parent) {
        tree = new RepositoryTree(parent, ConsolePlugin.getDefault().session().view());
        getSite().setSelectionProvider(tree.viewer());
    }

    @Override
    public void setFocus() {
        tree.viewer().getControl().setFocus();
    }
}
