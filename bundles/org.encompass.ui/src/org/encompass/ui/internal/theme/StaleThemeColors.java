package org.encompass.ui.internal.theme;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.internal.views.properties.tabbed.view.TabbedPropertyList;

/**
 * Widgets that keep colours they computed themselves, so a theme switch at run time would leave them in the
 * old theme; one walk over every shell after the switch makes them take the new CSS colours:
 * <ul>
 * <li>the tabbed property sheet's tab labels keep the text colour they were built with (the old theme's
 * text on the new background, unreadable); the CSS theme sets the list's colour, and the labels are told to
 * take it (platform internal: the tabbed sheet has no API for it);</li>
 * <li>a part stack's CTabFolder paints its tab-row tool bars (minimize, maximize) on an image of the tab row
 * that it renders only when its own background is set, and a switch can change only the tab renderer's
 * colours; setting the background again makes it render them anew.</li>
 * </ul>
 */
@SuppressWarnings("restriction") // the property sheet's tab list and the CSS engine have no API for this
final class StaleThemeColors {
    private StaleThemeColors() {
    }

    static void refresh(Display display) {
        for (Shell shell : display.getShells()) {
            refresh(shell);
        }
    }

    private static void refresh(Control control) {
        if (control instanceof TabbedPropertyList.ListElement label) {
            label.setDefaultTextColor();
        } else if (control instanceof CTabFolder folder) {
            folder.setBackground(folder.getBackground());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                refresh(child);
            }
        }
    }
}
