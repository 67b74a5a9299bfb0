package org.encompass.ui.internal.conflicts;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.encompass.ui.internal.ConsolePlugin;

/** The Conflicts view: what discovery found contradicting the repository, to accept or overrule ({@link ConflictsTable}). */
public final class ConflictsView extends ViewPart {
    public static final String ID = "org.encompass.ui.conflictsView";

    private ConflictsTable table;

    @Override
    public void createPartControl(Composite parent) {
        table = new ConflictsTable(parent, ConsolePlugin.getDefault().session().view());
        getSite().setSelectionProvider(table.viewer());
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        table.viewer().getControl().setMenu(menu.createContextMenu(table.viewer().getControl()));
        getSite().registerContextMenu(menu, table.viewer());
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
