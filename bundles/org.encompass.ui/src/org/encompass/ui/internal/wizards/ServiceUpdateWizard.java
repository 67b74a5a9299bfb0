package org.encompass.ui.internal.wizards;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.commands.OperationJobs;
import org.encompass.ui.internal.updates.ServiceUpdateView;
import org.encompass.ui.internal.updates.UpdateMessages;

/**
 * Starts a service update (the engine's update start, or the server's when connected to one, in a Job) and opens the Service Update view, where the
 * operator captures the new master and drives the rollout.
 */
public final class ServiceUpdateWizard extends Wizard {
    private final ConsoleSession session;
    private final UpdateStartPage startPage;

    public ServiceUpdateWizard(ConsoleSession session, Site site, String master) {
        this.session = session;
        this.startPage = new UpdateStartPage(site, master);
        setWindowTitle(UpdateMessages.wizardTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(startPage);
    }

    @Override
    public boolean performFinish() {
        String master = startPage.master();
        String machine = startPage.machine();
        var variables = startPage.variables();
        OperationJobs.schedule(NLS.bind(UpdateMessages.startJob, master, machine == null ? UpdateMessages.startUnassigned : machine),
                monitor -> session.updateStart(master, machine, variables, monitor));
        ServiceUpdateView.show();
        return true;
    }
}
