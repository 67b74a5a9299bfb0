package org.encompass.core.customization;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link ImageInspector} found in an image: its partitions and LVM logical volumes, its file systems (the
 * root marked) and the operating system on the root. Devices are named as libguestfs names them with this image
 * alone ({@code /dev/sda2}, {@code /dev/vg0/root}), which is how a customization item names a file system other
 * than the root ({@code /dev/sda1:/EFI/BOOT/grub.cfg}).
 *
 * @param method {@link ImageFilesFactory#DEBUGFS} (read from the bytes, no appliance) or {@link ImageFilesFactory#LIBGUESTFS}
 * @param operatingSystem {@code null} when inspection recognized none
 */
public record ImageInspection(Path image, String method, List<Partition> partitions, List<FileSystem> fileSystems,
        OperatingSystem operatingSystem) {

    public ImageInspection {
        partitions = List.copyOf(partitions);
        fileSystems = List.copyOf(fileSystems);
    }

    /** A partition or logical volume; {@code sizeBytes} is -1 when not known. */
    public record Partition(String device, long sizeBytes) {
    }

    /** A file system; {@code label} is empty when it has none, {@code sizeBytes} -1 when not known. */
    public record FileSystem(String device, String type, String label, long sizeBytes, boolean root) {

        /** What an item's path starts with to land in this file system: empty for the root, else {@code device:}. */
        public String itemPrefix() {
            return root ? "" : device + ":";
        }
    }

    /**
     * The operating system found on the root file system, as libguestfs' inspection names it: {@code type}
     * "linux" or "windows", {@code distro} for example "debian", "rhel" or "windows"; any field may be empty.
     */
    public record OperatingSystem(String type, String distro, String version, String productName, String hostname) {
    }

    /** The root file system, if one was found. */
    public Optional<FileSystem> root() {
        return fileSystems.stream().filter(FileSystem::root).findFirst();
    }

    /**
     * Files that commonly carry a machine's identity on the operating system found (for example
     * {@code /etc/hostname} on Linux, {@code /Windows/Panther/unattend.xml} on Windows): suggestions for items,
     * not a check that they exist.
     */
    public List<String> identityFiles() {
        String type = operatingSystem == null ? "" : operatingSystem.type();
        return switch (type) {
            case "linux" -> List.of("/etc/hostname", "/etc/hosts", "/etc/machine-id", "/etc/resolv.conf");
            case "windows" -> List.of("/Windows/Panther/unattend.xml", "/Windows/System32/Sysprep/unattend.xml");
            default -> List.of();
        };
    }
}
