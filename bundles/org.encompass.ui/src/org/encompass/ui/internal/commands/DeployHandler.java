package org.encompass.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.wizards.DeployWizard;

/** Opens the deploy wizard, on the selected master if one is selected. */
public final class DeployHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        ConsoleSession session = ConsolePlugin.getDefault().session();
        Site site = session.site();
        if (site == null) {
            return null;
        }
        String master = Selections.singleMasterName(HandlerUtil.getCurrentSelection(event));
        new WizardDialog(HandlerUtil.getActiveShell(event), new DeployWizard(session.engine(), site, master)).open();
        return null;
    }
}
