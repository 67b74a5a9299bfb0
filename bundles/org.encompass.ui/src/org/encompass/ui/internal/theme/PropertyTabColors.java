package org.encompass.ui.internal.theme;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.internal.views.properties.tabbed.view.TabbedPropertyList;

/**
 * The tabbed property sheet's tab labels keep the text colour they were built with, so after a theme
 * switch they would show the old theme's text on the new background (unreadable). The CSS theme sets
 * the list's colour; this makes the existing labels take it. (Platform internal: the tabbed sheet has
 * no API for it.)
 */
final class PropertyTabColors {
    private PropertyTabColors() {
    }

    static void refresh(Display display) {
        for (Shell shell : display.getShells()) {
            refresh(shell);
        }
    }

    private static void refresh(Control control) {
        if (control instanceof TabbedPropertyList.ListElement label) {
            label.setDefaultTextColor();
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                refresh(child);
            }
        }
    }
}
