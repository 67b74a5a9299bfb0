package org.encompass.ui.internal.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.ui.internal.ChangeHandler;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.wizards.ImportMasterWizard;

/** Opens the import-master wizard. */
public final class ImportMasterHandler extends ChangeHandler {
    @Override
    protected void run(ExecutionEvent event) {
        ConsoleSession session = ConsolePlugin.getDefault().session();
        if (session.site() != null) {
            new WizardDialog(HandlerUtil.getActiveShell(event), new ImportMasterWizard(session, session.site())).open();
        }
    }
}
