package org.encompass.core.customization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.customization.ImageInspection.FileSystem;
import org.encompass.core.customization.ImageInspection.OperatingSystem;
import org.encompass.core.customization.ImageInspection.Partition;

/**
 * Looks into an image file (raw or qcow2) and reports its partitions, file systems and operating system
 * ({@link ImageInspection}), so items can be written against what is there. An ext2/3/4 file system on the whole
 * disk is read from its bytes (superblock, {@code /etc/os-release} through debugfs: milliseconds); anything else
 * goes to a libguestfs appliance of its own ({@link Guestfish}), whose inspection names the root and the OS.
 * A file without any known disk signature is refused at once, without an appliance. Nothing is written: the
 * appliance has the image attached read-only.
 */
public final class ImageInspector {

    /** What an inspection may take, launch included, when the caller does not say. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

    private static final Pattern PARTITION_NUMBER = Pattern.compile("partition (\\d+)");
    private static final String SEPARATOR = "@@";
    private static final List<String> OS_FIELDS = List.of("inspect-get-type", "inspect-get-distro",
            "inspect-get-major-version", "inspect-get-minor-version", "inspect-get-product-name", "inspect-get-hostname");
    private static final List<String> NOT_FILE_SYSTEMS = List.of("unknown", "", "swap", "LVM2_member", "crypto_LUKS");

    private ImageInspector() {
    }

    /**
     * Inspects {@code image} within {@code timeout}; {@code monitor} (may be {@code null}) is told the steps and
     * checked for cancellation throughout (a cancelled inspection stops its appliance and throws
     * {@link OperationCanceledException}).
     *
     * @throws IOException with a one-line reason: missing file, no file system, an appliance that failed
     */
    public static ImageInspection inspect(Path image, Duration timeout, IProgressMonitor monitor) throws IOException {
        if (Files.isDirectory(image)) {
            throw new IOException(image + " is a directory, not an image file");
        }
        if (!Files.isRegularFile(image)) {
            throw new IOException("image " + image + " does not exist");
        }
        boolean qcow2 = ExtFileSystemLocator.isQcow2(image);
        if (!qcow2 && !DiskSignatures.anyKnown(image)) {
            throw new IOException("no file system found in " + image + ": no partition table, LVM volume or file"
                    + " system signature (not a disk image, or an empty one)");
        }
        List<ExtFileSystemLocator.Candidate> ext = qcow2 ? List.of() : ExtFileSystemLocator.find(image);
        boolean wholeDiskExt = !ext.isEmpty() && ext.get(0).offset() == 0;
        if (wholeDiskExt || (!ext.isEmpty() && !Guestfish.installed())) {
            return fromExtBytes(image, ext);
        }
        if (!Guestfish.installed()) {
            throw new IOException(ExtFileSystemLocator.notFoundMessage(image) + "; other file systems need"
                    + " libguestfs (releng/scripts/guestfs.sh install)");
        }
        return inAppliance(image, qcow2 ? "qcow2" : "raw", timeout, monitor);
    }

    // ---- ext2/3/4 from the bytes ----

    private static ImageInspection fromExtBytes(Path image, List<ExtFileSystemLocator.Candidate> candidates)
            throws IOException {
        List<Partition> partitions = new ArrayList<>();
        List<FileSystem> fileSystems = new ArrayList<>();
        int rootIndex = candidates.size() == 1 ? 0 : -1;
        OperatingSystem os = null;
        for (int i = 0; i < candidates.size(); i++) {
            ExtFileSystemLocator.Candidate candidate = candidates.get(i);
            try (Ext4ImageFiles files = new Ext4ImageFiles(image, candidate.offset(), Ext4ImageFiles.DEFAULT_TIMEOUT,
                    candidate.where())) {
                if (rootIndex < 0 && files.exists("/etc")) {
                    rootIndex = i;
                }
                if (i == rootIndex) {
                    os = linuxRelease(files);
                }
            } catch (IOException e) {
                // an unclean or unreadable file system: listed, not searched
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            ExtFileSystemLocator.Candidate candidate = candidates.get(i);
            String device = device(candidate);
            ExtDetails details = ExtDetails.read(image, candidate.offset());
            if (candidate.offset() > 0) {
                partitions.add(new Partition(device, -1));
            }
            fileSystems.add(new FileSystem(device, details.type(), details.label(), details.sizeBytes(), i == rootIndex));
        }
        return new ImageInspection(image, ImageFilesFactory.DEBUGFS, partitions, fileSystems, os);
    }

    /** {@code /dev/sda} for the whole disk, {@code /dev/sdaN} for MBR or GPT partition N, as libguestfs names them. */
    private static String device(ExtFileSystemLocator.Candidate candidate) {
        Matcher number = PARTITION_NUMBER.matcher(candidate.where());
        return candidate.offset() == 0 || !number.find() ? "/dev/sda" : "/dev/sda" + number.group(1);
    }

    /** The OS as {@code /etc/os-release} describes it (libguestfs reads the same file), or {@code null}. */
    private static OperatingSystem linuxRelease(ImageFiles files) throws IOException {
        if (!files.exists("/etc/os-release")) {
            return null;
        }
        Map<String, String> release = new HashMap<>();
        for (String line : new String(files.read("/etc/os-release"), StandardCharsets.UTF_8).split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                release.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip().replaceAll("^\"|\"$", ""));
            }
        }
        String hostname = files.exists("/etc/hostname")
                ? new String(files.read("/etc/hostname"), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("")
                : "";
        return new OperatingSystem("linux", release.getOrDefault("ID", ""), release.getOrDefault("VERSION_ID", ""),
                release.getOrDefault("PRETTY_NAME", release.getOrDefault("NAME", "")), hostname);
    }

    /** The superblock fields blkid shows for ext2/3/4: which of the three, the label, the size. */
    private record ExtDetails(String type, String label, long sizeBytes) {
        private static final long COMPAT_JOURNAL = 0x4;
        private static final long INCOMPAT_EXT4 = 0x40 | 0x80 | 0x200; // extents, 64bit, flex_bg
        private static final long INCOMPAT_64BIT = 0x80;

        static ExtDetails read(Path image, long offset) throws IOException {
            ByteBuffer block = ByteBuffer.allocate(0x154).order(ByteOrder.LITTLE_ENDIAN);
            try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
                channel.read(block, offset + 1024);
            }
            long blocks = Integer.toUnsignedLong(block.getInt(0x04));
            long incompat = Integer.toUnsignedLong(block.getInt(0x60));
            if ((incompat & INCOMPAT_64BIT) != 0) {
                blocks |= Integer.toUnsignedLong(block.getInt(0x150)) << 32;
            }
            long blockSize = 1024L << Math.min(16, block.getInt(0x18));
            byte[] name = new byte[16];
            block.get(0x78, name);
            String label = new String(name, StandardCharsets.UTF_8);
            label = label.indexOf('\0') >= 0 ? label.substring(0, label.indexOf('\0')) : label;
            String type = (incompat & INCOMPAT_EXT4) != 0 ? "ext4"
                    : (Integer.toUnsignedLong(block.getInt(0x5C)) & COMPAT_JOURNAL) != 0 ? "ext3" : "ext2";
            return new ExtDetails(type, label, blocks * blockSize);
        }
    }

    // ---- libguestfs ----

    /**
     * The appliance work runs on a thread of its own so that a cancel or the timeout returns at once even while
     * the appliance is still starting: the appliance is then stopped as soon as it exists (its start cannot be
     * interrupted from outside {@link Guestfish}; it is bounded by {@link Guestfish#LAUNCH_TIMEOUT}).
     */
    private static ImageInspection inAppliance(Path image, String format, Duration timeout, IProgressMonitor monitor)
            throws IOException {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        AtomicReference<Guestfish> appliance = new AtomicReference<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        if (monitor != null) {
            monitor.subTask("starting a libguestfs appliance");
        }
        CompletableFuture<ImageInspection> work = CompletableFuture.supplyAsync(() -> {
            try (Guestfish fish = Guestfish.launch(List.of(image), format, true)) { // read-only: it only looks
                appliance.set(fish);
                if (abandoned.get()) {
                    throw new OperationCanceledException();
                }
                if (monitor != null) {
                    monitor.subTask("inspecting " + image.getFileName());
                }
                return inspect(fish, image);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, task -> {
            Thread thread = new Thread(task, "encompass image inspection");
            thread.setDaemon(true);
            thread.start();
        });
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                try {
                    return work.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    if (monitor != null && monitor.isCanceled()) {
                        abandon(abandoned, appliance);
                        throw new OperationCanceledException();
                    }
                    if (System.nanoTime() - deadline > 0) {
                        abandon(abandoned, appliance);
                        throw new IOException("inspecting " + image + " took longer than " + timeout.toSeconds()
                                + " s; the appliance was stopped");
                    }
                }
            }
        } catch (InterruptedException e) {
            abandon(abandoned, appliance);
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof OperationCanceledException cancelled) {
                throw cancelled;
            }
            throw new IOException("inspecting " + image + " failed: " + cause, cause);
        }
    }

    private static void abandon(AtomicBoolean abandoned, AtomicReference<Guestfish> appliance) {
        abandoned.set(true);
        Guestfish fish = appliance.get();
        if (fish != null) {
            fish.close(); // the request in flight fails; the worker ends
        }
    }

    private static ImageInspection inspect(Guestfish fish, Path image) throws IOException {
        List<List<String>> layout = sections(tolerant(fish, "list-partitions", ":", "echo", SEPARATOR, ":", "lvs", ":",
                "echo", SEPARATOR, ":", "list-filesystems", ":", "echo", SEPARATOR, ":", "inspect-os", ":", "echo",
                SEPARATOR));
        List<String> partitionDevices = new ArrayList<>(layout.get(0));
        partitionDevices.addAll(layout.get(1));
        Map<String, String> types = new LinkedHashMap<>();
        List<String> held = new ArrayList<>();
        for (String line : layout.get(2)) {
            int colon = line.lastIndexOf(": ");
            if (colon > 0) {
                String type = line.substring(colon + 2).strip();
                held.add(line.substring(0, colon) + " (" + type + ")");
                if (!NOT_FILE_SYSTEMS.contains(type)) {
                    types.put(line.substring(0, colon), type);
                }
            }
        }
        if (types.isEmpty()) {
            throw new IOException("no file system found in " + image + (held.isEmpty()
                    ? " (libguestfs sees no partitions, no LVM volumes, no file system on the whole disk)"
                    : "; it holds only " + String.join(", ", held)));
        }
        List<String> roots = layout.get(3).stream().filter(types::containsKey).toList();
        String root = roots.isEmpty() ? (types.size() == 1 ? types.keySet().iterator().next() : null) : roots.get(0);

        List<String> chain = new ArrayList<>();
        for (String device : partitionDevices) {
            chain.addAll(List.of(":", "blockdev-getsize64", device, ":", "echo", SEPARATOR));
        }
        for (String device : types.keySet()) {
            chain.addAll(List.of(":", "vfs-label", device, ":", "echo", SEPARATOR, ":", "blockdev-getsize64", device,
                    ":", "echo", SEPARATOR));
        }
        if (!roots.isEmpty()) {
            for (String field : OS_FIELDS) {
                chain.addAll(List.of(":", field, root, ":", "echo", SEPARATOR));
            }
        }
        List<List<String>> answers = sections(tolerant(fish, chain.subList(1, chain.size()).toArray(String[]::new)));
        int next = 0;
        List<Partition> partitions = new ArrayList<>();
        for (String device : partitionDevices) {
            partitions.add(new Partition(device, size(answers, next++)));
        }
        List<FileSystem> fileSystems = new ArrayList<>();
        for (Map.Entry<String, String> entry : types.entrySet()) {
            String label = first(answers, next++);
            long size = size(answers, next++);
            fileSystems.add(new FileSystem(entry.getKey(), entry.getValue(), label, size, entry.getKey().equals(root)));
        }
        OperatingSystem os = null;
        if (!roots.isEmpty()) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < OS_FIELDS.size(); i++) {
                fields.add(first(answers, next++));
            }
            String version = fields.get(2).isEmpty() || fields.get(2).equals("0") && fields.get(3).equals("0") ? ""
                    : fields.get(2) + (fields.get(3).isEmpty() || fields.get(3).equals("0") ? "" : "." + fields.get(3));
            String hostname = fields.get(5).equals("unknown") ? "" : fields.get(5);
            os = new OperatingSystem(fields.get(0), fields.get(1).equals("unknown") ? "" : fields.get(1), version,
                    fields.get(4).equals("unknown") ? "" : fields.get(4), hostname);
        }
        return new ImageInspection(image, ImageFilesFactory.LIBGUESTFS, partitions, fileSystems, os);
    }

    /** Runs a chain whose commands may fail one by one (each is followed by an echo that still answers). */
    private static String tolerant(Guestfish fish, String... chain) throws IOException {
        try {
            return fish.run(chain);
        } catch (Guestfish.GuestfishException e) {
            return e.output();
        }
    }

    /** The output split at the separator lines: one list of lines per command. */
    private static List<List<String>> sections(String output) {
        List<List<String>> sections = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : GuestfsImageFiles.lines(output)) {
            if (line.equals(SEPARATOR)) {
                sections.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        sections.add(current);
        return sections;
    }

    private static String first(List<List<String>> answers, int index) {
        return index < answers.size() && !answers.get(index).isEmpty() ? answers.get(index).get(0) : "";
    }

    private static long size(List<List<String>> answers, int index) {
        try {
            return Long.parseLong(first(answers, index));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
