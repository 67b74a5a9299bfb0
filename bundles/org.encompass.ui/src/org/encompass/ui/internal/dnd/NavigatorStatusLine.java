package org.encompass.ui.internal.dnd;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.INavigatorContentService;

/** The status line of the navigator view a CNF assistant works for (found by its viewer id, which is the view id). */
final class NavigatorStatusLine {
    private NavigatorStatusLine() {
    }

    /** Shows {@code message} as the view's error, or clears it when null. */
    static void showError(INavigatorContentService service, String message) {
        if (service == null || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                IViewPart view = page.findView(service.getViewerId());
                if (view != null) {
                    view.getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
                }
            }
        }
    }
}
