package org.encompass.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.encompass.ui.internal.dnd.CloneDrop;
import org.encompass.ui.internal.dnd.CloneDropAdapter;
import org.encompass.ui.internal.dnd.SelectionDragListener;

/**
 * A navigator over the console's repository: a live {@link RepositoryTree} that is the selection
 * provider, with the lifecycle commands in its context menu (plugin.xml, {@code popup:<view id>}),
 * drag-and-drop of clones and masters onto machines, and tabbed sections in the Properties view.
 */
public abstract class NavigatorView extends ViewPart implements ITabbedPropertySheetPageContributor {
    public static final String PROPERTIES_CONTRIBUTOR = "org.encompass.ui.properties";

    private RepositoryTree tree;
    private CloneDropAdapter dropAdapter;

    protected abstract RepositoryTree createTree(Composite parent, ConsoleSession session);

    @Override
    public void createPartControl(Composite parent) {
        ConsoleSession session = ConsolePlugin.getDefault().session();
        tree = createTree(parent, session);
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
    public String getContributorId() {
        return PROPERTIES_CONTRIBUTOR;
    }

    /** The Properties view shows the tabbed sections declared in plugin.xml for the selected object. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new TabbedPropertySheetPage(this));
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void setFocus() {
        tree.viewer().getControl().setFocus();
    }
}
