package org.encompass.ui.internal.commands;

import org.eclipse.jface.wizard.IWizard;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.wizards.DeployWizard;

/** Opens the deploy wizard, on the selected master if one is selected. */
public final class DeployHandler extends MasterWizardHandler {
    @Override
    IWizard wizard(ConsoleSession session, Site site, String master) {
        return new DeployWizard(session, site, master);
    }
}
