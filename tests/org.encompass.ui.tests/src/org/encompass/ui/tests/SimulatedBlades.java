package org.encompass.ui.tests;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.encompass.core.credentials.CredentialStore;

/**
 * Simulated blades for the console's tests, started by releng/scripts/blades.sh (OpenIPMI ipmi_sim BMCs on
 * 127.0.0.1, and the test run's one tgtd): the console's own set of ports and directory, so they never meet
 * the IPMI driver's tests' BMCs. Skips (aborts) with the script's reason only when the Debian packages are
 * missing; any other failure fails the test.
 */
final class SimulatedBlades implements AutoCloseable {
    static final String USER = "admin";
    /** The fixture's BMC password (releng/scripts/blades.sh), not a secret. */
    static final String PASSWORD = "blade-secret";
    /** The tgtd management channel of the test run (blades.sh's default); the IPMI driver is pointed at it. */
    static final String TGT_CONTROL_PORT = "17";
    private static final int MISSING = 3;

    final Path dir;
    final String chassis;
    final int basePort;
    final int count;

    private SimulatedBlades(Path dir, String chassis, int basePort, int count) {
        this.dir = dir;
        this.chassis = chassis;
        this.basePort = basePort;
        this.count = count;
    }

    /** {@code count} BMCs (slots 1..count) on ports {@code basePort}+slot, their files under {@code dir}. */
    static SimulatedBlades start(Path dir, String chassis, int basePort, int count) throws Exception {
        SimulatedBlades blades = new SimulatedBlades(dir, chassis, basePort, count);
        blades.script("start", Integer.toString(count));
        return blades;
    }

    /** The test run's one tgtd (started unless it runs, in the directory the IPMI driver's tests use), which attach exports clones from. */
    @SuppressWarnings("resource") // only runs the script: closing it would stop the run's tgtd again
    static void startTgtd() throws Exception {
        System.setProperty("encompass.tgt.controlPort", TGT_CONTROL_PORT);
        new SimulatedBlades(Paths.get(System.getProperty("java.io.tmpdir"), "encompass-blades"), "tgt", 16230, 0).script("tgt-start");
    }

    /** The chassis' slots as an operator types them in the wizard or after chassis add --slot. */
    String slotRange() {
        return "1-" + count + "=127.0.0.1:" + (basePort + 1);
    }

    /** The iSCSI target attach makes for {@code slot} (the IPMI driver's naming). */
    String target(int slot) {
        return "iqn.2026-12.org.encompass:" + chassis + ".slot" + slot;
    }

    /** Whether slot's QEMU machine runs (blades.sh keeps its pid in slotN/qemu.pid while it does). */
    boolean machineRuns(int slot) throws IOException {
        Path pidFile = dir.resolve("slot" + slot).resolve("qemu.pid");
        if (!Files.isRegularFile(pidFile) || Files.readString(pidFile).isBlank()) {
            return false;
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().orElse("").contains("blade-" + slot)).isPresent();
    }

    /**
     * Points the secure storage (CredentialStore.standard, what the wizards and these tests' engines use) at
     * {@code dir} until the returned action restores the test run's: logins stored here never reach the
     * console's storage, which other test classes check.
     */
    static Runnable ownSecureStorage(Path dir) {
        String before = System.getProperty(CredentialStore.DIRECTORY_PROPERTY);
        System.setProperty(CredentialStore.DIRECTORY_PROPERTY, dir.toString());
        return () -> {
            if (before == null) {
                System.clearProperty(CredentialStore.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(CredentialStore.DIRECTORY_PROPERTY, before);
            }
        };
    }

    /** The iSCSI portal of the test run's tgtd (releng/scripts/blades.sh's default). */
    static final String TGT_PORTAL = "127.0.0.1:3261";

    /** tgtadm --op show --mode target of the test run's tgtd. */
    static String tgtShow() throws Exception {
        Process p = new ProcessBuilder("tgtadm", "-C", TGT_CONTROL_PORT, "--lld", "iscsi", "--op", "show", "--mode", "target")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Removes this chassis' targets from the test run's tgtd (a run that failed or was killed may have left them). */
    void removeTargets() throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Target ([0-9]+): (\\S+)").matcher(tgtShow());
        String ours = "iqn.2026-12.org.encompass:" + chassis + ".slot";
        while (m.find()) {
            if (!m.group(2).startsWith(ours)) {
                continue;
            }
            new ProcessBuilder("tgtadm", "-C", TGT_CONTROL_PORT, "--lld", "iscsi", "--op", "delete", "--force", "--mode", "target", "--tid", m.group(1))
                    .redirectErrorStream(true).start().waitFor();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            removeTargets();
        } finally {
            script("stop");
        }
    }

    private String script(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("ENCOMPASS_BLADES_DIR", dir.toString());
        builder.environment().put("ENCOMPASS_BLADES_PORT", Integer.toString(basePort));
        builder.environment().put("ENCOMPASS_BLADES_CHASSIS", chassis);
        builder.environment().put("ENCOMPASS_TGT_CONTROL_PORT", TGT_CONTROL_PORT);
        builder.redirectErrorStream(false);
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
        return out;
    }

    /** releng/scripts/blades.sh, found above the test's working directory (the test bundle's folder). */
    private static Path script() {
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("releng/scripts/blades.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("releng/scripts/blades.sh not found above " + Paths.get("").toAbsolutePath());
    }
}
