package org.encompass.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Encompass perspective: the repository navigator fills the window for now. */
public final class ConsolePerspective implements IPerspectiveFactory {
    public static final String ID = "org.encompass.ui.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(RepositoryView.ID, true, IPageLayout.LEFT, 1.0f, layout.getEditorArea());
    }
}
