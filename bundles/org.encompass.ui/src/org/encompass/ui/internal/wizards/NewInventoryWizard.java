package org.encompass.ui.internal.wizards;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.Engine;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.core.drivers.DriverDescriptor;
import org.encompass.core.drivers.Drivers;
import org.encompass.ui.drivers.DriverConnectionPage;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * New Host and New Storage Device: a name and a driver kind, then the page that driver contributes.
 * Finish runs a Job that stores the credentials (if the page has any) in secure storage, then asks
 * the engine to add the host or device; when the engine refuses, its message is shown and the
 * credentials just stored are removed again.
 */
public final class NewInventoryWizard extends Wizard {
    private final Engine engine;
    private final DriverPages.Type type;
    private final KindPage kindPage;
    private final ConnectionPage connectionPage;

    public NewInventoryWizard(Engine engine, DriverPages.Type type) {
        this.engine = engine;
        this.type = type;
        boolean host = type == DriverPages.Type.HYPERVISOR;
        setWindowTitle(host ? InventoryMessages.hostTitle : InventoryMessages.storageTitle);
        List<String> kinds = (host ? Drivers.hypervisors().descriptors() : Drivers.storage().descriptors()).stream()
                .map(DriverDescriptor::kind).distinct().sorted().toList();
        kindPage = new KindPage(type, kinds);
        connectionPage = new ConnectionPage(type, kindPage);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(kindPage);
        addPage(connectionPage);
    }

    public ConnectionPage connectionPage() {
        return connectionPage;
    }

    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == connectionPage && connectionPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        String name = kindPage.name();
        String kind = kindPage.kind();
        DriverConnectionPage driverPage = connectionPage.driverPage();
        String location = driverPage.location();
        String user = driverPage.user();
        char[] password = driverPage.password();
        boolean host = type == DriverPages.Type.HYPERVISOR;
        String jobName = NLS.bind(host ? InventoryMessages.hostJob : InventoryMessages.storageJob, name);
        OperationJobs.schedule(jobName, monitor -> add(name, kind, location, user, password, monitor));
        return true;
    }

    private void add(String name, String kind, String location, String user, char[] password, IProgressMonitor monitor) {
        CredentialStore store = CredentialStore.standard(System::getenv);
        boolean stored = false;
        try {
            // Before the engine connects: its connections look the credentials up by this location.
            if (user != null && password != null) {
                store.set(location, user, password);
                stored = true;
            }
            if (type == DriverPages.Type.HYPERVISOR) {
                engine.addHost(name, kind, location, monitor);
            } else {
                engine.addStorage(name, kind, location, null, monitor);
            }
        } catch (RuntimeException refused) {
            if (stored) {
                store.clear(location); // nothing was added, so nothing may keep them
            }
            throw refused;
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }
}
