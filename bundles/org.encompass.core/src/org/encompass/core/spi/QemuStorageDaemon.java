package org.encompass.core.spi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;


/**
 * One qemu-storage-daemon (Debian qemu-utils) serving every FUSE export of this JVM, driven over QMP.
 * Starting a daemon per export cost about 0.1 s of CPU, half of what customizing a copy-on-write clone
 * took; adding an export to a running daemon costs milliseconds. The daemon starts on first use and
 * stops once it has been idle for a while, and when the JVM exits.
 */
public final class QemuStorageDaemon {
    public static final QemuStorageDaemon SHARED = new QemuStorageDaemon(Duration.ofSeconds(15));

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final String DIRECTORY_PREFIX = "encompass-qsd-";
    /** A held export's directory: no owner process, its holder decides (see {@link #exportHeld}). */
    private static final String HELD_PREFIX = DIRECTORY_PREFIX + "held-";
    private static final String HOLDER_FILE = "holder";
    private static final String IMAGE_FILE = "image";
    private static final String HELD_MOUNT = "image.raw";
    private static final String OWNER_FILE = "owner.pid";
    private static final String DAEMON_FILE = "daemon.pid";
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
    /** Closing a node flushes the image: allow for a slow disk. */
    private static final Duration CLOSE_TIMEOUT = Duration.ofMinutes(2);

    private final Duration idleTime;
    private final AtomicLong names = new AtomicLong();
    private final ScheduledExecutorService idleTimer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "qemu-storage-daemon idle stop");
        thread.setDaemon(true);
        return thread;
    });
    private Process process;
    private QmpClient qmp;
    private Path directory;
    private Thread shutdownHook;
    private int exports;
    private ScheduledFuture<?> idleStop;

    public QemuStorageDaemon(Duration idleTime) {
        this.idleTime = idleTime;
    }

    /** Exports a qcow2 image as a writable raw file until the returned image is closed. */
    public RawImage exportQcow2(Path image) throws DriverException {
        QmpClient client = acquire();
        long number = names.incrementAndGet();
        String node = "image" + number;
        String export = "export" + number;
        Path mountpoint = null;
        boolean added = false;
        try {
            // inside the daemon's directory: if this JVM dies, the next start finds the mounts there
            mountpoint = Files.createTempFile(directory(), "encompass-export-", ".raw");
            client.execute("blockdev-add", Map.of("driver", "qcow2", "node-name", node,
                    "file", Map.of("driver", "file", "filename", image.toAbsolutePath().toString())), COMMAND_TIMEOUT);
            added = true;
            client.execute("block-export-add", Map.of("type", "fuse", "id", export, "node-name", node,
                    "mountpoint", mountpoint.toString(), "writable", true), COMMAND_TIMEOUT);
            return new FuseExport(image, node, export, mountpoint);
        } catch (IOException | DriverException e) {
            if (added) {
                closeNodeQuietly(client, node);
            }
            deleteQuietly(mountpoint);
            release();
            throw new DriverException("qemu-storage-daemon could not export " + image + ": " + e.getMessage(), e);
        }
    }

    /** The image files the daemon holds open now (for checks that nothing was left behind). */
    public synchronized List<String> openImages() throws DriverException {
        List<String> files = new ArrayList<>();
        if (qmp == null || !qmp.isOpen()) {
            return files;
        }
        Object nodes = qmp.execute("query-named-block-nodes", Map.of("flat", true), COMMAND_TIMEOUT);
        if (nodes instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> node && "file".equals(node.get("drv"))) {
                    files.add(String.valueOf(node.get("file")));
                }
            }
        }
        return files;
    }

    private synchronized Path directory() {
        return directory;
    }

    /** The running daemon's process id, or -1 when none runs. */
    public synchronized long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** Stops the daemon now; exports still open fail on close. */
    public synchronized void stop() {
        if (qmp != null) {
            qmp.close();
            qmp = null;
        }
        if (process != null) {
            process.destroy(); // SIGTERM: the daemon closes (and so flushes) every image
            try {
                if (!process.waitFor(CLOSE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook itself is running us
            }
            shutdownHook = null;
        }
        deleteTree(directory);
        directory = null;
        exports = 0;
    }

    private synchronized QmpClient acquire() throws DriverException {
        if (idleStop != null) {
            idleStop.cancel(false);
            idleStop = null;
        }
        if (qmp == null || !qmp.isOpen() || process == null || !process.isAlive()) {
            stop();
            start();
        }
        exports++;
        return qmp;
    }

    private synchronized void release() {
        exports = Math.max(0, exports - 1);
        if (exports == 0 && process != null) {
            idleStop = idleTimer.schedule(this::stopIfIdle, idleTime.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void stopIfIdle() {
        if (exports == 0) {
            stop();
        }
    }

    private void start() throws DriverException {
        Path log;
        Path socket;
        reapOrphans();
        try {
            directory = Files.createTempDirectory(DIRECTORY_PREFIX);
            log = directory.resolve("daemon.log");
            socket = directory.resolve("qmp.sock");
            Files.writeString(directory.resolve(OWNER_FILE), ownerLine(ProcessHandle.current()));
            process = new ProcessBuilder("qemu-storage-daemon",
                    "--chardev", "socket,id=qmp,server=on,wait=off,path=" + socket.toString().replace(",", ",,"),
                    "--monitor", "chardev=qmp")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Files.writeString(directory.resolve(DAEMON_FILE), Long.toString(process.pid()));
        } catch (IOException e) {
            stop();
            throw new DriverException("cannot start qemu-storage-daemon (Debian package qemu-utils) for FUSE exports: "
                    + e.getMessage(), e);
        }
        shutdownHook = new Thread(this::stop, "qemu-storage-daemon stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        long end = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.exists(socket)) {
            if (!process.isAlive() || System.nanoTime() > end) {
                String output = output(log);
                stop();
                throw new DriverException("qemu-storage-daemon did not start its QMP socket within "
                        + START_TIMEOUT.toSeconds() + " s: " + output);
            }
            sleep(5);
        }
        try {
            qmp = connectWhenListening(socket, end);
        } catch (IOException | DriverException e) {
            String output = output(log);
            stop();
            throw new DriverException("cannot talk QMP to qemu-storage-daemon: " + e.getMessage() + "; " + output, e);
        }
    }

    /**
     * The daemon creates its socket file before it listens on it: a connection in between is refused, so it is
     * tried again until the start's deadline (seen on a loaded machine).
     */
    private QmpClient connectWhenListening(Path socket, long end) throws IOException, DriverException {
        while (true) {
            try {
                return QmpClient.connect(socket, START_TIMEOUT);
            } catch (java.net.ConnectException e) {
                if (!process.isAlive() || System.nanoTime() > end) {
                    throw e;
                }
                sleep(5);
            }
        }
    }

    /**
     * A JVM killed while its daemon ran (a crashed console, a killed command line) leaves the daemon behind, with
     * its FUSE exports mounted: nothing else would ever stop it. Each daemon's directory (in the temp directory)
     * names its owner (pid and start time, so a reused pid is not taken for the owner) and its process, and
     * holds its mount points. Stops the daemons whose owner is gone: only a process that runs
     * qemu-storage-daemon with this directory's socket on its command line is signalled, so an unrelated
     * process that got the pid is never touched. Then unmounts what is still mounted there and removes the
     * directory. Returns what was stopped, in words.
     */
    public static List<String> reapOrphans() {
        List<String> reaped = new ArrayList<>();
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> directories = Files.list(temp)) {
            for (Path directory : directories.filter(d -> d.getFileName().toString().startsWith(DIRECTORY_PREFIX))
                    .filter(d -> !d.getFileName().toString().startsWith(HELD_PREFIX)).toList()) {
                String owner = ownerIn(directory.resolve(OWNER_FILE));
                if (owner == null || ownerAlive(owner)) {
                    continue; // not ours to judge, or its owner still runs
                }
                Long daemon = pidIn(directory.resolve(DAEMON_FILE));
                Optional<ProcessHandle> process = daemon == null ? Optional.empty()
                        : ProcessHandle.of(daemon).filter(p -> isDaemonOf(p, directory));
                process.ifPresent(QemuStorageDaemon::terminate);
                int unmounted = 0;
                for (Path mount : mountsUnder(directory)) {
                    detachIfStillMounted(mount);
                    unmounted++;
                }
                deleteTree(directory);
                reaped.add("stopped what process " + owner.split(" ")[0] + " left: "
                        + process.map(p -> "qemu-storage-daemon (pid " + p.pid() + ")").orElse("no daemon still running")
                        + (unmounted > 0 ? ", " + unmounted + " FUSE mount(s) unmounted" : "") + ", " + directory + " removed");
            }
        } catch (IOException e) {
            // nothing to reap when the temp directory cannot be listed
        }
        return reaped;
    }

    /**
     * An export that outlives the JVM that made it, for a consumer outside it (tgtd serving the file as a
     * blade's iSCSI LUN).
     *
     * @param holder what keeps it (a target name); the export lasts until {@link #stopHeld} with that name
     * @param image  the qcow2 image
     * @param file   its guest-visible bytes, a FUSE-mounted raw file
     */
    public record HeldExport(String holder, Path image, Path file) {
    }

    /**
     * Exports a qcow2 image as a writable raw file through a daemon of its own, started detached
     * ({@code --daemonize}: the export is up when this returns) so that it outlives this JVM. The held
     * daemons are not stopped by {@link #reapOrphans()} (no process owns them): their holder's driver
     * stops them with {@link #stopHeld} when it no longer needs them, also after a crash
     * ({@link #heldExports()}).
     */
    public static HeldExport exportHeld(String holder, Path image) throws DriverException {
        Path directory = heldDirectory(holder);
        if (Files.exists(directory)) {
            stopHeld(holder); // what a crash between export and use left; its holder is being made again now
        }
        Path mountpoint = directory.resolve(HELD_MOUNT);
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(HOLDER_FILE), holder);
            Files.writeString(directory.resolve(IMAGE_FILE), image.toAbsolutePath().toString());
            Files.createFile(mountpoint);
        } catch (IOException e) {
            deleteTree(directory);
            throw new DriverException("cannot prepare the FUSE export of " + image + " in " + directory + ": " + e.getMessage(), e);
        }
        try {
            new ExternalCommand(START_TIMEOUT, "qemu-storage-daemon",
                    "--blockdev", "driver=qcow2,node-name=image,file.driver=file,file.filename=" + commas(image.toAbsolutePath()),
                    "--export", "type=fuse,id=export,node-name=image,writable=on,mountpoint=" + commas(mountpoint),
                    "--pidfile", directory.resolve(DAEMON_FILE).toString(), "--daemonize").run(null);
        } catch (DriverException | RuntimeException e) {
            stopHeld(holder);
            throw new DriverException("qemu-storage-daemon could not export " + image + " for " + holder + ": " + e.getMessage(), e);
        }
        return new HeldExport(holder, image.toAbsolutePath(), mountpoint);
    }

    /** The held export of {@code holder}, or {@code null}. */
    public static HeldExport heldExport(String holder) {
        return readHeld(heldDirectory(holder));
    }

    /** Whether {@code holder}'s held export runs (a killed daemon leaves a mount that serves nothing). */
    public static boolean heldRunning(String holder) {
        Path directory = heldDirectory(holder);
        Long daemon = pidIn(directory.resolve(DAEMON_FILE));
        return daemon != null && ProcessHandle.of(daemon).filter(p -> isDaemonOf(p, directory)).isPresent();
    }

    /** Every held export on this machine (made by any process). */
    public static List<HeldExport> heldExports() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> directories = Files.list(temp)) {
            return directories.filter(d -> d.getFileName().toString().startsWith(HELD_PREFIX)).map(QemuStorageDaemon::readHeld)
                    .filter(java.util.Objects::nonNull).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Stops {@code holder}'s held export: its daemon (SIGTERM, so the image is flushed and closed), a mount it
     * left, its directory. Returns whether there was one. Stop the consumer first (a mount in use stays busy).
     */
    public static boolean stopHeld(String holder) {
        Path directory = heldDirectory(holder);
        if (!Files.exists(directory)) {
            return false;
        }
        Long daemon = pidIn(directory.resolve(DAEMON_FILE));
        if (daemon != null) {
            ProcessHandle.of(daemon).filter(p -> isDaemonOf(p, directory)).ifPresent(QemuStorageDaemon::terminate);
        }
        for (Path mount : mountsUnder(directory)) {
            detachIfStillMounted(mount);
        }
        deleteTree(directory);
        return true;
    }

    private static HeldExport readHeld(Path directory) {
        try {
            return new HeldExport(Files.readString(directory.resolve(HOLDER_FILE)),
                    Path.of(Files.readString(directory.resolve(IMAGE_FILE))), directory.resolve(HELD_MOUNT));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The holder's directory in the temp directory; its name is the holder's, made a safe file name. */
    private static Path heldDirectory(String holder) {
        return Path.of(System.getProperty("java.io.tmpdir"), HELD_PREFIX + holder.replaceAll("[^A-Za-z0-9._:-]", "_"));
    }

    /** A value of a QEMU option list: a comma is written twice. */
    private static String commas(Path path) {
        return path.toString().replace(",", ",,");
    }

    /** {@code pid startMillis}: the start time tells the owner from a later process that got the same pid. */
    private static String ownerLine(ProcessHandle process) {
        return process.pid() + process.info().startInstant().map(start -> " " + start.toEpochMilli()).orElse("");
    }

    private static String ownerIn(Path file) {
        try {
            String line = Files.readString(file).strip();
            return line.matches("\\d+( \\d+)?") ? line : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean ownerAlive(String owner) {
        String[] parts = owner.split(" ");
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(parts[0])).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || parts.length == 1) {
            return process.isPresent();
        }
        // a later process with the same pid started long after; a second of tolerance for how the time is read
        long recorded = Long.parseLong(parts[1]);
        return process.get().info().startInstant().map(start -> Math.abs(start.toEpochMilli() - recorded) < 1000)
                .orElse(true);
    }

    /** Whether {@code process} is the qemu-storage-daemon started with {@code directory}'s QMP socket. */
    private static boolean isDaemonOf(ProcessHandle process, Path directory) {
        ProcessHandle.Info info = process.info();
        return info.command().orElse("").endsWith("qemu-storage-daemon")
                && info.arguments().map(args -> String.join(" ", args).contains(directory.toString())).orElse(false);
    }

    /** SIGTERM (the daemon then closes, and so flushes, its images and removes its exports), SIGKILL after 10 s. */
    private static void terminate(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** The mount points inside {@code directory} that /proc/self/mounts lists. */
    private static List<Path> mountsUnder(Path directory) {
        try {
            String prefix = directory.toString() + "/";
            return Files.readAllLines(Path.of("/proc/self/mounts")).stream().map(line -> line.split(" "))
                    .filter(fields -> fields.length > 1 && fields[1].startsWith(prefix)).map(fields -> Path.of(fields[1]))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Long pidIn(Path file) {
        try {
            return Long.valueOf(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    private static void closeNodeQuietly(QmpClient client, String node) {
        try {
            client.execute("blockdev-del", Map.of("node-name", node), CLOSE_TIMEOUT);
        } catch (DriverException ignored) {
            // the daemon went away: it holds nothing any more
        }
    }

    /** An export of one image: closing removes the export, then closes (and so flushes) the image. */
    private final class FuseExport implements RawImage {
        private final Path image;
        private final String node;
        private final String export;
        private final Path mountpoint;
        private boolean closed;

        FuseExport(Path image, String node, String export, Path mountpoint) {
            this.image = image;
            this.node = node;
            this.export = export;
            this.mountpoint = mountpoint;
        }

        @Override
        public Path file() {
            return mountpoint;
        }

        @Override
        public void close() throws DriverException {
            if (closed) {
                return;
            }
            closed = true;
            QmpClient client;
            synchronized (QemuStorageDaemon.this) {
                client = qmp;
            }
            try {
                if (client == null) {
                    throw new DriverException("qemu-storage-daemon stopped while " + image
                            + " was exported; the image may miss the last writes");
                }
                client.execute("block-export-del", Map.of("id", export), COMMAND_TIMEOUT);
                client.awaitEvent("BLOCK_EXPORT_DELETED", export, CLOSE_TIMEOUT);
                client.execute("blockdev-del", Map.of("node-name", node), CLOSE_TIMEOUT);
            } catch (DriverException e) {
                throw new DriverException("closing the export of " + image + " failed; the image may miss the last"
                        + " writes: " + e.getMessage(), e);
            } finally {
                detachIfStillMounted(mountpoint);
                deleteQuietly(mountpoint);
                release();
            }
        }
    }

    /**
     * A daemon killed while exporting leaves a dead FUSE mount ("transport endpoint is not connected")
     * that would keep the mount point busy forever; a lazy unmount removes it.
     */
    private static void detachIfStillMounted(Path mountpoint) {
        try {
            String target = " " + mountpoint + " ";
            boolean mounted = Files.readAllLines(Path.of("/proc/self/mounts")).stream()
                    .anyMatch(line -> line.contains(target));
            if (mounted) {
                new ProcessBuilder("umount", "-l", mountpoint.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            // nothing more can be done here; the message of the failed close names the image
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String output(Path log) {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "no output" : text;
        } catch (IOException e) {
            return "no output";
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temp file left behind is harmless
            }
        }
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(QemuStorageDaemon::deleteQuietly);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
