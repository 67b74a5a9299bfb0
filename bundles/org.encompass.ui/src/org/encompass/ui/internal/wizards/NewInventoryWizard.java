package org.encompass.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.core.lifecycle.Operation;
import org.encompass.ui.internal.ConsoleOperations;
import org.encompass.core.EngineJobs;
import org.encompass.core.Quoted;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.core.drivers.DriverDescriptor;
import org.encompass.core.drivers.Drivers;
import org.encompass.ui.drivers.DriverConnectionPage;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * New Host, New Storage Device and New Chassis: a name and a driver kind, then the page that driver
 * contributes. Finish runs a Job that stores the credentials (if the page has any) in secure storage, then
 * asks the engine to add the host, device or chassis (the repository server's, when the console is connected to one:
 * credentials are then the server host's, and the wizard refuses to send any); when the engine refuses, its message is shown (for a
 * chassis on the wizard's page, which stays open) and the credentials just stored are removed again.
 */
public final class NewInventoryWizard extends Wizard {
    /** The longest refusal the page shows. */
    private static final int MAX_MESSAGE = 1000;
    private final ConsoleOperations operations;
    private final DriverPages.Type type;
    private final KindPage kindPage;
    private final ConnectionPage connectionPage;

    /** @param operations where the host, device or chassis is added: the console's engine, or its server */
    public NewInventoryWizard(ConsoleOperations operations, DriverPages.Type type) {
        this.operations = operations;
        this.type = type;
        setWindowTitle(title(type));
        List<? extends DriverDescriptor<?>> drivers = switch (type) {
            case HYPERVISOR -> Drivers.hypervisors().descriptors();
            case STORAGE -> Drivers.storage().descriptors();
            case CHASSIS -> Drivers.blades().descriptors();
        };
        List<String> kinds = drivers.stream().map(DriverDescriptor::kind).distinct().sorted().toList();
        kindPage = new KindPage(type, kinds);
        connectionPage = new ConnectionPage(type, kindPage);
        // A chassis is added while the wizard waits, showing the job's progress, so a slot that does not
        // answer or a wrong password is reported on the page, where the operator can correct it.
        setNeedsProgressMonitor(type == DriverPages.Type.CHASSIS);
    }

    static String title(DriverPages.Type type) {
        return switch (type) {
            case HYPERVISOR -> InventoryMessages.hostTitle;
            case STORAGE -> InventoryMessages.storageTitle;
            case CHASSIS -> InventoryMessages.chassisTitle;
        };
    }

    @Override
    public void addPages() {
        addPage(kindPage);
        addPage(connectionPage);
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
        String location = driverPage.location(name);
        String user = driverPage.user();
        char[] password = driverPage.password();
        String jobName = NLS.bind(switch (type) {
            case HYPERVISOR -> InventoryMessages.hostJob;
            case STORAGE -> InventoryMessages.storageJob;
            case CHASSIS -> InventoryMessages.chassisJob;
        }, name);
        if (type == DriverPages.Type.CHASSIS) {
            return addWhileWaiting(jobName, monitor -> add(name, kind, location, user, password, monitor));
        }
        OperationJobs.schedule(jobName, monitor -> add(name, kind, location, user, password, monitor));
        return true;
    }

    /**
     * Runs {@code work} as a job whose progress the wizard shows (its Cancel cancels the job) and waits for
     * it; a refusal stays on the connection page as its error message and the wizard stays open.
     */
    private boolean addWhileWaiting(String jobName, Consumer<IProgressMonitor> work) {
        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        AtomicReference<Job> scheduled = new AtomicReference<>();
        try {
            getContainer().run(true, true, wizardMonitor -> {
                Job job = new Job(jobName) {
                    @Override
                    protected IStatus run(IProgressMonitor monitor) {
                        try {
                            work.accept(wizardMonitor); // thread-safe: the wizard hands a forked runnable an accumulating monitor
                            return Status.OK_STATUS;
                        } catch (OperationCanceledException e) {
                            return Status.CANCEL_STATUS;
                        } catch (RuntimeException e) {
                            refused.set(e);
                            return Status.OK_STATUS; // reported on the page, not a second time by the job manager
                        }
                    }

                    @Override
                    public boolean belongsTo(Object family) {
                        return family == EngineJobs.FAMILY;
                    }
                };
                scheduled.set(job);
                job.schedule();
                while (!job.join(100, null)) {
                    if (wizardMonitor.isCanceled()) {
                        job.cancel();
                    }
                }
            });
        } catch (InvocationTargetException e) {
            refused.set(new IllegalStateException(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (refused.get() != null) {
            ILog.of(NewInventoryWizard.class).warn(jobName + ": " + refused.get().getMessage(), refused.get());
            connectionPage.setErrorMessage(Quoted.inline(String.valueOf(refused.get().getMessage()), MAX_MESSAGE));
            return false;
        }
        Job job = scheduled.get();
        return job != null && job.getResult() != null && job.getResult().isOK();
    }

    private void add(String name, String kind, String location, String user, char[] password, IProgressMonitor monitor) {
        if (operations.serverAddress() != null && user != null && password != null) {
            Arrays.fill(password, '\0');
            // the server's drivers connect, with the credentials of the server's host: none are sent
            throw new EncompassException(NLS.bind(InventoryMessages.credentialsOnServer, operations.serverAddress(), location));
        }
        CredentialStore store = CredentialStore.standard(System::getenv);
        boolean stored = false;
        try {
            // Before the engine connects: its connections look the credentials up by this location.
            if (user != null && password != null) {
                store.set(location, user, password);
                stored = true;
            }
            operations.addInventory(switch (type) {
                case HYPERVISOR -> Operation.ADD_HOST;
                case STORAGE -> Operation.ADD_STORAGE;
                case CHASSIS -> Operation.ADD_CHASSIS;
            }, name, kind, location, monitor);
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
