package org.encompass.driver.storage.libvirt.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.CopyProgress;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ExternalCommand;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.core.spi.StorageDriver;
import org.encompass.driver.libvirt.LibvirtErrors;
import org.libvirt.LibvirtException;
import org.libvirt.StorageVol;

/**
 * Storage driver over a libvirt storage pool (kind {@code libvirt-pool}), the SAN-like device: the
 * pool copies volumes itself. A device's location is {@code <libvirt URI>#<pool>}, for example
 * {@code qemu:///system#encompass} or {@code test:///default#default-pool} (see {@link PoolLocation}).
 * <ul>
 * <li>{@link CloneMethod#VOLUME_COPY}: {@code virStorageVolCreateXMLFrom}, as a reflink where the
 * pool's file system has them, else with an allocation of 0, so a dir pool skips the master's zero
 * blocks and the clone stays sparse;</li>
 * <li>{@link CloneMethod#COW}: a qcow2 volume whose {@code <backingStore>} is the master volume.</li>
 * </ul>
 * Volumes are named {@code <image>.img} (raw) or {@code <image>.qcow2} from the start (libvirt cannot
 * rename volumes); a failed or cancelled copy deletes its volume, and one a crash left behind is
 * listed by {@link #listImages}. libvirt calls cannot be interrupted: a cancelled copy runs to its end
 * and is deleted then. libvirt's test driver keeps volume metadata only: imports create the volume
 * without its bytes, and checksums and local files are refused there.
 */
public final class LibvirtPoolStorageDriver implements StorageDriver {
    /** VIR_STORAGE_VOL_CREATE_REFLINK (libvirt 1.2.13+): clone the file's extents instead of copying. */
    private static final int CREATE_REFLINK = 1 << 1;

    @Override
    public Set<CloneMethod> supportedMethods(StorageDeviceSpec device) throws DriverException {
        OpenPool.of(device);
        return EnumSet.of(CloneMethod.VOLUME_COPY, CloneMethod.COW);
    }

    @Override
    public void validate(StorageDeviceSpec device) throws DriverException {
        OpenPool.of(device);
    }

    @Override
    public ImageRef importImage(StorageDeviceSpec device, Path source, ImageFormat format, String name,
            IProgressMonitor monitor) throws DriverException {
        OpenPool pool = OpenPool.of(device);
        ImportSource image = ImportSource.check(source, format);
        String volumeName = OpenPool.volumeName(name, format);
        refuseTaken(pool, volumeName);
        checkCancelled(monitor);
        StorageVol volume = create(pool, VolumeXml.sparse(volumeName, image.virtualSize(), format));
        boolean complete = false;
        try {
            fill(pool, volume, image, new CopyProgress(monitor, "import " + volumeName, sizeOf(image.file())), monitor);
            complete = true;
            return new ImageRef(key(pool, volume), format);
        } finally {
            if (!complete) {
                deleteQuietly(volume);
            }
        }
    }

    /** Writes the image's bytes into the new volume: sparse local copy, or a libvirt stream when remote. */
    private static void fill(OpenPool pool, StorageVol volume, ImportSource image, CopyProgress progress,
            IProgressMonitor monitor) throws DriverException {
        if (pool.location().metadataOnly()) {
            progress.done(); // the test driver stores no bytes; the volume has the right size and format
            return;
        }
        Path target = localFile(pool, volume);
        if (target == null) {
            VolumeStreams.upload(pool.connection(), volume, image.file(), progress, monitor);
            progress.done();
            return;
        }
        // cp keeps the volume's inode (owner, mode, the pool's labels) and writes no zero blocks
        long size = sizeOf(image.file());
        new ExternalCommand(Duration.ofMinutes(10 + (size >> 30)), "cp", "--sparse=always", "--",
                image.file().toString(), target.toString())
                .whileRunning(() -> progress.update(sizeOrZero(target)))
                .run(monitor);
        progress.done();
    }

    @Override
    public ImageRef cloneImage(StorageDeviceSpec device, ImageRef source, String name, CloneMethod method,
            IProgressMonitor monitor) throws DriverException {
        if (method == null) {
            throw new DriverException("No clone method given.");
        }
        OpenPool pool = OpenPool.of(device);
        StorageVol master = pool.existing(source);
        VolumeXml.Description described = pool.describe(master);
        return switch (method) {
            case VOLUME_COPY -> new ImageRef(copy(pool, master, described, name, source.format(), true, monitor),
                    source.format(), source.backing());
            case COW -> new ImageRef(overlay(pool, described, name, source.format(), monitor), ImageFormat.QCOW2,
                    source.location());
            default -> throw new DriverException("Storage " + pool.location().describe() + " cannot clone with "
                    + method + "; a libvirt pool offers VOLUME_COPY and COW.");
        };
    }

    /** A storage-native copy of {@code source} as volume {@code name} in {@code format}; returns its key. */
    private static String copy(OpenPool pool, StorageVol source, VolumeXml.Description described, String name,
            ImageFormat format, boolean reflink, IProgressMonitor monitor) throws DriverException {
        String volumeName = OpenPool.volumeName(name, format);
        refuseTaken(pool, volumeName);
        String xml = VolumeXml.sparse(volumeName, described.capacity(), format);
        // Progress: the copy's allocation grows towards the source's (zero blocks are skipped on both).
        CopyProgress progress = new CopyProgress(monitor, volumeName, described.allocation());
        StorageVol made = new WatchedCall<>("copy volume " + described.name() + " to " + volumeName + " in "
                + pool.location().describe(), () -> copyVolume(pool, xml, source, reflink))
                .progressFrom(() -> allocationOf(pool, volumeName))
                .undoneBy(LibvirtPoolStorageDriver::deleteQuietly)
                .run(progress, monitor);
        return key(pool, made);
    }

    /**
     * Asks the pool for a reflink first (instant, blocks shared until written, where the pool's file
     * system has them: XFS with reflink=1, btrfs); libvirt refuses it elsewhere without leaving a
     * volume, and then makes a sparse copy.
     */
    private static StorageVol copyVolume(OpenPool pool, String xml, StorageVol source, boolean reflink)
            throws LibvirtException {
        if (!reflink) {
            return pool.pool().storageVolCreateXMLFrom(xml, source, 0);
        }
        try {
            return pool.pool().storageVolCreateXMLFrom(xml, source, CREATE_REFLINK);
        } catch (LibvirtException noReflink) {
            return pool.pool().storageVolCreateXMLFrom(xml, source, 0);
        }
    }

    /** A qcow2 volume backed by the master volume; returns its key. */
    private static String overlay(OpenPool pool, VolumeXml.Description master, String name, ImageFormat masterFormat,
            IProgressMonitor monitor) throws DriverException {
        if (master.path() == null) {
            throw new DriverException("Volume " + master.name() + " in " + pool.location().describe()
                    + " has no path to serve as a backing store.");
        }
        String volumeName = OpenPool.volumeName(name, ImageFormat.QCOW2);
        refuseTaken(pool, volumeName);
        String xml = VolumeXml.overlay(volumeName, master.capacity(), master.path(), masterFormat);
        StorageVol made = new WatchedCall<>("create copy-on-write volume " + volumeName + " over " + master.name()
                + " in " + pool.location().describe(), () -> pool.pool().storageVolCreateXML(xml, 0))
                .undoneBy(LibvirtPoolStorageDriver::deleteQuietly)
                .run(new CopyProgress(monitor, volumeName, 0), monitor);
        return key(pool, made);
    }

    /**
     * A storage-native copy of the clone's volume. For a qcow2 clone libvirt runs {@code qemu-img
     * convert}, which reads through the backing chain, so the new master stands alone.
     */
    @Override
    public ImageRef captureImage(StorageDeviceSpec device, ImageRef clone, String name, IProgressMonitor monitor)
            throws DriverException {
        OpenPool pool = OpenPool.of(device);
        StorageVol source = pool.existing(clone);
        // no reflink: a reflinked qcow2 would keep its backing file; a copy through qemu-img flattens it
        String key = copy(pool, source, pool.describe(source), name, clone.format(), false, monitor);
        ImageRef captured = new ImageRef(key, clone.format());
        StorageVol made = pool.existing(captured);
        String backing = pool.describe(made).backingPath();
        if (backing != null) {
            deleteQuietly(made);
            throw new DriverException("The capture of " + clone.location() + " still depends on " + backing
                    + "; it was deleted.");
        }
        return captured;
    }

    @Override
    public void deleteImage(StorageDeviceSpec device, ImageRef image) throws DriverException {
        OpenPool pool = OpenPool.of(device);
        StorageVol volume = pool.find(image);
        if (volume != null) {
            delete(pool, volume);
        }
    }

    @Override
    public void deleteImageNamed(StorageDeviceSpec device, String name) throws DriverException {
        OpenPool pool = OpenPool.of(device);
        for (ImageFormat format : ImageFormat.values()) {
            StorageVol volume = pool.findByName(OpenPool.volumeName(name, format));
            if (volume != null) {
                delete(pool, volume);
            }
        }
    }

    /** Deletes a volume unless copy-on-write volumes still read from it. */
    private static void delete(OpenPool pool, StorageVol volume) throws DriverException {
        VolumeXml.Description described = pool.describe(volume);
        if (described.path() != null) {
            List<String> dependants = pool.dependantsOf(described.path());
            if (!dependants.isEmpty()) {
                throw new DriverException("Cannot delete volume " + described.name() + " in "
                        + pool.location().describe() + ": copy-on-write volumes still depend on it: "
                        + String.join(", ", dependants) + ".");
            }
        }
        try {
            volume.delete(0);
        } catch (LibvirtException e) {
            if (!LibvirtErrors.isNoVolume(e)) {
                throw OpenPool.failure("delete volume " + described.name() + " in", pool.location(), e);
            }
        }
    }

    @Override
    public String sha256(StorageDeviceSpec device, ImageRef image, IProgressMonitor monitor) throws DriverException {
        OpenPool pool = OpenPool.of(device);
        StorageVol volume = pool.existing(image);
        if (pool.location().metadataOnly()) {
            throw new DriverException("Volume " + image.location() + " in " + pool.location().describe()
                    + " has no bytes to checksum: libvirt's test driver keeps volume metadata only.");
        }
        MessageDigest digest = sha256();
        Path file = localFile(pool, volume);
        if (file == null) {
            VolumeStreams.download(pool.connection(), volume, digest::update, monitor);
            return HexFormat.of().formatHex(digest.digest());
        }
        try (InputStream in = Files.newInputStream(file)) {
            SubMonitor progress = SubMonitor.convert(monitor, "Checksumming " + file.getFileName(),
                    (int) Math.min(Integer.MAX_VALUE, Files.size(file) >> 20));
            byte[] buffer = new byte[1 << 20];
            int n;
            while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                checkCancelled(progress);
                digest.update(buffer, 0, n);
                progress.worked(1);
            }
        } catch (IOException e) {
            throw new DriverException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public long virtualSize(StorageDeviceSpec device, ImageRef image) throws DriverException {
        OpenPool pool = OpenPool.of(device);
        try {
            return pool.existing(image).getInfo().capacity;
        } catch (LibvirtException e) {
            throw OpenPool.failure("read the size of volume " + image.location() + " in", pool.location(), e);
        }
    }

    @Override
    public Path localRawFile(StorageDeviceSpec device, ImageRef image) throws DriverException {
        OpenPool pool = OpenPool.of(device);
        StorageVol volume = pool.existing(image);
        if (image.format() != ImageFormat.RAW) {
            return null;
        }
        Path file = localFile(pool, volume);
        if (file == null) {
            throw new DriverException("Volume " + image.location() + " in " + pool.location().describe()
                    + " is not a file on this machine (" + (pool.location().metadataOnly()
                            ? "libvirt's test driver keeps volume metadata only"
                            : "the pool is on another host or is not a directory pool")
                    + "), so it cannot be edited here.");
        }
        return file;
    }

    /**
     * For a dir pool of the daemon on this machine: the directory {@code <pool directory>.encompass-contents} beside
     * the pool's own (not inside it: libvirt lists every entry of a dir pool as a volume, directories too). Null
     * for other pools (remote, not dir, libvirt's test driver): their masters' contents stay in the repository.
     */
    @Override
    public Path contentDirectory(StorageDeviceSpec device) throws DriverException {
        OpenPool pool = OpenPool.of(device);
        if (!pool.location().localDaemon()) {
            return null;
        }
        String path;
        try {
            path = VolumeXml.dirPoolPath(pool.pool().getXMLDesc(0));
        } catch (LibvirtException e) {
            throw OpenPool.failure("read the description of", pool.location(), e);
        }
        if (path == null || !Files.isDirectory(Path.of(path))) {
            return null;
        }
        Path directory = Path.of(path).toAbsolutePath().normalize();
        return directory.getParent() == null ? null : directory.resolveSibling(directory.getFileName() + ".encompass-contents");
    }

    /** Every volume in the pool, including ones a crash left half-made. */
    @Override
    public List<ImageRef> listImages(StorageDeviceSpec device) throws DriverException {
        OpenPool pool = OpenPool.of(device);
        List<ImageRef> images = new ArrayList<>();
        for (VolumeXml.Description volume : pool.volumes()) {
            String location = volume.key() != null ? volume.key() : volume.name();
            images.add(new ImageRef(location, volume.imageFormat(), volume.backingPath()));
        }
        return images;
    }

    private static void refuseTaken(OpenPool pool, String volumeName) throws DriverException {
        if (pool.findByName(volumeName) != null) {
            throw new DriverException("A volume named " + volumeName + " exists already in "
                    + pool.location().describe() + "; it was not replaced.");
        }
    }

    private static StorageVol create(OpenPool pool, String xml) throws DriverException {
        try {
            return pool.pool().storageVolCreateXML(xml, 0);
        } catch (LibvirtException e) {
            throw OpenPool.failure("create a volume in", pool.location(), e);
        }
    }

    private static String key(OpenPool pool, StorageVol volume) throws DriverException {
        try {
            return volume.getKey();
        } catch (LibvirtException e) {
            throw OpenPool.failure("read the key of a new volume in", pool.location(), e);
        }
    }

    /** The volume's path when it is a regular file on this machine (a dir pool of the local daemon). */
    private static Path localFile(OpenPool pool, StorageVol volume) throws DriverException {
        if (!pool.location().localDaemon()) {
            return null;
        }
        try {
            String path = volume.getPath();
            return path != null && Files.isRegularFile(Path.of(path)) ? Path.of(path) : null;
        } catch (LibvirtException e) {
            throw OpenPool.failure("read the path of a volume in", pool.location(), e);
        }
    }

    /** The named volume's allocation, 0 while libvirt cannot say (the progress probe must not fail). */
    private static long allocationOf(OpenPool pool, String volumeName) {
        try {
            return pool.pool().storageVolLookupByName(volumeName).getInfo().allocation;
        } catch (LibvirtException | RuntimeException e) {
            return 0;
        }
    }

    private static void deleteQuietly(StorageVol volume) {
        try {
            volume.delete(0);
        } catch (LibvirtException e) {
            // already gone; a leftover would show in listImages as an orphan
        }
    }

    private static long sizeOf(Path file) throws DriverException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DriverException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void checkCancelled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
