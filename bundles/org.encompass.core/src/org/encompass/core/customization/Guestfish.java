package org.encompass.core.customization;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ExternalCommand;

/**
 * One libguestfs appliance (a small Linux VM under QEMU) driven through {@code guestfish --listen}: each
 * request is a {@code guestfish --remote=PID} child process whose commands are separated by {@code :}; the
 * chain stops at the first failing command and the client exits non-zero with libguestfs' message on stderr.
 * The arguments travel as an argument vector (no shell, no re-parsing), so paths need no quoting.
 *
 * <p>The appliance's kernel mounts the image's file systems; nothing is mounted in the host kernel, which
 * never sees the untrusted image as a file system. Each request has a time limit: when it runs out the whole
 * appliance is stopped (a corrupted file system cannot hang the caller). The listener's PID is kept in a work
 * directory named after this JVM, so a JVM killed outright has its appliance stopped by the next one.
 */
final class Guestfish implements AutoCloseable {

    static final Duration LAUNCH_TIMEOUT = Duration.ofMinutes(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    /** Drives one appliance takes; libguestfs' virtio-scsi limit is far higher, this bounds its memory. */
    static final int MAX_DRIVES = 24;

    private static final String WORK_DIR_PREFIX = "encompass-guestfs-";
    private static final String PID_FILE = "listener.pid";
    private static final String ERRORS_FILE = "listener.err";
    private static final Pattern PID_LINE = Pattern.compile("GUESTFISH_PID=(\\d+);.*");

    private final long pid;
    private final Path workDir;
    private final Thread stopOnExit;
    private boolean closed;
    private GuestfsBatch.Drive selected;
    private String mounted;
    private final java.util.Map<String, Layout> layouts = new java.util.HashMap<>();

    private Guestfish(long pid, Path workDir) {
        this.pid = pid;
        this.workDir = workDir;
        this.stopOnExit = new Thread(this::stop, "encompass guestfish stop " + pid);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Whether guestfish is installed (releng/scripts/guestfs.sh installs it). */
    static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "guestfish"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts an appliance with {@code drives} attached as {@code /dev/sda}, {@code /dev/sdb}... in order, each
     * {@code format} ("raw" or "qcow2": a qcow2 overlay is opened by QEMU itself, its writes stay in it).
     */
    static Guestfish launch(List<Path> drives, String format) throws IOException {
        if (drives.isEmpty() || drives.size() > MAX_DRIVES) {
            throw new IllegalArgumentException("an appliance takes 1.." + MAX_DRIVES + " drives, not " + drives.size());
        }
        if (!installed()) {
            throw new IOException("guestfish is not installed; libguestfs customizes images without an ext4 file"
                    + " system (install it with releng/scripts/guestfs.sh install, or apt-get install libguestfs-tools"
                    + " linux-image-amd64)");
        }
        reapAbandoned();
        Path workDir = WorkDirectories.create(WORK_DIR_PREFIX);
        Guestfish fish = null;
        try {
            // The listener keeps this stderr: failed commands report there (see run).
            Path errors = workDir.resolve(ERRORS_FILE);
            String output = command(Duration.ofSeconds(30), "sh", "-c", "exec guestfish --listen 2>>\"$1\"", "sh",
                    errors.toString()).run(null);
            Matcher matcher = PID_LINE.matcher(output.strip());
            if (!matcher.matches()) {
                throw new IOException("guestfish --listen printed no PID: " + output.strip());
            }
            fish = new Guestfish(Long.parseLong(matcher.group(1)), workDir);
            Files.writeString(workDir.resolve(PID_FILE), Long.toString(fish.pid));
            List<String> setup = new ArrayList<>(List.of("set-backend", "direct"));
            for (Path drive : drives) {
                setup.addAll(List.of(":", "add-drive", drive.toAbsolutePath().toString(), "format:" + format));
            }
            fish.run(REQUEST_TIMEOUT, setup.toArray(String[]::new));
            fish.run(LAUNCH_TIMEOUT, "run");
            return fish;
        } catch (IOException | DriverException | RuntimeException e) {
            if (fish != null) {
                fish.close();
            } else {
                WorkDirectories.deleteTree(workDir);
            }
            throw e instanceof IOException io ? io
                    : new IOException("the libguestfs appliance did not start: " + e.getMessage(), e);
        }
    }

    /** Runs one chain of commands ({@code :} between them) and returns its standard output. */
    String run(String... chain) throws IOException {
        return run(REQUEST_TIMEOUT, chain);
    }

    /**
     * A listener exits at the first command that fails, so every command is sent with guestfish's {@code -}
     * prefix (carry on after an error) and a failure is seen as new text in the listener's stderr file: the
     * requests of one appliance run one at a time, so whatever a request added there is its own.
     */
    private String run(Duration timeout, String... chain) throws IOException {
        if (closed) {
            throw new IOException("the libguestfs appliance was stopped");
        }
        List<String> command = new ArrayList<>(List.of("guestfish", "--remote=" + pid, "--"));
        boolean first = true;
        for (String word : chain) {
            command.add(first ? "-" + word : word);
            first = word.equals(":");
        }
        Path errors = workDir.resolve(ERRORS_FILE);
        long errorsBefore = Files.exists(errors) ? Files.size(errors) : 0;
        ExternalCommand.Outcome outcome;
        try {
            outcome = command(timeout, command.toArray(String[]::new)).runToExit(null);
        } catch (DriverException | OperationCanceledException e) {
            close(); // a request that hangs (a damaged file system) ends the appliance: nothing waits on it
            throw new IOException("libguestfs did not answer '" + chain[0] + "' in " + timeout.toSeconds()
                    + " s; the appliance was stopped", e);
        }
        if (outcome.exitCode() != 0) {
            throw new IOException("the libguestfs appliance stopped answering: " + clean(outcome.errors()));
        }
        if (Files.exists(errors) && Files.size(errors) > errorsBefore) {
            byte[] all = Files.readAllBytes(errors);
            throw new GuestfishException(clean(new String(all, (int) errorsBefore, (int) (all.length - errorsBefore),
                    java.nio.charset.StandardCharsets.UTF_8)), outcome.output());
        }
        return outcome.output();
    }

    /** A command inside the appliance failed; the appliance itself still runs. */
    static final class GuestfishException extends IOException {
        private static final long serialVersionUID = 1L;

        private final String output;

        GuestfishException(String message, String output) {
            super(message);
            this.output = output;
        }

        /** What the chain printed (the commands that did not fail). */
        String output() {
            return output;
        }
    }

    private static String clean(String stderr) {
        String text = stderr.strip().replace("libguestfs: error: ", "").replace('\n', ' ').replaceAll("\\s+", " ");
        return text.isEmpty() ? "guestfish failed without a message" : text;
    }

    private static ExternalCommand command(Duration timeout, String... command) {
        return new ExternalCommand(timeout, command);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook stops the appliance
        }
        stop();
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // 'exit' lets libguestfs shut QEMU down (and flush its disks); a kill is the fallback.
            command(Duration.ofSeconds(30), "guestfish", "--remote=" + pid, "--", "exit").runToExit(null);
        } catch (DriverException | RuntimeException e) {
            // killed below
        }
        kill(pid);
        try {
            WorkDirectories.deleteTree(workDir);
        } catch (IOException e) {
            // removed by the next JVM's reapAbandoned
        }
    }

    /** Ends a guestfish listener and its QEMU, but only when the PID still belongs to guestfish. */
    private static void kill(long pid) {
        ProcessHandle.of(pid).filter(Guestfish::isGuestfish).ifPresent(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
    }

    private static boolean isGuestfish(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("guestfish")).orElse(false);
    }

    /** Stops the appliances of JVMs that ended without closing them, and removes their work directories. */
    private static void reapAbandoned() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(temp, WORK_DIR_PREFIX + "*")) {
            for (Path entry : entries) {
                String rest = entry.getFileName().toString().substring(WORK_DIR_PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash <= 0 || ProcessHandle.of(Long.parseLong(rest.substring(0, dash))).isPresent()) {
                    continue;
                }
                Path pidFile = entry.resolve(PID_FILE);
                if (Files.exists(pidFile)) {
                    kill(Long.parseLong(Files.readString(pidFile).strip()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort
        }
        WorkDirectories.deleteAbandoned(WORK_DIR_PREFIX);
    }

    Path workDir() {
        return workDir;
    }

    /** What {@link GuestfsImageFiles} found on a drive: its root file system and every file system's type. */
    record Layout(String root, java.util.Map<String, String> types) {
        /** Whether any file system is an LVM logical volume (LVM must then be filtered to this drive). */
        boolean usesLvm() {
            return types.keySet().stream().anyMatch(device -> !device.startsWith("/dev/sd"));
        }
    }

    Layout layout(String drive) {
        return layouts.get(drive);
    }

    void layout(String drive, Layout layout) {
        layouts.put(drive, layout);
    }

    /** The drive LVM is filtered to, in a batch; {@code null} before the first. */
    GuestfsBatch.Drive selected() {
        return selected;
    }

    void selected(GuestfsBatch.Drive drive) {
        this.selected = drive;
    }

    /** Which drive's file system is mounted as the appliance's root ({@code drive=device}), or {@code null}. */
    String mounted() {
        return mounted;
    }

    void mounted(String key) {
        this.mounted = key;
    }
}
