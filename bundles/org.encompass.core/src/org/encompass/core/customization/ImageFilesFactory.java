package org.encompass.core.customization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

    /**
     * Which backend {@link #open} takes for {@code image}, without opening it: "directory", "ext4 (debugfs,
     * fast path)" or "libguestfs" (for {@code clone show}).
     */
    public static String backend(Path image) throws IOException {
        if (Files.isDirectory(image)) {
            return "directory";
        }
        return ExtFileSystemLocator.find(image).isEmpty() ? "libguestfs" : "ext4 (debugfs, fast path)";
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
