package org.encompass.core.tests.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.core.spi.StorageDriver;

/**
 * Storage whose "images" are directory trees under the device directory, so the engine's
 * customization runs on real files without file-system images. For fast engine tests only.
 */
public class FakeStorageDriver implements StorageDriver {
    /** How long each clone takes, so tests can see copies overlap. */
    public static volatile long cloneMillis;
    /** Copies running now, and the most that ever ran at once since {@link #resetPeak()}. */
    private static final java.util.concurrent.atomic.AtomicInteger ACTIVE = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger PEAK = new java.util.concurrent.atomic.AtomicInteger();

    public static int peakConcurrentClones() {
        return PEAK.get();
    }

    public static void resetPeak() {
        PEAK.set(0);
        READERS.clear();
        PEAK_READERS.set(0);
        SOURCES_READ.clear();
    }

    /** Copies reading each source image now, the most readers one source ever had, and every source read. */
    private static final java.util.Map<String, java.util.concurrent.atomic.AtomicInteger> READERS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger PEAK_READERS = new java.util.concurrent.atomic.AtomicInteger();
    private static final List<String> SOURCES_READ = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    public static int peakReadersOfOneSource() {
        return PEAK_READERS.get();
    }

    public static List<String> sourcesRead() {
        return List.copyOf(SOURCES_READ);
    }

    @Override
    public Set<CloneMethod> supportedMethods(StorageDeviceSpec device) {
        return EnumSet.of(CloneMethod.FULL, CloneMethod.SPARSE);
    }

    @Override
    public void validate(StorageDeviceSpec device) throws DriverException {
        if (!Files.isDirectory(Path.of(device.location()))) {
            throw new DriverException("no such directory: " + device.location());
        }
    }

    @Override
    public ImageRef importImage(StorageDeviceSpec device, Path source, ImageFormat format, String name,
            IProgressMonitor monitor) throws DriverException {
        Faults.check("import");
        Path target = Path.of(device.location(), name);
        copyTree(source, target);
        return new ImageRef(target.toString(), format);
    }

    @Override
    public ImageRef cloneImage(StorageDeviceSpec device, ImageRef source, String name, CloneMethod method,
            IProgressMonitor monitor) throws DriverException {
        Path target = Path.of(device.location(), name);
        if (Files.exists(target)) {
            throw new DriverException("image " + name + " exists already");
        }
        PEAK.accumulateAndGet(ACTIVE.incrementAndGet(), Math::max);
        java.util.concurrent.atomic.AtomicInteger readers = READERS.computeIfAbsent(source.location(),
                l -> new java.util.concurrent.atomic.AtomicInteger());
        PEAK_READERS.accumulateAndGet(readers.incrementAndGet(), Math::max);
        SOURCES_READ.add(source.location());
        try {
            Thread.sleep(cloneMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            readers.decrementAndGet();
            ACTIVE.decrementAndGet();
        }
        copyTree(Path.of(source.location()), target);
        try {
            Faults.check("clone", monitor); // after the copy, so a crash leaves a stray image behind, like a real one
        } catch (org.eclipse.core.runtime.OperationCanceledException e) {
            deleteTree(target); // a cancelled copy leaves nothing, as the real drivers do
            throw e;
        }
        return new ImageRef(target.toString(), source.format());
    }

    /** While set, background flushes wait for it to open (at most 30 s), so a test sees a clone still pending. */
    public static volatile java.util.concurrent.CountDownLatch flushGate;
    private static final List<String> FLUSHED = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /** The images flushed so far, in order. */
    public static List<String> flushed() {
        return List.copyOf(FLUSHED);
    }

    /** SPARSE copies are written behind, as the file driver's are: a flush puts them "on disk". */
    @Override
    public boolean writesBehind(CloneMethod method) {
        return method == CloneMethod.SPARSE;
    }

    /** While false, write-behind clones are not planned ahead (the engine registers them after the copy then). */
    public static volatile boolean planClones = true;

    @Override
    public ImageRef plannedClone(StorageDeviceSpec device, ImageRef source, String name, CloneMethod method)
            throws DriverException {
        if (!planClones || !writesBehind(method)) {
            return null;
        }
        if (Files.exists(Path.of(device.location(), name))) {
            throw new DriverException("image " + name + " exists already");
        }
        return new ImageRef(Path.of(device.location(), name).toString(), source.format());
    }

    @Override
    public void flush(StorageDeviceSpec device, ImageRef image) throws DriverException {
        java.util.concurrent.CountDownLatch gate = flushGate;
        if (gate != null) {
            try {
                gate.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Faults.check("flush");
        if (!Files.isDirectory(Path.of(image.location()))) {
            throw new DriverException("no image at " + image.location());
        }
        FLUSHED.add(image.location());
    }

    @Override
    public ImageRef captureImage(StorageDeviceSpec device, ImageRef clone, String name, IProgressMonitor monitor)
            throws DriverException {
        Faults.check("capture");
        Path target = Path.of(device.location(), name);
        copyTree(Path.of(clone.location()), target);
        return new ImageRef(target.toString(), clone.format());
    }

    @Override
    public void deleteImage(StorageDeviceSpec device, ImageRef image) throws DriverException {
        Faults.check("delete");
        deleteTree(Path.of(image.location()));
    }

    @Override
    public void deleteImageNamed(StorageDeviceSpec device, String name) throws DriverException {
        deleteTree(Path.of(device.location(), name));
    }

    @Override
    public String sha256(StorageDeviceSpec device, ImageRef image, IProgressMonitor monitor) throws DriverException {
        Path root = Path.of(image.location());
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(root.relativize(file).toString().getBytes()); // a copy hashes as its source does
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new DriverException("cannot hash " + image.location() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<ImageRef> listImages(StorageDeviceSpec device) throws DriverException {
        try (Stream<Path> entries = Files.list(Path.of(device.location()))) {
            return entries.sorted().map(p -> new ImageRef(p.toString(), ImageFormat.RAW)).toList();
        } catch (IOException e) {
            throw new DriverException("cannot list " + device.location() + ": " + e.getMessage(), e);
        }
    }

    /** Beside the device's directory (whose every entry is an image here). */
    @Override
    public Path contentDirectory(StorageDeviceSpec device) {
        return Path.of(device.location() + "-contents");
    }

    @Override
    public long virtualSize(StorageDeviceSpec device, ImageRef image) {
        return 1L << 20;
    }

    @Override
    public Path localRawFile(StorageDeviceSpec device, ImageRef image) {
        return Path.of(image.location());
    }

    static void copyTree(Path from, Path to) throws DriverException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DriverException("copy " + from + " -> " + to + " failed: " + e.getMessage(), e);
        }
    }

    static void deleteTree(Path root) throws DriverException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : all) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new DriverException("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
