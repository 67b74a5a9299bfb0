package org.encompass.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.encompass.core.query.FreeMachines;
import org.encompass.core.query.SiteLookup;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Site;
import org.encompass.ui.internal.Messages;

/** The machines to deploy on: the free ones that meet the chosen master's requirements. */
public final class DeployMachinesPage extends WizardPage {
    private final Site site;
    private final DeployMasterPage masterPage;
    private CheckboxTableViewer viewer;

    DeployMachinesPage(Site site, DeployMasterPage masterPage) {
        super("machines", Messages.deployMachinesTitle, null);
        setDescription(Messages.deployMachinesDescription);
        this.site = site;
        this.masterPage = masterPage;
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new FillLayout());
        viewer = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> NLS.bind(Messages.deployMachineRow,
                new Object[] { SiteLookup.qualifiedName((Machine) e), ((Machine) e).getCpus(), ((Machine) e).getMemoryMiB() })));
        viewer.addCheckStateListener(e -> setPageComplete(!machines().isEmpty()));
        setControl(body);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            viewer.setInput(candidates().toArray());
            setMessage(NLS.bind(Messages.deployMachinesFit, masterPage.master()));
        }
        super.setVisible(visible);
    }

    private List<Machine> candidates() {
        Master master = SiteLookup.findMaster(site, masterPage.master()).orElse(null);
        if (master == null) {
            return List.of();
        }
        return FreeMachines.of(site, master);
    }

    /** The checked machines as {@code host/vm}. */
    public List<String> machines() {
        List<String> names = new ArrayList<>();
        if (viewer != null) {
            for (Object checked : viewer.getCheckedElements()) {
                names.add(SiteLookup.qualifiedName((Machine) checked));
            }
        }
        return names;
    }
}
