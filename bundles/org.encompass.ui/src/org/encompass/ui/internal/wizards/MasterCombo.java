package org.encompass.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.encompass.model.Master;
import org.encompass.model.Site;

/** The wizards' choice of a master: the site's masters that still have an image, {@code initial} chosen if given. */
final class MasterCombo {
    private MasterCombo() {
    }

    static Combo create(Composite parent, Site site, String initial) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        for (Master m : site.getMasters()) {
            if (m.getLocation() != null) { // a retired master has no image to clone
                combo.add(m.getName());
            }
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        if (combo.getItemCount() > 0) {
            combo.select(initial == null ? 0 : Math.max(0, combo.indexOf(initial)));
        }
        return combo;
    }
}
