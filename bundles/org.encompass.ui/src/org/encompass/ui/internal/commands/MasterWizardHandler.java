package org.encompass.ui.internal.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.model.Site;
import org.encompass.ui.internal.ChangeHandler;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;

/** Opens a wizard on the console's repository, on the selected master if one is selected. */
abstract class MasterWizardHandler extends ChangeHandler {
    @Override
    protected final void run(ExecutionEvent event) {
        ConsoleSession session = ConsolePlugin.getDefault().session();
        Site site = session.site();
        if (site == null) {
            return;
        }
        String master = Selections.singleMasterName(HandlerUtil.getCurrentSelection(event));
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard(session, site, master)).open();
    }

    /** The wizard on {@code session}, with {@code master} (null: none selected) preselected. */
    abstract IWizard wizard(ConsoleSession session, Site site, String master);
}
