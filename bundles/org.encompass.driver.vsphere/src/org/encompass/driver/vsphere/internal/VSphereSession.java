package org.encompass.driver.vsphere.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;

import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.TaskInfo;
import com.vmware.vim25.TaskInfoState;
import com.vmware.vim25.mo.Datacenter;
import com.vmware.vim25.mo.Datastore;
import com.vmware.vim25.mo.InventoryNavigator;
import com.vmware.vim25.mo.ManagedEntity;
import com.vmware.vim25.mo.ServiceInstance;
import com.vmware.vim25.mo.Task;
import com.vmware.vim25.mo.VirtualMachine;

/**
 * One logged-in session with a vCenter or ESXi SDK, through yavijava. Every remote call goes through
 * {@link #call} so that failures become {@link DriverException}s naming the server and the reason.
 * The password is handed to yavijava's login only and kept nowhere.
 */
final class VSphereSession implements AutoCloseable {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    static final Duration READ_TIMEOUT = Duration.ofMinutes(5);
    private static final long TASK_POLL_MILLIS = 200;

    /** A remote call; yavijava throws checked RemoteExceptions and unchecked ones from property reads. */
    interface Call<T> {
        T run() throws Exception;
    }

    private final VSphereEndpoint endpoint;
    private final ServiceInstance service;

    private VSphereSession(VSphereEndpoint endpoint, ServiceInstance service) {
        this.endpoint = endpoint;
        this.service = service;
    }

    static VSphereSession open(VSphereEndpoint endpoint, Credentials credentials) throws DriverException {
        if (credentials == null || credentials.isEmpty()) {
            throw new DriverException("vSphere " + endpoint.server()
                    + ": cannot log in: no user name and password are set for this endpoint.");
        }
        YavijavaLogging.quiet();
        try {
            ServiceInstance service = new ServiceInstance(endpoint.sdkUrl(), credentials.user(),
                    new String(credentials.password()), endpoint.ignoreCert(), (int) CONNECT_TIMEOUT.toMillis(),
                    (int) READ_TIMEOUT.toMillis());
            return new VSphereSession(endpoint, service);
        } catch (Exception | LinkageError e) {
            throw VSphereFaults.failure(endpoint, "log in as " + credentials.user(), e);
        }
    }

    VSphereEndpoint endpoint() {
        return endpoint;
    }

    ServiceInstance service() {
        return service;
    }

    <T> T call(String action, Call<T> call) throws DriverException {
        try {
            return call.run();
        } catch (DriverException e) {
            throw e;
        } catch (Exception e) {
            throw VSphereFaults.failure(endpoint, action, e);
        }
    }

    /** Every entity of {@code type} (VirtualMachine, HostSystem, Datacenter...) below {@code root}. */
    List<ManagedEntity> all(ManagedEntity root, String type) throws DriverException {
        return call("list " + type + " objects", () -> {
            ManagedEntity[] found = new InventoryNavigator(root).searchManagedEntities(type);
            List<ManagedEntity> result = new ArrayList<>();
            if (found != null) {
                for (ManagedEntity entity : found) {
                    result.add(entity);
                }
            }
            return result;
        });
    }

    List<Datacenter> datacenters() throws DriverException {
        List<Datacenter> result = new ArrayList<>();
        for (ManagedEntity entity : all(service.getRootFolder(), "Datacenter")) {
            result.add((Datacenter) entity);
        }
        return result;
    }

    /** The virtual machine or template named {@code name}, or a DriverException saying there is none. */
    VirtualMachine vm(String name) throws DriverException {
        if (name == null || name.isBlank()) {
            throw new DriverException("vSphere " + endpoint.server() + ": no machine name given.");
        }
        ManagedEntity found = call("look up machine " + name,
                () -> new InventoryNavigator(service.getRootFolder()).searchManagedEntity("VirtualMachine", name));
        if (found == null) {
            throw new DriverException("vSphere " + endpoint.server() + " has no virtual machine named " + name + ".");
        }
        return (VirtualMachine) found;
    }

    /** A machine that is not a template (templates cannot be attached or powered on). */
    VirtualMachine machine(String name) throws DriverException {
        VirtualMachine vm = vm(name);
        if (call("read " + name, () -> vm.getConfig().isTemplate())) {
            throw new DriverException("vSphere " + endpoint.server() + ": " + name
                    + " is a template, not a machine that can boot.");
        }
        return vm;
    }

    VirtualMachine template(String name) throws DriverException {
        VirtualMachine vm = vm(name);
        if (!call("read " + name, () -> vm.getConfig().isTemplate())) {
            throw new DriverException("vSphere " + endpoint.server() + ": " + name + " is not a template.");
        }
        return vm;
    }

    /**
     * The datastore named {@code name} and its datacenter: in {@code datacenterName} when given,
     * else in the first datacenter that has it.
     */
    Located<Datastore> datastore(String name, String datacenterName) throws DriverException {
        if (name == null || name.isBlank()) {
            throw new DriverException("vSphere " + endpoint.server()
                    + ": no datastore given (add ?datastore=NAME to the storage device's location).");
        }
        for (Datacenter datacenter : datacenters()) {
            if (datacenterName != null && !datacenterName.equals(call("read a datacenter", datacenter::getName))) {
                continue;
            }
            for (Datastore datastore : call("list datastores", datacenter::getDatastores)) {
                if (name.equals(call("read a datastore", datastore::getName))) {
                    return new Located<>(datastore, datacenter);
                }
            }
        }
        throw new DriverException("vSphere " + endpoint.server() + " has no datastore named " + name
                + (datacenterName == null ? "" : " in datacenter " + datacenterName) + ".");
    }

    /** An entity and the datacenter it is in. */
    record Located<T>(T entity, Datacenter datacenter) {
    }

    /**
     * Waits for a task, polling so that cancellation and a vanished server are noticed. Returns
     * the task's result; throws with the task's fault when it failed.
     */
    Object await(String action, Task task, IProgressMonitor monitor) throws DriverException {
        while (true) {
            TaskInfo info = call(action, task::getTaskInfo);
            TaskInfoState state = info.getState();
            if (state == TaskInfoState.success) {
                return info.getResult();
            }
            if (state == TaskInfoState.error) {
                throw new DriverException("vSphere " + endpoint.server() + ": cannot " + action + ": "
                        + VSphereFaults.faultText(info.getError()) + ".");
            }
            if (monitor != null && monitor.isCanceled()) {
                try {
                    task.cancelTask();
                } catch (Exception e) {
                    // the task may have ended meanwhile or not be cancellable; the caller cleans up
                }
                throw new OperationCanceledException();
            }
            sleep(TASK_POLL_MILLIS);
        }
    }

    Object await(String action, Call<Task> start, IProgressMonitor monitor) throws DriverException {
        return await(action, call(action, start), monitor);
    }

    ManagedObjectReference awaitReference(String action, Call<Task> start, IProgressMonitor monitor)
            throws DriverException {
        return (ManagedObjectReference) await(action, start, monitor);
    }

    static void sleep(long millis) throws DriverException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriverException("Interrupted while waiting for vSphere.", e);
        }
    }

    /** The session cookie, for the datastore file transfer URLs of the same server. */
    String cookie() {
        return service.getServerConnection().getVimService().getWsc().getCookie();
    }

    @Override
    public void close() {
        try {
            service.getServerConnection().logout();
        } catch (RuntimeException e) {
            // the server may be gone: the session ends with it
        }
    }
}
