package org.encompass.ui.internal.theme;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * A part stack's CTabFolder paints the tool bars of its tab row (minimize, maximize) on an image of the tab
 * row that it renders itself, and renders that image again only when its own background is set. A theme
 * switch can change only the tab renderer's colours, so those buttons kept the old theme's colours until the
 * next start. Setting each folder's background again makes it render them with the new ones.
 */
final class TabRowBackgrounds {
    private TabRowBackgrounds() {
    }

    static void refresh(Display display) {
        for (Shell shell : display.getShells()) {
            refresh(shell);
        }
    }

    private static void refresh(Control control) {
        if (control instanceof CTabFolder folder) {
            folder.setBackground(folder.getBackground());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                refresh(child);
            }
        }
    }
}
