package org.encompass.ui.internal;

import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The console's workbench: one window on the Encompass perspective. */
final class ConsoleWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public String getInitialWindowPerspectiveId() {
        return ConsolePerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new WorkbenchWindowAdvisor(configurer) {
            @Override
            public void preWindowOpen() {
                configurer.setInitialSize(new org.eclipse.swt.graphics.Point(1200, 800));
                configurer.setShowStatusLine(true);
                configurer.setTitle(org.eclipse.osgi.util.NLS.bind(Messages.windowTitle, ConsolePlugin.getDefault().session().describe()));
            }
        };
    }
}
