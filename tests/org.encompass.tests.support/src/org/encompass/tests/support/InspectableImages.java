package org.encompass.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small images with an operating system libguestfs' inspection recognizes (a Debian-like root: /bin, /etc/hosts,
 * /etc/fstab, /etc/os-release, /etc/hostname), made with the host's mkfs tools and sfdisk: no mount, no appliance.
 */
public final class InspectableImages {

    public static final String HOSTNAME = "template-host";
    private static final long MIB = 1L << 20;

    private InspectableImages() {
    }

    /** The root file system's tree, in {@code dir}/tree. */
    public static Path linuxTree(Path dir) throws IOException {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Files.createDirectories(tree.resolve("bin"));
        Files.createDirectories(tree.resolve("etc"));
        Files.writeString(tree.resolve("etc/hostname"), HOSTNAME + "\n");
        Files.writeString(tree.resolve("etc/hosts"), "127.0.0.1 localhost\n127.0.1.1 " + HOSTNAME + "\n");
        Files.writeString(tree.resolve("etc/fstab"), "LABEL=root / ext4 defaults 0 1\n");
        Files.writeString(tree.resolve("etc/os-release"), "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian"
                + " GNU/Linux\"\nVERSION_ID=\"12\"\nID=debian\n");
        return tree;
    }

    /** A raw image whose whole disk is an ext4 file system labelled "root" holding {@link #linuxTree}. */
    public static Path wholeDiskExt4(Path dir, String name) throws IOException, InterruptedException {
        Path image = dir.resolve(name);
        ImageTools.check("mkfs.ext4", "-q", "-F", "-L", "root", "-d", linuxTree(dir).toString(), image.toString(), "16M");
        return image;
    }

    /**
     * A raw image with an MBR and three partitions: 1 FAT (16 MiB, label "EFI"), 2 ext4 (40 MiB, label "root",
     * the Linux root) and 3 XFS (300 MiB, label "data"; XFS' minimum size). Sparse: a few MiB on disk.
     */
    public static Path threePartitions(Path dir, String name) throws IOException, InterruptedException {
        Path fat = dir.resolve(name + ".p1");
        Path root = dir.resolve(name + ".p2");
        Path xfs = dir.resolve(name + ".p3");
        ImageTools.check("mkfs.vfat", "-n", "EFI", "-C", fat.toString(), Long.toString(16 * 1024));
        ImageTools.check("mkfs.ext4", "-q", "-F", "-L", "root", "-d", linuxTree(dir).toString(), root.toString(), "40M");
        ImageTools.check("truncate", "-s", "300M", xfs.toString());
        ImageTools.check("mkfs.xfs", "-q", "-L", "data", xfs.toString());
        Path image = dir.resolve(name);
        ImageTools.check("truncate", "-s", (1 + 16 + 40 + 300 + 1) + "M", image.toString());
        Path layout = Files.writeString(dir.resolve(name + ".sfdisk"), "label: dos\n"
                + "start=2048, size=" + 16 * 2048 + ", type=ef\n"
                + "start=" + 17 * 2048 + ", size=" + 40 * 2048 + ", type=83\n"
                + "start=" + 57 * 2048 + ", size=" + 300 * 2048 + ", type=83\n");
        ImageTools.check("sh", "-c", "\"$1\" -q \"$2\" < \"$3\"", "sh", ImageTools.find("sfdisk"), image.toString(),
                layout.toString());
        long[] startsMiB = { 1, 17, 57 };
        Path[] parts = { fat, root, xfs };
        for (int i = 0; i < parts.length; i++) {
            ImageTools.check("dd", "if=" + parts[i], "of=" + image, "bs=1M", "seek=" + startsMiB[i], "conv=notrunc,sparse",
                    "status=none");
            Files.delete(parts[i]);
        }
        Files.delete(layout);
        return image;
    }

    /** Bytes per MiB, for sizes in assertions. */
    public static long mib(long count) {
        return count * MIB;
    }
}
