package org.encompass.ui.internal.wizards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.DeployRequest;
import org.encompass.core.EncompassException;
import org.encompass.model.Site;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.Messages;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * Deploy a master onto machines (paper, section 3): master, clone method and "activate now" first,
 * then the machines (free ones that meet the master's requirements), then each machine's
 * customization data. Finish runs the deploy as a Job: the engine's, or the server's when connected to one.
 */
public final class DeployWizard extends Wizard {
    private final ConsoleSession session;
    private final DeployMasterPage masterPage;
    private final DeployMachinesPage machinesPage;
    private final DeployVariablesPage variablesPage;

    public DeployWizard(ConsoleSession session, Site site, String master) {
        this.session = session;
        setWindowTitle(Messages.deployTitle);
        masterPage = new DeployMasterPage(site, master);
        machinesPage = new DeployMachinesPage(site, masterPage);
        variablesPage = new DeployVariablesPage(machinesPage);
    }

    @Override
    public void addPages() {
        addPage(masterPage);
        addPage(machinesPage);
        addPage(variablesPage);
    }

    @Override
    public boolean canFinish() {
        return masterPage.isPageComplete() && machinesPage.isPageComplete();
    }

    /** What Finish deploys. */
    private DeployRequest request() {
        List<String> machines = machinesPage.machines();
        Map<String, Map<String, String>> variables = new LinkedHashMap<>();
        for (String machine : machines) {
            Map<String, String> values = variablesPage.variables(machine);
            if (!values.isEmpty()) {
                variables.put(machine, values);
            }
        }
        return new DeployRequest(masterPage.master(), machines, masterPage.method(), variables, masterPage.activate());
    }

    @Override
    public boolean performFinish() {
        DeployRequest request = request();
        OperationJobs.schedule(NLS.bind(Messages.deployJob, request.master(), String.join(", ", request.machines())), monitor -> {
            var result = session.deploy(request, monitor); // on the server when connected to one
            if (!result.succeeded()) {
                StringBuilder failures = new StringBuilder();
                result.outcomes().stream().filter(o -> !o.succeeded())
                        .forEach(o -> failures.append(o.machine()).append(": ").append(o.error()).append('\n'));
                throw new EncompassException(failures.toString().trim());
            }
        });
        return true;
    }
}
