package org.encompass.ui.internal.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.model.Master;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.wizards.ServiceUpdateWizard;

/** Opens the Service Update wizard, on the selected master if one is selected. */
public final class ServiceUpdateHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        ConsoleSession session = ConsolePlugin.getDefault().session();
        Site site = session.site();
        if (site == null) {
            return null;
        }
        List<Master> masters = Selections.masters(HandlerUtil.getCurrentSelection(event));
        String master = masters.size() == 1 ? masters.get(0).getName() : null;
        new WizardDialog(HandlerUtil.getActiveShell(event), new ServiceUpdateWizard(session.engine(), site, master)).open();
        return null;
    }
}
