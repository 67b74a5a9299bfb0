package org.encompass.ui.internal.commands;

import org.eclipse.jface.wizard.IWizard;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.wizards.ServiceUpdateWizard;

/** Opens the Service Update wizard, on the selected master if one is selected. */
public final class ServiceUpdateHandler extends MasterWizardHandler {
    @Override
    IWizard wizard(ConsoleSession session, Site site, String master) {
        return new ServiceUpdateWizard(session, site, master);
    }
}
