package org.encompass.driver.storage.libvirt.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.driver.libvirt.LibvirtErrors;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;
import org.libvirt.StoragePool;
import org.libvirt.StorageVol;

/**
 * A device's libvirt storage pool, looked up and checked active. Volumes are named
 * {@code <image>.img} (raw) and {@code <image>.qcow2}; an {@link ImageRef}'s location is the volume's key
 * (its path, for dir pools).
 */
final class OpenPool {
    private final PoolLocation location;
    private final Connect connection;
    private final StoragePool pool;

    private OpenPool(PoolLocation location, Connect connection, StoragePool pool) {
        this.location = location;
        this.connection = connection;
        this.pool = pool;
    }

    /** Opens the device's pool; fails with the reason when the URI, the pool or its state is wrong. */
    static OpenPool of(StorageDeviceSpec device) throws DriverException {
        PoolLocation location = PoolLocation.of(device);
        Connect connection = PoolConnections.shared().connect(location.uri());
        StoragePool pool;
        try {
            pool = connection.storagePoolLookupByName(location.pool());
        } catch (LibvirtException e) {
            if (LibvirtErrors.isNoPool(e)) {
                throw new DriverException("There is no storage pool " + location.pool() + " on " + location.uri()
                        + "; pools there: " + poolNames(connection) + ".", e);
            }
            throw new DriverException("Cannot look up " + location.describe() + ": " + LibvirtErrors.message(e), e);
        }
        try {
            if (pool.isActive() != 1) {
                throw new DriverException("Storage " + location.describe() + " is not active; start it first "
                        + "(virsh -c " + location.uri() + " pool-start " + location.pool() + ").");
            }
        } catch (LibvirtException e) {
            throw failure("read the state of", location, e);
        }
        return new OpenPool(location, connection, pool);
    }

    private static String poolNames(Connect connection) {
        try {
            List<String> names = new ArrayList<>(Arrays.asList(connection.listStoragePools()));
            for (String inactive : connection.listDefinedStoragePools()) {
                names.add(inactive + " (inactive)");
            }
            return names.isEmpty() ? "none" : String.join(", ", names);
        } catch (LibvirtException e) {
            return "(cannot list them: " + LibvirtErrors.message(e) + ")";
        }
    }

    PoolLocation location() {
        return location;
    }

    Connect connection() {
        return connection;
    }

    StoragePool pool() {
        return pool;
    }

    /** The volume name for image {@code name} in {@code format}. */
    static String volumeName(String name, ImageFormat format) {
        return name + (format == ImageFormat.QCOW2 ? ".qcow2" : ".img");
    }

    /** The volume called {@code volumeName}, or null. */
    StorageVol findByName(String volumeName) throws DriverException {
        try {
            return pool.storageVolLookupByName(volumeName);
        } catch (LibvirtException e) {
            if (LibvirtErrors.isNoVolume(e)) {
                return null;
            }
            throw failure("look up volume " + volumeName + " in", location, e);
        }
    }

    /** The volume an image refers to, or null when it is gone; refuses volumes of other pools. */
    StorageVol find(ImageRef image) throws DriverException {
        StorageVol volume;
        try {
            volume = connection.storageVolLookupByKey(image.location());
        } catch (LibvirtException e) {
            if (LibvirtErrors.isNoVolume(e)) {
                return null;
            }
            throw failure("look up volume " + image.location() + " in", location, e);
        }
        try {
            String owner = volume.storagePoolLookupByVolume().getName();
            if (!owner.equals(location.pool())) {
                throw new DriverException("Volume " + image.location() + " is in pool " + owner + ", not in "
                        + location.describe() + ".");
            }
        } catch (LibvirtException e) {
            throw failure("find the pool of volume " + image.location() + " in", location, e);
        }
        return volume;
    }

    /** The volume an image refers to; fails when it is gone. */
    StorageVol existing(ImageRef image) throws DriverException {
        StorageVol volume = find(image);
        if (volume == null) {
            throw new DriverException("Volume " + image.location() + " does not exist in " + location.describe() + ".");
        }
        return volume;
    }

    VolumeXml.Description describe(StorageVol volume) throws DriverException {
        try {
            return VolumeXml.parse(volume.getXMLDesc(0));
        } catch (LibvirtException e) {
            throw failure("describe a volume of", location, e);
        }
    }

    /** Every volume in the pool, half-made ones included (as far as libvirt lists them). */
    List<VolumeXml.Description> volumes() throws DriverException {
        String[] names;
        try {
            names = pool.listVolumes();
        } catch (LibvirtException e) {
            throw failure("list the volumes of", location, e);
        }
        List<VolumeXml.Description> volumes = new ArrayList<>();
        for (String name : names) {
            StorageVol volume;
            try {
                volume = pool.storageVolLookupByName(name);
            } catch (LibvirtException e) {
                continue; // deleted meanwhile
            }
            try {
                volumes.add(VolumeXml.parse(volume.getXMLDesc(0)));
            } catch (LibvirtException e) {
                // still being built: libvirt may refuse to describe it yet, but it is there
                volumes.add(new VolumeXml.Description(name, keyOf(volume, name), null, null, 0, 0, null));
            }
        }
        return volumes;
    }

    private static String keyOf(StorageVol volume, String fallback) {
        try {
            return volume.getKey();
        } catch (LibvirtException e) {
            return fallback;
        }
    }

    /** Names of the volumes whose backing store is {@code path} (copy-on-write dependants). */
    List<String> dependantsOf(String path) throws DriverException {
        List<String> dependants = new ArrayList<>();
        for (VolumeXml.Description volume : volumes()) {
            if (path.equals(volume.backingPath())) {
                dependants.add(volume.name());
            }
        }
        return dependants;
    }

    static DriverException failure(String what, PoolLocation location, LibvirtException e) {
        return new DriverException("Cannot " + what + " " + location.describe() + ": " + LibvirtErrors.message(e), e);
    }
}
