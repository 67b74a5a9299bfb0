package org.encompass.core.spi;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Copies, imports, captures and deletes images on one kind of storage device.
 * Contributed through the {@code org.encompass.core.storageDrivers} extension point.
 * Implementations are stateless and thread-safe: the engine calls them from many jobs at once.
 */
public interface StorageDriver {

    /** Clone methods this device can do now (for example reflink only where the file system supports it). */
    Set<CloneMethod> supportedMethods(StorageDeviceSpec device) throws DriverException;

    /** Checks the device is usable (exists, writable); throws with a clear reason when not. */
    void validate(StorageDeviceSpec device) throws DriverException;

    /**
     * Copies an external image file onto the device as a new master named {@code name}.
     * Returns where it landed. Nothing is left on the device when it fails or is cancelled.
     */
    ImageRef importImage(StorageDeviceSpec device, Path source, ImageFormat format, String name,
            IProgressMonitor monitor) throws DriverException;

    /**
     * Clones {@code source} into a new image named {@code name} with {@code method}.
     * Nothing is left on the device when it fails or is cancelled.
     */
    ImageRef cloneImage(StorageDeviceSpec device, ImageRef source, String name, CloneMethod method,
            IProgressMonitor monitor) throws DriverException;

    /**
     * Whether {@link #cloneImage} with {@code method} returns as soon as the copy is written, before its
     * bytes are on stable storage (write-behind): the copy is then usable at once, and the engine calls
     * {@link #flush} in the background and before anything writes to or boots the image. Only for
     * methods whose result is byte-identical to the source, so that after a crash the engine can tell a
     * complete copy from a lost one by its SHA-256. Default: no, cloneImage returns a durable image.
     */
    default boolean writesBehind(CloneMethod method) {
        return false;
    }

    /**
     * For a {@link #writesBehind write-behind} method: the image {@link #cloneImage} will return for
     * {@code name}, known before the copy starts. The engine then registers the clone (still pending) in the
     * same commit that journals the start of the operation, so no durable commit of the repository has to
     * wait behind the copy's writeback when it ends. Null (the default) when it is not known in advance;
     * the clone is registered after the copy then. Refuses a name that is taken, as cloneImage would.
     */
    default ImageRef plannedClone(StorageDeviceSpec device, ImageRef source, String name, CloneMethod method)
            throws DriverException {
        return null;
    }

    /**
     * Puts a write-behind clone's bytes and its name on stable storage; returns when they are there.
     * Flushing an image that is durable already is cheap and harmless.
     */
    default void flush(StorageDeviceSpec device, ImageRef image) throws DriverException {
        // images of drivers that do not write behind are durable when cloneImage returns
    }

    /**
     * Makes a self-contained copy of a clone image as a new master (copy-on-write chains are flattened).
     */
    ImageRef captureImage(StorageDeviceSpec device, ImageRef clone, String name, IProgressMonitor monitor)
            throws DriverException;

    /** Deletes an image; deleting an image that is already gone is not an error. */
    void deleteImage(StorageDeviceSpec device, ImageRef image) throws DriverException;

    /**
     * Deletes whatever image this driver creates for {@code name} on the device (any format), if it
     * exists. Used to clean up after an interrupted import, clone or capture, when the journal knows
     * the name but the image's location was never recorded.
     */
    void deleteImageNamed(StorageDeviceSpec device, String name) throws DriverException;

    /** Hex SHA-256 of the image's bytes as stored. */
    String sha256(StorageDeviceSpec device, ImageRef image, IProgressMonitor monitor) throws DriverException;

    /** Virtual size of the image in bytes (what the guest sees). */
    long virtualSize(StorageDeviceSpec device, ImageRef image) throws DriverException;

    /**
     * A local file holding the image's raw bytes, for customization, or {@code null} when the image
     * cannot be edited as a local raw file (for example a qcow2 overlay).
     */
    Path localRawFile(StorageDeviceSpec device, ImageRef image) throws DriverException;

    /**
     * The image's own file (in its format, {@link ImageRef#format()}) when it is a local file, else {@code null}:
     * libguestfs opens a qcow2 overlay there directly, and {@code clone show} reads it to say which backend
     * customizes it. Default: the local raw file, if any.
     */
    default Path localImageFile(StorageDeviceSpec device, ImageRef image) throws DriverException {
        return localRawFile(device, image);
    }

    /**
     * Opens the image's guest-visible bytes as a local raw file for customization, or returns
     * {@code null} when the driver cannot. The default serves images that {@link #localRawFile}
     * can give; drivers override it to export other formats.
     */
    default RawImage openRaw(StorageDeviceSpec device, ImageRef image) throws DriverException {
        Path file = localRawFile(device, image);
        return file == null ? null : RawImage.of(file);
    }

    /**
     * The names of all images stored on {@code device}, including incomplete ones a crash left behind,
     * as locations comparable with {@link ImageRef#location()}. The engine compares them with its
     * records to list orphans (files nobody owns) the operator can reclaim with
     * {@link #deleteImageNamed}/{@link #deleteImage}. {@code null} = the driver cannot list.
     */
    default List<ImageRef> listImages(StorageDeviceSpec device) throws DriverException {
        return null;
    }

    /**
     * Stops what this driver's helpers left running when a process that used them died (for example a daemon
     * serving FUSE exports, and its mounts); returns what it stopped, in words for the log. The engine calls it
     * when it takes over a repository, before any operation runs. It must touch only what it can prove a process
     * that is gone started: other processes may use the driver at the same time. Default: nothing to stop.
     */
    default List<String> stopLeftoversOfDeadProcesses() throws DriverException {
        return List.of();
    }

    /**
     * Like {@link #cloneImage}, but the new image appears under its name only once {@code publication} allows it:
     * the engine journals the clone's start while the copy runs, and a crash before that journal entry is
     * committed must not leave an image under a name the journal does not know (it would block the name).
     * The default waits for {@code publication} before it copies; drivers that stage their copies override it
     * to wait between the copy and its publication.
     */
    default ImageRef cloneImage(StorageDeviceSpec device, ImageRef source, String name, CloneMethod method,
            Publication publication, IProgressMonitor monitor) throws DriverException {
        publication.await();
        return cloneImage(device, source, name, method, monitor);
    }

    /** Permission to publish a new image under its name; see {@link StorageDriver#cloneImage(StorageDeviceSpec, ImageRef, String, CloneMethod, Publication, IProgressMonitor)}. */
    @FunctionalInterface
    interface Publication {
        /** Returns when the image may be published; throws when it must not be (the copy is then deleted). */
        void await() throws DriverException;

        Publication NOW = () -> {
        };
    }

    /**
     * A local directory on {@code device}, beside its images, where the engine keeps the file-replacement
     * contents of the masters stored there, one file per content named by its SHA-256 (the repository records
     * only the digest and the size). Created when missing. {@code null} (the default) when the device has no
     * such directory (a remote pool, libvirt's test driver): the engine then keeps contents of up to
     * {@code CustomizationItemValidator.MAX_INLINE_CONTENT_BYTES} in the repository, as before, and refuses
     * larger ones.
     */
    default Path contentDirectory(StorageDeviceSpec device) throws DriverException {
        return null;
    }

    /**
     * Deletes one orphan that {@link #listImages} reported (which may be a half-written staging file
     * that {@link #deleteImage} refuses on purpose). The engine calls it only for images no record owns.
     */
    default void reclaim(StorageDeviceSpec device, ImageRef orphan) throws DriverException {
        deleteImage(device, orphan);
    }
}
