package org.encompass.driver.storage.file.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;

/** The directory behind a file storage device, and the rules for files in it. */
final class DeviceDirectory {
    private static final String PROBE_PREFIX = ".encompass-write-probe-";
    private final String deviceName;
    private final Path directory;

    private DeviceDirectory(String deviceName, Path directory) {
        this.deviceName = deviceName;
        this.directory = directory;
    }

    /** Reads the device's location: an absolute directory path or a {@code file:} URI. */
    static DeviceDirectory of(StorageDeviceSpec device) throws DriverException {
        if (device == null) {
            throw new DriverException("No storage device given.");
        }
        String location = device.location();
        if (location == null || location.isBlank()) {
            throw new DriverException("Storage device '" + device.name() + "' has no directory configured.");
        }
        Path directory;
        try {
            directory = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        } catch (IllegalArgumentException e) { // includes InvalidPathException
            throw new DriverException("Storage device '" + device.name() + "': '" + location
                    + "' is not a directory path.", e);
        }
        if (!directory.isAbsolute()) {
            throw new DriverException("Storage device '" + device.name() + "': directory '" + location
                    + "' must be an absolute path.");
        }
        return new DeviceDirectory(device.name(), directory.normalize());
    }

    Path path() {
        return directory;
    }

    /** Throws unless the directory exists and a file can really be created in it. */
    void checkUsable() throws DriverException {
        if (!Files.exists(directory)) {
            throw new DriverException(describe() + ": directory does not exist.");
        }
        if (!Files.isDirectory(directory)) {
            throw new DriverException(describe() + ": " + directory + " is not a directory.");
        }
        // access(2) says yes to root on NFS with root squashing; only a real file tells the truth.
        removeProbesOfDeadProcesses();
        Path probe = directory.resolve(PROBE_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        try {
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new DriverException(describe() + ": directory is not writable (" + e + ").", e);
        }
    }

    /** A process killed between creating and deleting its probe left it: the probe names its process. */
    private void removeProbesOfDeadProcesses() {
        try (var probes = Files.newDirectoryStream(directory, PROBE_PREFIX + "*")) {
            for (Path probe : probes) {
                String rest = probe.getFileName().toString().substring(PROBE_PREFIX.length());
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = dash > 0 ? Long.parseLong(rest.substring(0, dash)) : -1;
                } catch (NumberFormatException e) {
                    pid = -1; // a probe of an older version, which named no process
                }
                if (pid < 0 || ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                    Files.deleteIfExists(probe);
                }
            }
        } catch (IOException e) {
            // the probe itself reports a directory that cannot be read or written
        }
    }

    /** The file a new image {@code name} goes to; refuses bad names and names already taken in any format. */
    Path newImageFile(String name, ImageFormat format) throws DriverException {
        ImageNames.check(name);
        for (ImageFormat any : ImageFormat.values()) {
            Path existing = directory.resolve(ImageNames.fileName(name, any));
            if (Files.exists(existing)) {
                throw new DriverException(describe() + ": an image named '" + name + "' already exists ("
                        + existing.getFileName() + "); it is never overwritten.");
            }
        }
        return directory.resolve(ImageNames.fileName(name, format));
    }

    /** The file of an image this device holds; refuses files elsewhere, so nothing outside is ever changed. */
    Path fileOnDevice(ImageRef image) throws DriverException {
        Path file = ImageFiles.path(image);
        Path parent = file.getParent();
        if (!directory.equals(parent) && !sameDirectory(parent)) {
            throw new DriverException(describe() + ": image " + file + " is not on this device.");
        }
        if (file.getFileName().toString().startsWith(".")) {
            throw new DriverException(describe() + ": " + file + " is not an image (hidden file).");
        }
        return file;
    }

    /**
     * Every file that belongs to image {@code name}: its published files in any format and staging
     * files an interrupted copy left behind.
     */
    List<Path> filesNamed(String name) throws DriverException {
        ImageNames.check(name);
        List<Path> files = new ArrayList<>();
        for (ImageFormat format : ImageFormat.values()) {
            String fileName = ImageNames.fileName(name, format);
            files.add(directory.resolve(fileName));
            String stagingPrefix = "." + fileName + ".";
            try (DirectoryStream<Path> staged = Files.newDirectoryStream(directory,
                    entry -> entry.getFileName().toString().startsWith(stagingPrefix)
                            && entry.getFileName().toString().endsWith(StagedImage.SUFFIX))) {
                staged.forEach(files::add);
            } catch (IOException e) {
                throw new DriverException(describe() + ": cannot list the directory: " + e, e);
            }
        }
        return files;
    }

    /** Every image file and every staging file left by an interrupted copy, sorted by name. */
    List<Path> imageFiles() throws DriverException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && isImageOrStaging(entry))) {
            List<Path> files = new ArrayList<>();
            entries.forEach(files::add);
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new DriverException(describe() + ": cannot list the directory: " + e, e);
        }
    }

    /** Like {@link #fileOnDevice}, but also accepts the hidden staging files of interrupted copies. */
    Path imageOrStagingFile(ImageRef image) throws DriverException {
        Path file = ImageFiles.path(image);
        Path parent = file.getParent();
        if ((!directory.equals(parent) && !sameDirectory(parent)) || !isImageOrStaging(file)) {
            throw new DriverException(describe() + ": " + file + " is not an image or staging file of this device.");
        }
        return file;
    }

    private static boolean isImageOrStaging(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return name.endsWith(StagedImage.SUFFIX);
        }
        return name.endsWith(".img") || name.endsWith(".qcow2");
    }

    private boolean sameDirectory(Path parent) {
        try {
            return parent != null && Files.isSameFile(parent, directory);
        } catch (IOException e) {
            return false;
        }
    }

    String describe() {
        return "Storage device '" + deviceName + "' (" + directory + ")";
    }
}
