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
import org.encompass.core.credentials.CredentialStore;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.core.spi.StorageDriver;

import com.vmware.vim25.mo.Datastore;

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

    /**
     * The registered driver: credentials from the installation's secure storage, stored for the device's
     * location or, when there are none, for the location without its query (the host's SDK URL).
     */
    public VSphereDatastoreDriver() {
        this(VSphereDatastoreDriver::storedCredentials);
    }

    private static Credentials storedCredentials(String location) {
        CredentialStore store = CredentialStore.standard(System::getenv);
        Credentials exact = store.lookup(location);
        int query = location.indexOf('?');
        return exact.isEmpty() && query > 0 ? store.lookup(location.substring(0, query)) : exact;
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
        try (DatastoreTarget target = open(device)) {
            boolean accessible = target.session().call("read datastore " + target.datastoreName(),
                    () -> target.datastore().getSummary().isAccessible());
            if (!accessible) {
                throw new DriverException("vSphere " + target.server() + ": datastore " + target.datastoreName()
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
        try (DatastoreTarget target = open(device)) {
            long size = target.session().call("read " + source, () -> Files.size(source));
            if (size == 0 || size % SECTOR != 0) {
                throw new DriverException("Cannot import " + source + ": its size (" + size
                        + " bytes) is not a positive multiple of 512.");
            }
            DatastorePath disk = target.imagePath(name);
            target.refuseExisting(disk);
            SubMonitor progress = SubMonitor.convert(monitor, "Uploading " + source + " to " + disk, 2);
            try {
                target.files().upload(source, DatastorePath.of(disk.datastore(), disk.directory() + "/" + name + "-flat.vmdk"),
                        progress.split(1));
                target.files().upload(VmdkDescriptor.flat(name + "-flat.vmdk", size / SECTOR).getBytes(StandardCharsets.UTF_8),
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
        try (DatastoreTarget target = open(device)) {
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
        try (DatastoreTarget target = open(device)) {
            return target.copyDisk(DatastorePath.parse(clone.location()), name, monitor);
        }
    }

    @Override
    public void deleteImage(StorageDeviceSpec device, ImageRef image) throws DriverException {
        try (DatastoreTarget target = open(device)) {
            if (TemplateImages.isTemplate(image.location())) {
                target.destroyTemplate(TemplateImages.name(image.location()));
                return;
            }
            DatastorePath disk = DatastorePath.parse(image.location());
            if (disk.directory().equals(disk.baseName())) {
                target.deleteIfExists(disk.parent()); // an image in its own directory: all of it
            } else if (target.files().exists(disk)) {
                target.session().await("delete " + disk, () -> target.session().service().getVirtualDiskManager()
                        .deleteVirtualDisk_Task(disk.toString(), target.datacenter()), null);
            }
        }
    }

    @Override
    public void deleteImageNamed(StorageDeviceSpec device, String name) throws DriverException {
        requireName(name);
        try (DatastoreTarget target = open(device)) {
            target.destroyLeftoverClone(name);
            target.deleteIfExists(target.imagePath(name).parent());
        }
    }

    @Override
    public String sha256(StorageDeviceSpec device, ImageRef image, IProgressMonitor monitor) throws DriverException {
        try (DatastoreTarget target = open(device)) {
            return target.files().sha256(target.dataFile(image), monitor);
        }
    }

    @Override
    public long virtualSize(StorageDeviceSpec device, ImageRef image) throws DriverException {
        try (DatastoreTarget target = open(device)) {
            DatastorePath data = target.dataFile(image);
            return target.files().size(data).orElseThrow(() -> new DriverException(
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

    private DatastoreTarget open(StorageDeviceSpec device) throws DriverException {
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
            return new DatastoreTarget(session, found.entity(), found.datacenter(),
                    session.call("read a datastore", () -> found.entity().getName()),
                    new DatastoreFiles(session, datacenterName));
        } catch (DriverException | RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
