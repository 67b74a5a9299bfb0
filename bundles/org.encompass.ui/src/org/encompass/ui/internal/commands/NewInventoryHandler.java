package org.encompass.ui.internal.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.ui.internal.ChangeHandler;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.wizards.DriverPages;
import org.encompass.ui.internal.wizards.NewInventoryWizard;

/** Opens New Host ({@code :hypervisor}) or New Storage Device ({@code :storage}). */
public final class NewInventoryHandler extends ChangeHandler implements IExecutableExtension {
    private DriverPages.Type type = DriverPages.Type.HYPERVISOR;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
        type = DriverPages.Type.valueOf(String.valueOf(data).toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    protected void run(ExecutionEvent event) {
        ConsoleSession session = ConsolePlugin.getDefault().session();
        if (session.site() != null) {
            new WizardDialog(HandlerUtil.getActiveShell(event), new NewInventoryWizard(session, type)).open();
        }
    }
}
