package org.encompass.core.customization;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One libguestfs appliance (a small Linux VM under QEMU) driven by one long-lived {@code guestfish} process that
 * reads commands on its standard input: a request writes its commands, one a line, each followed by an
 * {@code echo} of a marker unique to the session, and reads the answers up to each marker. So a command costs
 * one round trip to the appliance (tens of milliseconds under TCG), not a client process of its own. Every
 * command is sent with guestfish's {@code -} prefix (carry on after an error); guestfish reports a failed
 * command on its standard error, which is merged into the same pipe, as {@code *stdin*:LINE: libguestfs: error:
 * ...} before the marker, so each command's answer and error are told apart. Arguments are double-quoted with
 * guestfish's escapes, so paths need no care from callers.
 *
 * <p>The appliance's kernel mounts the image's file systems; nothing is mounted in the host kernel, which
 * never sees the untrusted image as a file system. Each request has a time limit: when it runs out the whole
 * appliance is stopped (a corrupted file system cannot hang the caller), and an appliance that died is a clear
 * error on the next request. guestfish ends with its standard input, so a JVM killed outright leaves no
 * appliance behind; its work directory, named after the JVM, is removed by the next one.
 */
final class Guestfish implements AutoCloseable {

    static final Duration LAUNCH_TIMEOUT = Duration.ofMinutes(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);
    /** Drives one appliance takes; libguestfs' virtio-scsi limit is far higher, this bounds its memory. */
    static final int MAX_DRIVES = 24;

    private static final String WORK_DIR_PREFIX = "encompass-guestfs-";
    private static final String PID_FILE = "guestfish.pid";
    private static final Pattern ERROR_LINE = Pattern.compile("\\*stdin\\*:\\d+: (?:libguestfs: error: )?(.*)");
    /** guestfish's own complaints about a command line (a bug here, not the image's fault). */
    private static final Pattern USAGE_LINE = Pattern.compile("(?:error: .*|\\S+: unknown command)");
    /** Warnings on guestfish's standard error (merged): neither an answer nor a failure. */
    private static final Pattern WARNING_LINE = Pattern.compile("(?:\\*stdin\\*:\\d+: )?libguestfs: warning: .*");
    private static final String END_OF_OUTPUT = new String(new char[] {0});
    /** {@code -Dencompass.guestfish.trace=true}: each command's time in the appliance, on standard error (profiling). */
    private static final boolean TRACE = Boolean.getBoolean("encompass.guestfish.trace");

    private final Process process;
    private final Path workDir;
    private final Thread stopOnExit;
    private final BufferedWriter commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final String marker = "@@encompass-" + HexFormat.of().toHexDigits(new SecureRandom().nextLong());
    private static final java.util.concurrent.atomic.AtomicLong LAUNCHES = new java.util.concurrent.atomic.AtomicLong();

    private volatile boolean closed;
    private GuestfsBatch.Drive selected;
    private String mounted;
    private final java.util.Map<String, Layout> layouts = new java.util.HashMap<>();
    private List<String> partitions;

    private Guestfish(Process process, Path workDir) {
        this.process = process;
        this.workDir = workDir;
        this.commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread.ofVirtual().name("encompass guestfish output " + process.pid()).start(this::drain);
        this.stopOnExit = new Thread(this::stop, "encompass guestfish stop " + process.pid());
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
        return launch(drives, format, false);
    }

    /**
     * As {@link #launch(List, String)}; {@code readOnly}: the drives are attached read-only (libguestfs puts a
     * throw-away overlay over each), for work that must not change the image (inspection).
     */
    static Guestfish launch(List<Path> drives, String format, boolean readOnly) throws IOException {
        if (drives.isEmpty() || drives.size() > MAX_DRIVES) {
            throw new IllegalArgumentException("an appliance takes 1.." + MAX_DRIVES + " drives, not " + drives.size());
        }
        if (!installed()) {
            throw new IOException("guestfish is not installed; libguestfs customizes images without an ext4 file"
                    + " system (install it with releng/scripts/guestfs.sh install, or apt-get install libguestfs-tools"
                    + " linux-image-amd64)");
        }
        reapAbandoned();
        LAUNCHES.incrementAndGet();
        Path workDir = WorkDirectories.create(WORK_DIR_PREFIX);
        Guestfish fish = null;
        try {
            ProcessBuilder builder = new ProcessBuilder("guestfish").redirectErrorStream(true);
            builder.environment().put("LIBGUESTFS_BACKEND", "direct");
            fish = new Guestfish(builder.start(), workDir);
            Files.writeString(workDir.resolve(PID_FILE), Long.toString(fish.process.pid()));
            List<String> setup = new ArrayList<>(List.of("set-backend", "direct"));
            for (Path drive : drives) {
                setup.addAll(List.of(":", "add-drive", drive.toAbsolutePath().toString(), "format:" + format));
                if (readOnly) {
                    setup.add("readonly:true");
                }
            }
            fish.run(REQUEST_TIMEOUT, setup.toArray(String[]::new));
            fish.run(LAUNCH_TIMEOUT, "run");
            return fish;
        } catch (IOException | RuntimeException e) {
            if (fish != null) {
                fish.close();
            } else {
                WorkDirectories.deleteTree(workDir);
            }
            throw e instanceof GuestfishException || !(e instanceof IOException) || fish == null
                    ? new IOException("the libguestfs appliance did not start: " + e.getMessage(), e)
                    : (IOException) e;
        }
    }

    /** Whether the appliance still takes requests (not stopped by a time limit, a crash or {@link #close}). */
    boolean running() {
        return !closed;
    }

    static long launches() {
        return LAUNCHES.get();
    }

    /** Runs one chain of commands ({@code :} between them) and returns its standard output. */
    String run(String... chain) throws IOException {
        return run(REQUEST_TIMEOUT, chain);
    }

    /**
     * Sends every command of the chain, then reads their answers. A command that fails does not stop the
     * others (as guestfish's {@code -} prefix says); when any failed, the errors are thrown together with what
     * the others printed.
     */
    private synchronized String run(Duration timeout, String... chain) throws IOException {
        if (closed) {
            throw new IOException("the libguestfs appliance was stopped");
        }
        List<List<String>> split = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : chain) {
            if (word.equals(":")) {
                split.add(current);
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        split.add(current);
        StringBuilder script = new StringBuilder();
        for (List<String> command : split) {
            script.append('-').append(command.get(0));
            for (String argument : command.subList(1, command.size())) {
                script.append(' ').append(quoted(argument));
            }
            script.append("\necho ").append(marker).append('\n');
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        StringBuilder output = new StringBuilder();
        List<String> errors = new ArrayList<>();
        try {
            commands.write(script.toString());
            commands.flush();
            long started = System.nanoTime();
            for (List<String> command : split) {
                boolean failed = false;
                for (String line = next(deadline, timeout, command.get(0)); !line.equals(marker); line = next(deadline, timeout, command.get(0))) {
                    Matcher error = ERROR_LINE.matcher(line);
                    if (WARNING_LINE.matcher(line).matches()) {
                        continue;
                    }
                    if (error.matches() || USAGE_LINE.matcher(line).matches()) {
                        errors.add(error.matches() ? error.group(1) : line);
                        failed = true;
                    } else if (failed) {
                        errors.add(line); // a message of several lines (a mkfs tool's usage text)
                    } else {
                        output.append(line).append('\n');
                    }
                }
                if (TRACE) {
                    long now = System.nanoTime();
                    System.err.printf("guestfish %6.3f s %s%n", (now - started) / 1e9, String.join(" ", command));
                    started = now;
                }
            }
        } catch (StoppedAnswering e) {
            close(); // a request that hangs (a damaged file system) ends the appliance: nothing waits on it
            throw e;
        } catch (IOException e) {
            close();
            String said = clean(String.join(" ", errors) + " " + output);
            throw new IOException("the libguestfs appliance ended unexpectedly (" + e.getMessage() + ")"
                    + (said.startsWith("guestfish failed") ? "" : ": " + said), e);
        }
        if (!errors.isEmpty()) {
            throw new GuestfishException(clean(String.join(" ", errors)), output.toString());
        }
        return output.toString();
    }

    /** The next line guestfish printed, waiting until {@code deadline}. */
    private String next(long deadline, Duration timeout, String command) throws IOException {
        try {
            String line = answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new StoppedAnswering("libguestfs did not answer '" + command + "' in " + timeout.toSeconds()
                        + " s; the appliance was stopped");
            }
            if (line.equals(END_OF_OUTPUT)) {
                throw new IOException("guestfish exited while running '" + command + "'");
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoppedAnswering("interrupted while waiting for libguestfs; the appliance was stopped");
        }
    }

    private static final class StoppedAnswering extends IOException {
        private static final long serialVersionUID = 1L;

        StoppedAnswering(String message) {
            super(message);
        }
    }

    /** Reads guestfish's merged output into {@link #answers}, line by line, until it exits. */
    private void drain() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                answers.add(line);
            }
        } catch (IOException e) {
            // the process was killed
        } finally {
            answers.add(END_OF_OUTPUT);
        }
    }

    /** An argument in double quotes, with guestfish's escapes for the quote, the backslash and control bytes. */
    static String quoted(String argument) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : argument.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                quoted.append(String.format("\\x%02x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
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
            // the end of its input lets guestfish shut QEMU down (and flush its disks); a kill is the fallback
            commands.close();
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            // killed below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill(process.toHandle());
        try {
            WorkDirectories.deleteTree(workDir);
        } catch (IOException e) {
            // removed by the next JVM's reapAbandoned
        }
    }

    /** Ends a guestfish process and its QEMU, but only when the PID still belongs to guestfish. */
    private static void kill(ProcessHandle process) {
        if (process.isAlive() && isGuestfish(process)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
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
                    ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip())).ifPresent(Guestfish::kill);
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

    /**
     * The partitions of every attached drive, listed once per appliance: customization never repartitions, and
     * the listing takes ~1.5 s with 16 drives under TCG (it was paid again for every clone of a batch).
     */
    List<String> partitions() throws IOException {
        if (partitions == null) {
            partitions = GuestfsImageFiles.lines(run("list-partitions"));
        }
        return partitions;
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
