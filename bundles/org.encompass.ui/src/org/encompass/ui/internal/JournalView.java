package org.encompass.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The Journal view: every operation of the repository, live and filterable ({@link JournalTable}). */
public final class JournalView extends ViewPart {
    public static final String ID = "org.encompass.ui.journalView";

    private JournalTable table;

    @Override
    public void createPartControl(Composite parent) {
        table = new JournalTable(parent, ConsolePlugin.getDefault().session().view());
        getSite().setSelectionProvider(table.viewer());
    }

    @Override
    public void setFocus() {
        table.filter().setFocus();
    }
}
