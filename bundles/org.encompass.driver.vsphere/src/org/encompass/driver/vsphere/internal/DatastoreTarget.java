package org.encompass.driver.vsphere.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;

import com.vmware.vim25.ManagedObjectReference;
import com.vmware.vim25.VirtualMachineCloneSpec;
import com.vmware.vim25.VirtualMachineConfigInfo;
import com.vmware.vim25.VirtualMachinePowerState;
import com.vmware.vim25.VirtualMachineRelocateSpec;
import com.vmware.vim25.mo.ComputeResource;
import com.vmware.vim25.mo.Datacenter;
import com.vmware.vim25.mo.Datastore;
import com.vmware.vim25.mo.Folder;
import com.vmware.vim25.mo.HostSystem;
import com.vmware.vim25.mo.InventoryNavigator;
import com.vmware.vim25.mo.ManagedEntity;
import com.vmware.vim25.mo.VirtualMachine;

/**
 * A session with one storage device's datastore, for one storage driver call: where images go
 * ({@code [datastore] NAME/NAME.vmdk}), disk copies, template clones and deletes.
 */
record DatastoreTarget(VSphereSession session, Datastore datastore, Datacenter datacenter, String datastoreName,
        DatastoreFiles files) implements AutoCloseable {

    String server() {
        return session.endpoint().server();
    }

    DatastorePath imagePath(String name) {
        return DatastorePath.of(datastoreName, name + "/" + name + ".vmdk");
    }

    void refuseExisting(DatastorePath disk) throws DriverException {
        if (files.exists(disk.parent())) {
            throw new DriverException("vSphere " + server() + ": " + disk.parent() + " already exists.");
        }
    }

    /** The file that holds a disk's data: its flat extent when there is one, else the file itself. */
    DatastorePath dataFile(ImageRef image) throws DriverException {
        if (TemplateImages.isTemplate(image.location())) {
            throw new DriverException("Template " + TemplateImages.name(image.location())
                    + " is not a single file; clone it to get a disk.");
        }
        DatastorePath disk = DatastorePath.parse(image.location());
        if (disk.path().endsWith(".vmdk")) {
            DatastorePath flat = DatastorePath.of(disk.datastore(),
                    disk.path().substring(0, disk.path().length() - ".vmdk".length()) + "-flat.vmdk");
            if (files.exists(flat)) {
                return flat;
            }
        }
        return disk;
    }

    ImageRef copyDisk(DatastorePath source, String name, IProgressMonitor monitor) throws DriverException {
        DatastorePath disk = imagePath(name);
        refuseExisting(disk);
        try {
            session.call("create " + disk.parent(), () -> {
                session.service().getFileManager().makeDirectory(disk.parent().toString(), datacenter, true);
                return null;
            });
            session.await("copy " + source + " to " + disk, () -> session.service().getVirtualDiskManager()
                    .copyVirtualDisk_Task(source.toString(), datacenter, disk.toString(), datacenter, null, false),
                    monitor);
            return new ImageRef(disk.toString(), ImageFormat.RAW);
        } catch (DriverException | OperationCanceledException e) {
            deleteQuietly(disk.parent());
            throw e;
        }
    }

    /**
     * Clones the template into a VM on this datastore, keeps its disk as the clone image and
     * unregisters the VM (its files stay). Nothing is left when it fails or is cancelled.
     */
    ImageRef cloneTemplate(String templateName, String name, IProgressMonitor monitor) throws DriverException {
        VirtualMachine template = session.template(templateName);
        refuseExisting(imagePath(name));
        VirtualMachineCloneSpec spec = session.call("prepare the clone of " + templateName, () -> {
            VirtualMachineRelocateSpec location = new VirtualMachineRelocateSpec();
            location.setDatastore(datastore.getMOR());
            HostSystem host = new HostSystem(session.service().getServerConnection(),
                    template.getRuntime().getHost());
            location.setPool(((ComputeResource) host.getParent()).getResourcePool().getMOR());
            VirtualMachineCloneSpec clone = new VirtualMachineCloneSpec();
            clone.setLocation(location);
            clone.setPowerOn(false);
            clone.setTemplate(false);
            return clone;
        });
        Folder folder = session.call("read " + templateName, () -> (Folder) template.getParent());
        VirtualMachine clone = null;
        try {
            ManagedObjectReference made = session.awaitReference("clone template " + templateName + " as " + name,
                    () -> template.cloneVM_Task(folder, name, spec), monitor);
            clone = new VirtualMachine(session.service().getServerConnection(), made);
            VirtualMachine cloned = clone;
            String disk = session.call("read clone " + name, () -> Machines.firstDiskPath(cloned.getConfig()));
            if (disk == null) {
                throw new DriverException("vSphere " + server() + ": template " + templateName + " has no disk.");
            }
            session.call("unregister the clone's VM " + name, () -> {
                cloned.unregisterVM();
                return null;
            });
            return new ImageRef(disk, ImageFormat.RAW);
        } catch (DriverException | OperationCanceledException e) {
            if (clone != null) {
                destroyQuietly(clone);
            }
            deleteQuietly(imagePath(name).parent());
            throw e;
        }
    }

    void destroyTemplate(String templateName) throws DriverException {
        ManagedEntity found = session.call("look up template " + templateName, () -> new InventoryNavigator(
                session.service().getRootFolder()).searchManagedEntity("VirtualMachine", templateName));
        if (found != null) {
            VirtualMachine template = session.template(templateName);
            session.await("delete template " + templateName, template::destroy_Task, null);
        }
    }

    /** A VM named {@code name} whose disk is in the image's directory: a template clone cut short. */
    void destroyLeftoverClone(String name) throws DriverException {
        ManagedEntity found = session.call("look up " + name, () -> new InventoryNavigator(
                session.service().getRootFolder()).searchManagedEntity("VirtualMachine", name));
        if (!(found instanceof VirtualMachine vm)) {
            return;
        }
        VirtualMachineConfigInfo config = session.call("read " + name, vm::getConfig);
        String disk = config == null ? null : Machines.firstDiskPath(config);
        boolean ours = disk != null && DatastorePath.parse(disk).parent().equals(imagePath(name).parent());
        boolean off = session.call("read " + name,
                () -> vm.getRuntime().getPowerState() == VirtualMachinePowerState.poweredOff);
        if (ours && off && !config.isTemplate()) {
            session.await("delete the leftover VM " + name, vm::destroy_Task, null);
        }
    }

    void deleteIfExists(DatastorePath directory) throws DriverException {
        if (files.exists(directory)) {
            session.await("delete " + directory, () -> session.service().getFileManager()
                    .deleteDatastoreFile_Task(directory.toString(), datacenter), null);
        }
    }

    void deleteQuietly(DatastorePath directory) {
        try {
            deleteIfExists(directory);
        } catch (DriverException | RuntimeException e) {
            // cleanup after a failure: the first error is the one reported
        }
    }

    private void destroyQuietly(VirtualMachine vm) {
        try {
            session.await("delete a partial clone", vm::destroy_Task, null);
        } catch (DriverException | RuntimeException e) {
            // cleanup after a failure: the first error is the one reported
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
