package org.encompass.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;

/** Opens a wizard on the console's repository, on the selected master if one is selected. */
abstract class MasterWizardHandler extends AbstractHandler {
    @Override
    public final Object execute(ExecutionEvent event) {
        ConsoleSession session = ConsolePlugin.getDefault().session();
        Site site = session.site();
        if (site == null) {
            return null;
        }
        String master = Selections.singleMasterName(HandlerUtil.getCurrentSelection(event));
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard(session, site, master)).open();
        return null;
    }

    /** The wizard on {@code session}, with {@code master} (null: none selected) preselected. */
    abstract IWizard wizard(ConsoleSession session, Site site, String master);
}
