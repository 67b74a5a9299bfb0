package org.encompass.ui.internal.properties;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;

/** Layout shared by the property sections. */
final class Sections {
    private Sections() {
    }

    static Composite body(TabbedPropertySheetWidgetFactory factory, Composite parent) {
        Composite body = factory.createComposite(parent);
        body.setLayout(new GridLayout(1, false));
        return body;
    }

    /** A composite for one table with a {@link TableColumnLayout}, {@code height} pixels tall. */
    static Composite tableHolder(Composite body, int height) {
        Composite holder = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, height).applyTo(holder);
        holder.setLayout(new TableColumnLayout());
        return holder;
    }
}
