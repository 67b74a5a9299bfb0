package org.encompass.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.encompass.ui.internal.dnd.CloneDrop;
import org.encompass.ui.internal.dnd.CloneDropAdapter;
import org.encompass.ui.internal.dnd.SelectionDragListener;

/**
 * The Repository view: the {@link RepositoryTree} over the console's repository, with the lifecycle
 * commands in its context menu (contributed in plugin.xml) and drag-and-drop of clones and masters
 * onto machines.
 */
public final class RepositoryView extends ViewPart {
    public static final String ID = "org.encompass.ui.repositoryView";

    private RepositoryTree tree;
    private CloneDropAdapter dropAdapter;

    @Override
    public void createPartControl(Composite parent) {
        ConsoleSession session = ConsolePlugin.getDefault().session();
        tree = new RepositoryTree(parent, session.view());
        getSite().setSelectionProvider(tree.viewer());

        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        tree.viewer().getControl().setMenu(menu.createContextMenu(tree.viewer().getControl()));
        getSite().registerContextMenu(menu, tree.viewer());

        dropAdapter = new CloneDropAdapter(tree.viewer(), new CloneDrop(session.engine(), ConsolePlugin.getDefault().commandStack()),
                getViewSite().getActionBars().getStatusLineManager());
        tree.viewer().addDragSupport(DND.DROP_MOVE | DND.DROP_COPY, CloneDropAdapter.TRANSFERS, new SelectionDragListener(tree.viewer()));
        tree.viewer().addDropSupport(CloneDropAdapter.operations(), CloneDropAdapter.TRANSFERS, dropAdapter);
    }

    public RepositoryTree tree() {
        return tree;
    }

    public CloneDropAdapter dropAdapter() {
        return dropAdapter;
    }

    @Override
    public void setFocus() {
        tree.viewer().getControl().setFocus();
    }
}
