package org.encompass.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The console's workbench: one window on the Encompass perspective, menus and toolbar from plugin.xml. */
public class ConsoleWorkbenchAdvisor extends WorkbenchAdvisor {
    private EnablementUpdates enablementUpdates;
    private ConnectionDisplay connectionDisplay;

    @Override
    public String getInitialWindowPerspectiveId() {
        return ConsolePerspective.ID;
    }

    @Override
    public void postStartup() {
        enablementUpdates = EnablementUpdates.start(getWorkbenchConfigurer().getWorkbench(), ConsolePlugin.getDefault());
        connectionDisplay = ConnectionDisplay.start(getWorkbenchConfigurer().getWorkbench(), ConsolePlugin.getDefault());
    }

    @Override
    public boolean preShutdown() {
        if (enablementUpdates != null) {
            enablementUpdates.stop();
        }
        if (connectionDisplay != null) {
            connectionDisplay.stop();
        }
        return true;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                configurer.setInitialSize(new Point(1200, 800));
                configurer.setShowCoolBar(true);
                configurer.setShowStatusLine(true);
                configurer.setShowProgressIndicator(true);
                configurer.setShowPerspectiveBar(false);
                configurer.setTitle(ConnectionDisplay.title(ConsolePlugin.getDefault()));
            }
        };
    }
}
