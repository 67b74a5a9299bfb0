package org.encompass.ui.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * A Common Navigator over the console's repository: content, labels, drag and drop and the context
 * menu's insertion points come from plugin.xml ({@code org.eclipse.ui.navigator.*} for this view's id),
 * the lifecycle commands from {@code popup:<view id>} menu contributions; the Properties view shows
 * tabbed sections for the selected object.
 */
public abstract class NavigatorView extends CommonNavigator implements ITabbedPropertySheetPageContributor {
    public static final String PROPERTIES_CONTRIBUTOR = "org.encompass.ui.properties";
    /** Up to this many clones (or machines), a navigator opens down to them; beyond, they are read when opened. */
    protected static final int SMALL_SITE = 200;

    /** How many levels the tree opens when the view does. */
    protected abstract int initialLevels(ConsoleSession session);

    @Override
    protected CommonViewer createCommonViewerObject(Composite parent) {
        return NavigatorViewer.create(getViewSite().getId(), parent, session().view());
    }

    @Override
    protected Object getInitialInput() {
        return new RepositoryContent.Root(session().view());
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        viewer().expandToLevel(initialLevels(session()));
    }

    private static ConsoleSession session() {
        return ConsolePlugin.getDefault().session();
    }

    public NavigatorViewer viewer() {
        return (NavigatorViewer) getCommonViewer();
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
}
