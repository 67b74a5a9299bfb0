package org.encompass.driver.vsphere.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.core.spi.StorageDriver;

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
import com.vmware.vim25.mo.ManagedEntity;
import com.vmware.vim25.mo.VirtualMachine;

/**
 * Storage driver for a vSphere datastore (kind {@code vsphere-datastore}). The device's location is
 * the endpoint URI with the datastore: {@code vsphere://vcenter/sdk?datastore=NAME[&datacenter=DC]}.
 * <p>
 * Images are vSphere disks named by datastore path ({@code [datastore] NAME/NAME.vmdk}, one directory
 * per image, which deleting the image removes), or VM templates as masters ({@code template:NAME}).
 * The one clone method is {@link CloneMethod#VOLUME_COPY}: from a template, CloneVM_Task makes a VM
 * whose disk becomes the clone image (the VM is then unregistered: the machine that boots the image
 * is chosen at attach); from a disk, VirtualDiskManager.CopyVirtualDisk_Task copies it. The format
 * recorded for vmdk disks is {@link ImageFormat#RAW} (flat extents); imports take raw files only.
 * Clones are full copies: their image references name no backing image.
 * <p>
 * The storage SPI passes no credentials, so this driver asks its {@link Function credentials source}
 * for the device's location; the default source has none, which ends in a clear error.
 */
public final class VSphereDatastoreDriver implements StorageDriver {
    private static final Pattern IMAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final int SECTOR = 512;

    private final Function<String, Credentials> credentials;

    public VSphereDatastoreDriver() {
        this(location -> Credentials.NONE);
    }

    /** A driver that logs in with what {@code credentials} gives for a device's location. */
    public VSphereDatastoreDriver(Function<String, Credentials> credentials) {
        this.credentials = credentials;
    }

    @Override
    public Set<CloneMethod> supportedMethods(StorageDeviceSpec device) {
        return EnumSet.of(CloneMethod.VOLUME_COPY);
    }

    @Override
    public void validate(StorageDeviceSpec device) throws DriverException {
        try (Target target = open(device)) {
            boolean accessible = target.session.call("read datastore " + target.datastoreName,
                    () -> target.datastore.getSummary().isAccessible());
            if (!accessible) {
                throw new DriverException("vSphere " + target.server() + ": datastore " + target.datastoreName
                        + " is not accessible.");
            }
        }
    }

    @Override
    public ImageRef importImage(StorageDeviceSpec device, Path source, ImageFormat format, String name,
            IProgressMonitor monitor) throws DriverException {
        requireName(name);
        if (format != ImageFormat.RAW) {
            throw new DriverException("A vSphere datastore takes raw images only (" + source + " is "
                    + format.qemuName() + "): convert it with qemu-img convert -O raw first.");
        }
        try (Target target = open(device)) {
            long size = target.session.call("read " + source, () -> Files.size(source));
            if (size == 0 || size % SECTOR != 0) {
                throw new DriverException("Cannot import " + source + ": its size (" + size
                        + " bytes) is not a positive multiple of 512.");
            }
            DatastorePath disk = target.imagePath(name);
            target.refuseExisting(disk);
            SubMonitor progress = SubMonitor.convert(monitor, "Uploading " + source + " to " + disk, 2);
            try {
                target.files.upload(source, DatastorePath.of(disk.datastore(), disk.directory() + "/" + name + "-flat.vmdk"),
                        progress.split(1));
                target.files.upload(VmdkDescriptor.flat(name + "-flat.vmdk", size / SECTOR).getBytes(StandardCharsets.UTF_8),
                        disk);
                progress.split(1);
                return new ImageRef(disk.toString(), ImageFormat.RAW);
            } catch (DriverException | OperationCanceledException e) {
                target.deleteQuietly(disk.parent());
                throw e;
            }
        }
    }

    @Override
    public ImageRef cloneImage(StorageDeviceSpec device, ImageRef source, String name, CloneMethod method,
            IProgressMonitor monitor) throws DriverException {
        requireName(name);
        if (method != CloneMethod.VOLUME_COPY) {
            throw new DriverException("A vSphere datastore clones with VOLUME_COPY only, not " + method + ".");
        }
        try (Target target = open(device)) {
            if (TemplateImages.isTemplate(source.location())) {
                return target.cloneTemplate(TemplateImages.name(source.location()), name, monitor);
            }
            return target.copyDisk(DatastorePath.parse(source.location()), name, monitor);
        }
    }

    @Override
    public ImageRef captureImage(StorageDeviceSpec device, ImageRef clone, String name, IProgressMonitor monitor)
            throws DriverException {
        requireName(name);
        try (Target target = open(device)) {
            return target.copyDisk(DatastorePath.parse(clone.location()), name, monitor);
        }
    }

    @Override
    public void deleteImage(StorageDeviceSpec device, ImageRef image) throws DriverException {
        try (Target target = open(device)) {
            if (TemplateImages.isTemplate(image.location())) {
                target.destroyTemplate(TemplateImages.name(image.location()));
                return;
            }
            DatastorePath disk = DatastorePath.parse(image.location());
            if (disk.directory().equals(disk.baseName())) {
                target.deleteIfExists(disk.parent()); // an image in its own directory: all of it
            } else if (target.files.exists(disk)) {
                target.session.await("delete " + disk, () -> target.session.service().getVirtualDiskManager()
                        .deleteVirtualDisk_Task(disk.toString(), target.datacenter), null);
            }
        }
    }

    @Override
    public void deleteImageNamed(StorageDeviceSpec device, String name) throws DriverException {
        requireName(name);
        try (Target target = open(device)) {
            target.destroyLeftoverClone(name);
            target.deleteIfExists(target.imagePath(name).parent());
        }
    }

    @Override
    public String sha256(StorageDeviceSpec device, ImageRef image, IProgressMonitor monitor) throws DriverException {
        try (Target target = open(device)) {
            return target.files.sha256(target.dataFile(image), monitor);
        }
    }

    @Override
    public long virtualSize(StorageDeviceSpec device, ImageRef image) throws DriverException {
        try (Target target = open(device)) {
            DatastorePath data = target.dataFile(image);
            return target.files.size(data).orElseThrow(() -> new DriverException(
                    "vSphere " + target.server() + " has no file " + data + "."));
        }
    }

    /** Datastore images are not local files: customization cannot edit them in place. */
    @Override
    public Path localRawFile(StorageDeviceSpec device, ImageRef image) {
        return null;
    }

    private static void requireName(String name) throws DriverException {
        if (name == null || !IMAGE_NAME.matcher(name).matches()) {
            throw new DriverException("Not a usable image name on a vSphere datastore: " + name
                    + " (letters, digits, '.', '_' and '-', at most 80).");
        }
    }

    private Target open(StorageDeviceSpec device) throws DriverException {
        VSphereEndpoint endpoint = VSphereEndpoint.parse(device.location());
        Credentials login = credentials.apply(device.location());
        VSphereSession session;
        try {
            session = VSphereSession.open(endpoint, login == null ? Credentials.NONE : login);
        } finally {
            if (login != null) {
                login.wipe();
            }
        }
        try {
            VSphereSession.Located<Datastore> found = session.datastore(endpoint.parameter("datastore"),
                    endpoint.parameter("datacenter"));
            String datacenterName = session.call("read a datacenter", () -> found.datacenter().getName());
            return new Target(session, found.entity(), found.datacenter(),
                    session.call("read a datastore", () -> found.entity().getName()),
                    new DatastoreFiles(session, datacenterName));
        } catch (DriverException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** A session with the device's datastore, for one call. */
    private record Target(VSphereSession session, Datastore datastore, Datacenter datacenter, String datastoreName,
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
            ManagedEntity found = session.call("look up template " + templateName, () -> new com.vmware.vim25.mo.InventoryNavigator(
                    session.service().getRootFolder()).searchManagedEntity("VirtualMachine", templateName));
            if (found != null) {
                VirtualMachine template = session.template(templateName);
                session.await("delete template " + templateName, template::destroy_Task, null);
            }
        }

        /** A VM named {@code name} whose disk is in the image's directory: a template clone cut short. */
        void destroyLeftoverClone(String name) throws DriverException {
            ManagedEntity found = session.call("look up " + name, () -> new com.vmware.vim25.mo.InventoryNavigator(
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
}
