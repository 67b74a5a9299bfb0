package org.encompass.driver.storage.file.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.QemuStorageDaemon;
import org.encompass.core.spi.RawImage;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.core.spi.StorageDriver;

/**
 * Storage driver for a NAS-style directory (kind {@code file}): images are {@code <name>.img} (raw)
 * and {@code <name>.qcow2} files in the device's directory. Every new image is written under a hidden
 * staging name and published only when complete, so failures and cancellations leave nothing behind.
 */
public final class FileStorageDriver implements StorageDriver {
    private final ReflinkSupport reflinks = new ReflinkSupport();
    private final EmptyOverlays overlays = new EmptyOverlays();

    @Override
    public Set<CloneMethod> supportedMethods(StorageDeviceSpec device) throws DriverException {
        DeviceDirectory directory = usableDirectory(device);
        Set<CloneMethod> methods = EnumSet.of(CloneMethod.SPARSE, CloneMethod.FULL);
        if (QemuImg.available()) {
            methods.add(CloneMethod.COW);
        }
        if (reflinks.supported(directory.path())) {
            methods.add(CloneMethod.REFLINK);
        }
        return methods;
    }

    @Override
    public void validate(StorageDeviceSpec device) throws DriverException {
        usableDirectory(device);
    }

    @Override
    public ImageRef importImage(StorageDeviceSpec device, Path source, ImageFormat format, String name,
            IProgressMonitor monitor) throws DriverException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + name, 100);
        DeviceDirectory directory = usableDirectory(device);
        if (source == null) {
            throw new DriverException("No file given to import.");
        }
        if (format == null) {
            throw new DriverException("No image format given for the import of " + source + ".");
        }
        Path target = directory.newImageFile(name, format);
        Path file = ImageFiles.existing(source.toAbsolutePath().normalize());
        QemuImgInfo info = QemuImg.info(file, null);
        if (!info.format().equals(format.qemuName())) {
            throw new DriverException(file + " is a " + info.format() + " image, not " + format.qemuName()
                    + " as declared; nothing was imported.");
        }
        if (info.backingFile() != null) {
            throw new DriverException(file + " depends on the backing file " + info.backingFile()
                    + "; import a self-contained image (flatten it with qemu-img convert first).");
        }
        progress.worked(2);
        Path imported = stage(target, "import " + file,
                staged -> SparseCopier.copy(file, staged, true, progress.split(98)));
        return new ImageRef(imported.toString(), format);
    }

    @Override
    public ImageRef cloneImage(StorageDeviceSpec device, ImageRef source, String name, CloneMethod method,
            IProgressMonitor monitor) throws DriverException {
        return cloneImage(device, source, name, method, Publication.NOW, monitor);
    }

    /** The copy is staged as always; its publication under {@code name} waits for {@code publication}. */
    @Override
    public ImageRef cloneImage(StorageDeviceSpec device, ImageRef source, String name, CloneMethod method,
            Publication publication, IProgressMonitor monitor) throws DriverException {
        DeviceDirectory directory = usableDirectory(device);
        if (method == null) {
            throw new DriverException("No clone method given.");
        }
        Path master = ImageFiles.existing(source);
        ImageFormat format = method == CloneMethod.COW ? ImageFormat.QCOW2 : source.format();
        String what = "clone " + master + " (" + method + ")";
        boolean durable = !writesBehind(method); // else the engine flushes it later
        return switch (method) {
            case SPARSE -> new ImageRef(
                    stage(directory.newImageFile(name, format), what,
                            staged -> SparseCopier.copy(master, staged, durable, monitor), durable, publication).toString(),
                    format, source.backing());
            case FULL -> new ImageRef(
                    stage(directory.newImageFile(name, format), what,
                            staged -> BlockCopier.copy(master, staged, monitor), durable, publication).toString(),
                    format, source.backing());
            case COW -> {
                if (!QemuImg.available()) {
                    throw new DriverException("Copy-on-write clones need qemu-img (Debian package qemu-utils), "
                            + "which cannot be run here; use SPARSE or FULL instead.");
                }
                Path overlay = stage(directory.newImageFile(name, format), what,
                        staged -> overlays.create(master, source.format(), staged, monitor), true, publication);
                yield new ImageRef(overlay.toString(), ImageFormat.QCOW2, master.toString());
            }
            case REFLINK -> {
                if (!reflinks.supported(directory.path())) {
                    throw new DriverException(directory.describe() + ": the file system does not support reflinks "
                            + "(they need XFS made with reflink=1, or btrfs); use SPARSE, FULL or COW instead.");
                }
                yield new ImageRef(
                        stage(directory.newImageFile(name, format), what,
                                staged -> ReflinkSupport.reflink(master, staged, monitor), true, publication).toString(),
                        format, source.backing());
            }
            case VOLUME_COPY -> throw new DriverException(directory.describe()
                    + ": a directory has no storage-native volume copy; use SPARSE, FULL, COW or REFLINK.");
        };
    }

    /**
     * Full copies (SPARSE, FULL) are byte-identical to their source, so they can be registered before their
     * bytes reach the disk: the fsync is {@link #flush}'s, which the engine runs in the background. This is
     * what a bare {@code cp} does, and for a copy that fits the page cache the fsync is most of the time.
     */
    @Override
    public boolean writesBehind(CloneMethod method) {
        return method == CloneMethod.SPARSE || method == CloneMethod.FULL;
    }

    /** A full copy keeps its source's format and lands under its name in the device's directory. */
    @Override
    public ImageRef plannedClone(StorageDeviceSpec device, ImageRef source, String name, CloneMethod method)
            throws DriverException {
        if (!writesBehind(method)) {
            return null;
        }
        return new ImageRef(usableDirectory(device).newImageFile(name, source.format()).toString(), source.format(),
                source.backing());
    }

    @Override
    public void flush(StorageDeviceSpec device, ImageRef image) throws DriverException {
        Path file = ImageFiles.existing(DeviceDirectory.of(device).fileOnDevice(image));
        try {
            StagedImage.force(file);
            StagedImage.force(file.getParent()); // the name, too
        } catch (IOException e) {
            throw new DriverException("Cannot write " + file + " to disk: " + e, e);
        }
    }

    @Override
    public ImageRef captureImage(StorageDeviceSpec device, ImageRef clone, String name, IProgressMonitor monitor)
            throws DriverException {
        DeviceDirectory directory = usableDirectory(device);
        Path file = ImageFiles.existing(clone);
        ImageFormat format = clone.format();
        Path target = directory.newImageFile(name, format);
        String what = "capture " + file;
        Path captured = switch (format) {
            case RAW -> stage(target, what, staged -> SparseCopier.copy(file, staged, true, monitor));
            // qemu-img reads through the whole backing chain, so the new master stands alone.
            case QCOW2 -> stage(target, what, staged -> QemuImg.convert(file, format, staged, format,
                    SparseCopier.timeoutFor(QemuImg.info(file, format).virtualSize()), monitor));
        };
        return new ImageRef(captured.toString(), format);
    }

    @Override
    public void deleteImage(StorageDeviceSpec device, ImageRef image) throws DriverException {
        DeviceDirectory directory = DeviceDirectory.of(device);
        Path file = directory.fileOnDevice(image);
        if (Files.isDirectory(file)) {
            throw new DriverException(directory.describe() + ": " + file + " is a directory, not an image.");
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new DriverException(directory.describe() + ": cannot delete " + file + ": " + e, e);
        }
    }

    @Override
    public void deleteImageNamed(StorageDeviceSpec device, String name) throws DriverException {
        DeviceDirectory directory = DeviceDirectory.of(device);
        if (!Files.isDirectory(directory.path())) {
            return; // no directory, no image
        }
        for (Path file : directory.filesNamed(name)) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new DriverException(directory.describe() + ": cannot delete " + file + ": " + e, e);
            }
        }
    }

    @Override
    public List<ImageRef> listImages(StorageDeviceSpec device) throws DriverException {
        DeviceDirectory directory = DeviceDirectory.of(device);
        if (!Files.isDirectory(directory.path())) {
            return List.of();
        }
        return directory.imageFiles().stream()
                .map(file -> new ImageRef(file.toString(), ImageNames.formatOf(file))).toList();
    }

    @Override
    public void reclaim(StorageDeviceSpec device, ImageRef orphan) throws DriverException {
        DeviceDirectory directory = DeviceDirectory.of(device);
        Path file = directory.imageOrStagingFile(orphan);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new DriverException(directory.describe() + ": cannot delete " + file + ": " + e, e);
        }
    }

    @Override
    public String sha256(StorageDeviceSpec device, ImageRef image, IProgressMonitor monitor) throws DriverException {
        Path file = ImageFiles.existing(image);
        try {
            return ImageDigest.sha256(file, monitor);
        } catch (IOException e) {
            throw new DriverException("Cannot read " + file + ": " + e, e);
        }
    }

    @Override
    public long virtualSize(StorageDeviceSpec device, ImageRef image) throws DriverException {
        return QemuImg.info(ImageFiles.existing(image), image.format()).virtualSize();
    }

    @Override
    public Path localRawFile(StorageDeviceSpec device, ImageRef image) throws DriverException {
        Path file = ImageFiles.existing(DeviceDirectory.of(device).fileOnDevice(image));
        return image.format() == ImageFormat.RAW ? file : null;
    }

    @Override
    public Path localImageFile(StorageDeviceSpec device, ImageRef image) throws DriverException {
        return ImageFiles.existing(DeviceDirectory.of(device).fileOnDevice(image));
    }

    /** Raw images as they are; qcow2 images (copy-on-write clones) through a FUSE export. */
    @Override
    public RawImage openRaw(StorageDeviceSpec device, ImageRef image) throws DriverException {
        Path file = ImageFiles.existing(DeviceDirectory.of(device).fileOnDevice(image));
        return image.format() == ImageFormat.RAW ? RawImage.of(file) : QemuStorageDaemon.SHARED.exportQcow2(file);
    }

    /**
     * {@code contents/} in the device's directory, beside the images: the engine's content files are named by
     * their SHA-256 (no {@code .img}/{@code .qcow2}), so they are never taken for images or orphans.
     */
    @Override
    public Path contentDirectory(StorageDeviceSpec device) throws DriverException {
        return DeviceDirectory.of(device).path().resolve("contents");
    }

    /** The qemu-storage-daemon (and its FUSE mounts) of a JVM that died while it exported images. */
    @Override
    public List<String> stopLeftoversOfDeadProcesses() {
        return QemuStorageDaemon.reapOrphans();
    }

    private static DeviceDirectory usableDirectory(StorageDeviceSpec device) throws DriverException {
        DeviceDirectory directory = DeviceDirectory.of(device);
        directory.checkUsable();
        return directory;
    }

    /**
     * Writes a new image through a staging file and publishes it as {@code target}. Whatever goes
     * wrong, including cancellation, the staging file is removed and {@code target} never appears.
     */
    private static Path stage(Path target, String what, StagingStep step) throws DriverException {
        return stage(target, what, step, true, Publication.NOW);
    }

    /**
     * {@code durable} false: published without waiting for the disk (a write-behind copy; {@link #flush} does).
     * {@code publication}: waited for between the copy and its publication; when it refuses, the staged copy
     * is deleted.
     */
    private static Path stage(Path target, String what, StagingStep step, boolean durable, Publication publication)
            throws DriverException {
        try (StagedImage staged = StagedImage.next(target)) {
            try {
                step.writeTo(staged.path());
            } catch (IOException e) {
                throw new DriverException("Cannot " + what + " to " + target + ": " + e, e);
            } catch (DriverException e) {
                throw new DriverException("Cannot " + what + " to " + target + ": " + e.getMessage(), e);
            } // OperationCanceledException passes through; closing the stage deletes the partial file
            publication.await();
            return staged.publish(durable);
        }
    }

    @FunctionalInterface
    private interface StagingStep {
        void writeTo(Path staged) throws DriverException, IOException;
    }
}
