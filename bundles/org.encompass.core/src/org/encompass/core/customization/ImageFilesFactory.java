package org.encompass.core.customization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ExternalCommand;

/** Opens the files inside an image, choosing the implementation from what is at the path. */
public final class ImageFilesFactory {

    private ImageFilesFactory() {
    }

    /**
     * A directory is taken as the image's root directory. A file (or block device) is searched for an
     * ext2/3/4 file system: on the whole disk, in an MBR partition of type 0x83 or in a GPT partition.
     * With several, the first one that has an {@code /etc} directory wins (so a separate {@code /boot}
     * partition is passed over), else the first. This debugfs path is the fast one (no VM). An image without
     * ext2/3/4 (XFS, btrfs, FAT, NTFS, LVM) is opened in a libguestfs appliance ({@link GuestfsImageFiles}).
     */
    public static ImageFiles open(Path image) throws IOException {
        if (Files.isDirectory(image)) {
            return new DirectoryImageFiles(image);
        }
        if (!Files.exists(image)) {
            throw new IOException("image " + image + " does not exist");
        }
        List<ExtFileSystemLocator.Candidate> candidates = ExtFileSystemLocator.find(image);
        if (candidates.isEmpty()) {
            if (!Guestfish.installed() || ExtFileSystemLocator.isQcow2(image)) {
                throw new IOException(ExtFileSystemLocator.notFoundMessage(image) + "; other file systems need"
                        + " libguestfs (releng/scripts/guestfs.sh install)");
            }
            return GuestfsImageFiles.open(image, "raw");
        }
        if (candidates.size() > 1) {
            for (ExtFileSystemLocator.Candidate candidate : candidates) {
                Ext4ImageFiles files = open(image, candidate);
                if (hasEtc(files)) {
                    return files;
                }
                files.close();
            }
        }
        return open(image, candidates.get(0));
    }

    /** What {@link #backend} answers. */
    public static final String DIRECTORY = "directory tree";
    public static final String DEBUGFS = "debugfs (ext2/3/4, fast path)";
    public static final String LIBGUESTFS = "libguestfs";

    /**
     * Which backend customizes {@code image}, without opening it (for {@code clone show}): {@link #DIRECTORY},
     * {@link #DEBUGFS} or {@link #LIBGUESTFS}, decided from the image's bytes as {@link #open} decides. A qcow2
     * overlay (a copy-on-write clone) is judged by the base image at the end of its backing chain, whose file
     * system it shares; a chain that ends in qcow2 (a captured master) by the guest's first bytes as qemu-img reads them.
     */
    public static String backend(Path image) throws IOException {
        if (Files.isDirectory(image)) {
            return DIRECTORY;
        }
        if (!Files.exists(image)) {
            throw new IOException("image " + image + " does not exist");
        }
        if (!ExtFileSystemLocator.isQcow2(image)) {
            return ExtFileSystemLocator.find(image).isEmpty() ? LIBGUESTFS : DEBUGFS;
        }
        Path base = rawBase(image);
        return (base == null ? qcow2HoldsExt(image) : !ExtFileSystemLocator.find(base).isEmpty()) ? DEBUGFS : LIBGUESTFS;
    }

    /**
     * Whether a qcow2 chain that ends in qcow2 (a captured master and its clones) holds ext2/3/4, read from the
     * guest's first 4 MiB (partition tables, superblocks) as qemu-img reads them: the raw export then takes the
     * debugfs fast path, as it does for an overlay of a raw image.
     */
    private static boolean qcow2HoldsExt(Path image) throws IOException {
        Path head = Files.createTempFile("encompass-head", ".raw");
        try {
            new ExternalCommand(Duration.ofSeconds(30), "qemu-img", "dd", "-U", "-f", "qcow2", "-O", "raw", "bs=1M",
                    "count=4", "if=" + image, "of=" + head).run(new NullProgressMonitor());
            return !ExtFileSystemLocator.find(head).isEmpty();
        } catch (DriverException e) {
            return false; // unreadable here: libguestfs, which reads qcow2 itself, says what is wrong
        } finally {
            Files.deleteIfExists(head);
        }
    }

    /**
     * A qcow2 overlay (a copy-on-write clone) opened by libguestfs itself as qcow2: the writes land in the
     * overlay, and QEMU opens its backing file (the master) read-only. {@code null} when the overlay is not for
     * libguestfs (an ext2/3/4 file system: debugfs edits its raw bytes, exported) or libguestfs is not installed.
     */
    public static ImageFiles openQcow2(Path overlay) throws IOException {
        if (!ExtFileSystemLocator.isQcow2(overlay) || !Guestfish.installed()) {
            return null;
        }
        // A chain that ends in qcow2 (a captured master) goes through the raw export, which decides by the bytes.
        if (rawBase(overlay) == null || !LIBGUESTFS.equals(backend(overlay))) {
            return null;
        }
        return GuestfsImageFiles.open(overlay, "qcow2");
    }

    /** The raw image at the end of {@code overlay}'s backing chain; {@code null} when it ends in qcow2 or breaks. */
    private static Path rawBase(Path overlay) throws IOException {
        Path base = overlay;
        for (int depth = 0; ExtFileSystemLocator.isQcow2(base); depth++) {
            Path backing = ExtFileSystemLocator.qcow2Backing(base);
            if (backing == null || depth > 16 || !Files.isRegularFile(backing)) {
                return null;
            }
            base = backing;
        }
        return base;
    }

    private static Ext4ImageFiles open(Path image, ExtFileSystemLocator.Candidate candidate) throws IOException {
        return new Ext4ImageFiles(image, candidate.offset(), Ext4ImageFiles.DEFAULT_TIMEOUT, candidate.where());
    }

    private static boolean hasEtc(ImageFiles files) {
        try {
            return files.exists("/etc");
        } catch (IOException e) {
            return false; // for example /etc is a symbolic link: not the root file system we are looking for
        }
    }
}
