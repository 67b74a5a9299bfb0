package org.encompass.driver.blade.ipmi.tests;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.encompass.core.spi.Credentials;

/**
 * Simulated blades as releng/scripts/blades.sh runs them: a private set per test (its own directory and
 * ports: tests kill BMCs), and the one tgtd of the test run (started here unless test.sh did). Tests
 * abort (skip) with the reason only when the Debian packages are missing (the script exits with 3);
 * any other failure fails them.
 */
final class Blades implements AutoCloseable {
    static final String USER = "admin";
    /** The fixture's BMC password (releng/scripts/blades.sh), not a secret. */
    static final String PASSWORD = "blade-secret";
    static final String TGT_CONTROL_PORT = "17";
    private static final int MISSING = 3;

    final Path dir;
    final String chassis;
    final Map<String, String> slots = new LinkedHashMap<>();
    private final int basePort;
    private final int generation;
    /** Settings for blades.sh beyond the ports (a slow power-on, a private tgtd). */
    private final Map<String, String> settings = new LinkedHashMap<>();

    private Blades(Path dir, String chassis, int basePort, int generation) {
        this.dir = dir;
        this.chassis = chassis;
        this.basePort = basePort;
        this.generation = generation;
    }

    /** {@code count} blades with BMCs on {@code basePort}+1.., files under {@code dir}. */
    static Blades start(Path dir, String chassis, int count, int basePort) throws Exception {
        return start(dir, chassis, count, basePort, 0);
    }

    /**
     * The same, where slots that are not running start with GUIDs of {@code generation}: another
     * generation in a slot is another blade (it was swapped).
     */
    static Blades start(Path dir, String chassis, int count, int basePort, int generation) throws Exception {
        Blades blades = new Blades(dir, chassis, basePort, generation);
        blades.removeTargets(); // an earlier run that was killed may have left the chassis' targets
        Result started = blades.script("start", Integer.toString(count));
        for (String line : started.output.lines().filter(l -> !l.isBlank()).toList()) {
            String[] parts = line.trim().split(" ");
            blades.slots.put(parts[0], parts[1]);
        }
        return blades;
    }

    /**
     * Starts the BMCs that are not running again (their machines are left as they are); {@code generation}
     * gives them GUIDs of another blade (a swap), or the same with the generation they had.
     */
    @SuppressWarnings("resource") // a handle to run the script with other GUIDs; closing it would stop the BMCs
    void restartStopped(int newGeneration) throws Exception {
        Blades again = new Blades(dir, chassis, basePort, newGeneration);
        again.settings.putAll(settings);
        again.script("start", Integer.toString(slots.size()));
    }

    /**
     * Makes slot's next power-on take {@code seconds} (its BMC answers only then; the machine starts
     * afterwards even if the BMC died meanwhile), so that a test can kill the BMC in the middle of it.
     */
    void slowNextPowerOn(String slot, int seconds) throws IOException {
        Files.writeString(dir.resolve("slot" + slot).resolve("power-on-delay"), Integer.toString(seconds));
    }

    /** Whether slot's slow power-on is under way (see {@link #slowNextPowerOn}). */
    boolean poweringOn(String slot) {
        return Files.exists(dir.resolve("slot" + slot).resolve("powering-on"));
    }

    /**
     * A tgtd of the test's own (management channel {@code controlPort}, portal 127.0.0.1:{@code portalPort},
     * files in {@code dir}), for tests that kill it; the driver is pointed at it until {@link #useSharedTgtd()}.
     */
    static Blades privateTgtd(Path dir, String controlPort, int portalPort) throws Exception {
        Blades tgtd = new Blades(dir, "tgt", 16230, 0);
        tgtd.settings.put("ENCOMPASS_TGT_CONTROL_PORT", controlPort);
        tgtd.settings.put("ENCOMPASS_TGT_PORTAL", "127.0.0.1:" + portalPort);
        tgtd.script("tgt-start");
        System.setProperty("encompass.tgt.controlPort", controlPort);
        return tgtd;
    }

    /** Kills this (private) tgtd at once (SIGKILL): its targets are gone with it. */
    void killTgtd() throws Exception {
        long pid = Long.parseLong(Files.readString(dir.resolve("tgtd.pid")).trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(50);
        }
    }

    /** Starts this (private) tgtd again, empty. */
    void restartTgtd() throws Exception {
        script("tgt-start");
    }

    /** Stops this (private) tgtd and points the driver at the shared one again. */
    void stopTgtd() throws Exception {
        try {
            script("tgt-stop");
        } finally {
            System.setProperty("encompass.tgt.controlPort", TGT_CONTROL_PORT);
        }
    }

    /** The shared tgtd (control port 17); the driver is pointed at it. */
    @SuppressWarnings("resource") // a handle to run the script; closing it would stop the BMCs
    static synchronized void tgtd() throws Exception {
        System.setProperty("encompass.tgt.controlPort", TGT_CONTROL_PORT);
        new Blades(Paths.get(System.getProperty("java.io.tmpdir"), "encompass-blades"), "tgt", 16230, 0).script("tgt-start");
    }

    /** ipmi://CHASSIS?1=HOST:PORT&... */
    String address() {
        StringBuilder address = new StringBuilder("ipmi://").append(chassis).append('?');
        slots.forEach((slot, bmc) -> address.append(address.charAt(address.length() - 1) == '?' ? "" : "&")
                .append(slot).append('=').append(bmc));
        return address.toString();
    }

    Credentials credentials() {
        return new Credentials(USER, PASSWORD.toCharArray());
    }

    /** The pid of slot's QEMU machine when it runs, else -1. */
    long machinePid(String slot) throws IOException {
        Path pidFile = dir.resolve("slot" + slot).resolve("qemu.pid");
        if (!Files.isRegularFile(pidFile)) {
            return -1;
        }
        String text = Files.readString(pidFile).trim();
        if (text.isEmpty()) {
            return -1;
        }
        long pid = Long.parseLong(text);
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("blade-" + slot)).isPresent() ? pid : -1;
    }

    /** slot's machine's serial console (QEMU's -serial file:). */
    Path serialLog(String slot) {
        return dir.resolve("slot" + slot).resolve("serial.log");
    }

    /** The boot order slot's machine was started with ("n" network, "c" disk), from its command line. */
    String machineBootOrder(String slot) throws IOException {
        long pid = machinePid(slot);
        if (pid < 0) {
            return null;
        }
        String command = ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("");
        int at = command.indexOf("order=");
        return at < 0 ? null : command.substring(at + 6, at + 7);
    }

    /** Stops slot's BMC at once (SIGKILL): it answers nothing more, its machine keeps running. */
    void killBmc(String slot) throws Exception {
        Path pidFile = dir.resolve("slot" + slot).resolve("ipmi_sim.pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(50);
        }
    }

    /** tgtadm --op show --mode target of the shared tgtd. */
    static String tgtShow() throws Exception {
        Process p = new ProcessBuilder("tgtadm", "-C", TGT_CONTROL_PORT, "--lld", "iscsi", "--op", "show", "--mode", "target")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** The shared tgtd's iSCSI portal (releng/scripts/blades.sh's default). */
    static final String TGT_PORTAL = "127.0.0.1:3261";

    /** QEMU's --image-opts for LUN 1 of {@code target} as {@code initiator}. */
    static String lunOptions(String target, String initiator) {
        return "driver=iscsi,transport=tcp,portal=" + TGT_PORTAL + ",target=" + target + ",lun=1,initiator-name=" + initiator;
    }

    /** qemu-img info of LUN 1 of {@code target}, logging in as {@code initiator} (QEMU's own iSCSI initiator). */
    static String readLun(String target, String initiator) throws Exception {
        Process p = new ProcessBuilder("qemu-img", "info", "--image-opts", lunOptions(target, initiator)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        try {
            script("stop");
        } finally {
            removeTargets();
        }
    }

    /** Removes this chassis' targets from the shared tgtd, if it runs (a failed test leaves nothing behind). */
    void removeTargets() throws Exception {
        Matcher m = Pattern.compile("^Target (\\d+): iqn\\.2026-12\\.org\\.encompass:" + Pattern.quote(chassis) + "\\.slot",
                Pattern.MULTILINE).matcher(tgtShow());
        while (m.find()) {
            new ProcessBuilder("tgtadm", "-C", TGT_CONTROL_PORT, "--lld", "iscsi", "--op", "delete", "--force", "--mode", "target",
                    "--tid", m.group(1)).redirectErrorStream(true).start().waitFor();
        }
    }

    private record Result(int exit, String output) {
    }

    private Result script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("ENCOMPASS_BLADES_DIR", dir.toString());
        builder.environment().put("ENCOMPASS_BLADES_PORT", Integer.toString(basePort));
        builder.environment().put("ENCOMPASS_BLADES_CHASSIS", chassis);
        builder.environment().put("ENCOMPASS_BLADES_GENERATION", Integer.toString(generation));
        builder.environment().put("ENCOMPASS_TGT_CONTROL_PORT", TGT_CONTROL_PORT);
        builder.environment().putAll(settings);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit == MISSING) {
            abort("simulated blades cannot run here: " + err.trim());
        }
        if (exit != 0) {
            throw new IllegalStateException("releng/scripts/blades.sh " + String.join(" ", args) + " failed (exit " + exit + "): " + err + out);
        }
        return new Result(exit, out);
    }

    /** releng/scripts/blades.sh, found above the test's working directory (the test bundle's folder). */
    static Path script() {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("releng/scripts/blades.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("releng/scripts/blades.sh not found above " + Paths.get("").toAbsolutePath());
    }
}
