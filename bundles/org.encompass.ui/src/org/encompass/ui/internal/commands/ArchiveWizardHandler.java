package org.encompass.ui.internal.commands;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.model.Master;
import org.encompass.ui.internal.ChangeHandler;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.wizards.ExportArchiveWizard;
import org.encompass.ui.internal.wizards.ImportArchiveWizard;

/**
 * Opens the export wizard (plugin.xml: {@code ArchiveWizardHandler:export}; the selected masters come
 * checked) or the import wizard ({@code ArchiveWizardHandler:import}) for site archives.
 */
public final class ArchiveWizardHandler extends ChangeHandler implements IExecutableExtension {
    private boolean export;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        export = "export".equals(data);
    }

    @Override
    protected void run(ExecutionEvent event) {
        ConsoleSession session = ConsolePlugin.getDefault().session();
        if (session.site() == null) {
            return;
        }
        IWizard wizard;
        if (export) {
            List<String> selected = Selections.masters(HandlerUtil.getCurrentSelection(event)).stream().map(Master::getName).toList();
            wizard = new ExportArchiveWizard(session.engine(), session.site(), selected);
        } else {
            wizard = new ImportArchiveWizard(session, session.site());
        }
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
    }
}
