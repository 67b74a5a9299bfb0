package org.encompass.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Encompass perspective: the repository navigator above the Progress view. */
public final class ConsolePerspective implements IPerspectiveFactory {
    public static final String ID = "org.encompass.ui.perspective";
    static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(RepositoryView.ID, IPageLayout.TOP, 0.75f, layout.getEditorArea());
        layout.addView(PROGRESS_VIEW, IPageLayout.BOTTOM, 0.75f, RepositoryView.ID);
    }
}
