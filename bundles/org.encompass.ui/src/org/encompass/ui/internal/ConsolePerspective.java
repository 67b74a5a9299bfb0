package org.encompass.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Encompass perspective: the repository navigator with the Properties and Machines views beside it, above the Journal, Progress, Conflicts and Error Log views. */
public final class ConsolePerspective implements IPerspectiveFactory {
    public static final String ID = "org.encompass.ui.perspective";
    static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";
    /** The platform's Error Log (bundle org.eclipse.ui.views.log): refused and failed operations land there. */
    public static final String ERROR_LOG_VIEW = "org.eclipse.pde.runtime.LogView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        // The editor area holds only the lifecycle diagram: hidden until it opens, then on the right, wide.
        layout.setEditorAreaVisible(false);
        layout.addView(RepositoryView.ID, IPageLayout.LEFT, 0.45f, layout.getEditorArea());
        IFolderLayout bottom = layout.createFolder("org.encompass.ui.bottom", IPageLayout.BOTTOM, 0.66f, RepositoryView.ID);
        bottom.addView(JournalView.ID);
        bottom.addView(PROGRESS_VIEW);
        bottom.addView(org.encompass.ui.internal.conflicts.ConflictsView.ID);
        bottom.addView(ERROR_LOG_VIEW);
        IFolderLayout right = layout.createFolder("org.encompass.ui.right", IPageLayout.RIGHT, 0.55f, RepositoryView.ID);
        right.addView(IPageLayout.ID_PROP_SHEET);
        right.addView(MachinesView.ID);
        right.addPlaceholder(org.encompass.ui.internal.updates.ServiceUpdateView.ID);
    }
}
