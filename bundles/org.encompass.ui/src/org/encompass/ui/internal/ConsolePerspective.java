package org.encompass.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Encompass perspective: the repository navigator with the Properties and Machines views beside it, above the Journal, Progress and Conflicts views. */
public final class ConsolePerspective implements IPerspectiveFactory {
    public static final String ID = "org.encompass.ui.perspective";
    static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(RepositoryView.ID, IPageLayout.LEFT, 0.95f, layout.getEditorArea());
        IFolderLayout bottom = layout.createFolder("org.encompass.ui.bottom", IPageLayout.BOTTOM, 0.66f, RepositoryView.ID);
        bottom.addView(JournalView.ID);
        bottom.addView(PROGRESS_VIEW);
        bottom.addView(org.encompass.ui.internal.conflicts.ConflictsView.ID);
        IFolderLayout right = layout.createFolder("org.encompass.ui.right", IPageLayout.RIGHT, 0.55f, RepositoryView.ID);
        right.addView(IPageLayout.ID_PROP_SHEET);
        right.addView(MachinesView.ID);
    }
}
