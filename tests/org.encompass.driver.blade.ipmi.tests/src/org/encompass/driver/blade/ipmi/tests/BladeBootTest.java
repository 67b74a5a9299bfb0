package org.encompass.driver.blade.ipmi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.encompass.cli.Cli;
import org.encompass.core.spi.QemuStorageDaemon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deployed clone really boots on a blade: the bootable master (releng/scripts/bootable-master.sh)
 * with the item "/etc/hostname = ${hostname}", deployed from the command line as a customized raw
 * (SPARSE) clone, and as a copy-on-write (COW) clone, onto a simulated blade; activate powers the blade on over IPMI with network boot, its
 * QEMU machine's iPXE {@code sanboot}s the blade's LUN from the project's tgtd, and the serial console
 * shows the clone's own hostname. Deactivate powers it off (the guest obeys the ACPI power button);
 * detach removes the target and its LUN.
 */
class BladeBootTest {
    /** TCG boot over iSCSI took 26-44 s on this machine; generous for a loaded machine, still bounded. */
    private static final Duration BOOT_LIMIT = Duration.ofMinutes(4);
    private static final Pattern LINE = Pattern.compile("encompass-hostname[a-z-]*: ([^\\r\\n]*)");

    @TempDir
    Path dir;

    private Path data;
    private InputStream savedIn;

    @BeforeAll
    static void tgtd() throws Exception {
        Blades.tgtd();
    }

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        System.setProperty("encompass.secure.storage", dir.resolve("secure").toString());
        System.setProperty("encompass.deactivateTimeout", "30"); // the booted guest powers off on the ACPI button
        savedIn = System.in;
    }

    @AfterEach
    void tearDown() {
        System.setIn(savedIn);
        System.clearProperty("encompass.deactivateTimeout");
    }

    @Test
    void aCustomizedCloneBootsFromItsLunOnTheBlade() throws Exception {
        try (Blades blades = Blades.start(dir.resolve("blades"), "netboot", 2, 16520)) {
            deployBootAndDetach(blades, "2", "SPARSE");
        }
    }

    /**
     * The same with a copy-on-write clone: its LUN serves the qcow2 clone's guest-visible bytes through a
     * FUSE export (the master is never served), which detach stops with the target.
     */
    @Test
    void aCustomizedCopyOnWriteCloneBootsFromItsLunOnTheBlade() throws Exception {
        try (Blades blades = Blades.start(dir.resolve("blades"), "cowboot", 1, 16560)) {
            deployBootAndDetach(blades, "1", "COW");
        }
    }

    private void deployBootAndDetach(Blades blades, String slot, String method) throws Exception {
        String chassis = blades.chassis;
        String blade = chassis + "/blade" + slot;
        Path master = dir.resolve("bootable.img");
        makeBootableMaster(master);
        Files.createDirectories(dir.resolve("store"));
        ok("storage", "add", "store", "--kind", "file", "--location", dir.resolve("store").toString(), "--default-method", method);
        ok("master", "import", "bootable", "--file", master.toString(), "--storage", "store", "--arch", "x86_64");
        ok("master", "item-add", "bootable", "--path", "/etc/hostname", "--content", "${hostname}\n", "--template");
        run(Blades.PASSWORD + "\n", "chassis", "add", chassis, "--slot", "1-" + blades.slots.size() + "=" + blades.slots.get("1"),
                "--user", "admin", "--password-stdin").success();

        String hostname = "blade-web-" + Long.toHexString(System.nanoTime() & 0xfffff);
        ok("deploy", "bootable", blade, "--var", blade + ":hostname=" + hostname, "--no-activate");
        String clone = cloneOn(blade);
        String target = "iqn.2026-12.org.encompass:" + chassis + ".slot" + slot;
        String shown = Blades.tgtShow();
        assertTrue(shown.contains(target), "attach made the blade's target");
        QemuStorageDaemon.HeldExport export = QemuStorageDaemon.heldExport(target);
        if (method.equals("COW")) {
            assertTrue(export != null && export.image().toString().endsWith(".qcow2"), "the qcow2 clone is exported: " + export);
            String block = shown.substring(shown.indexOf(target));
            assertEquals(1, block.split("Backing store path: /").length - 1, "one LUN: " + block);
            assertTrue(block.contains("Backing store path: " + export.file()), "its LUN is the export, not the master: " + shown);
        } else {
            assertEquals(null, export, "a raw clone is served as it is");
        }

        long start = System.nanoTime();
        ok("activate", clone);
        assertEquals("n", blades.machineBootOrder(slot), "booting from the network (iPXE, iSCSI)");
        assertEquals(hostname, awaitHostname(blades.serialLog(slot), BOOT_LIMIT),
                "the blade's serial console shows the clone's own hostname");
        System.out.printf("BladeBootTest (%s): hostname line %.1f s after activate (IPMI power on, iPXE sanboot over iSCSI, TCG)%n",
                method, (System.nanoTime() - start) / 1e9);

        ok("deactivate", clone);
        assertEquals(-1, blades.machinePid(slot), "the machine is off");
        ok("detach", clone);
        assertFalse(Blades.tgtShow().contains(target), "detach removed the target and its LUN");
        assertEquals(null, QemuStorageDaemon.heldExport(target), "detach stopped the export");
        if (export != null) {
            assertFalse(ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().orElse("")
                    .contains(export.file().getParent().toString())), "no qemu-storage-daemon of the export runs");
            assertFalse(Files.readString(Path.of("/proc/self/mounts")).contains(export.file().toString()), "nothing stays mounted");
        }
        ok("unassign", clone);
    }

    /** The bootable master (64 MiB, sparse; the script caches it). */
    private static void makeBootableMaster(Path image) throws IOException, InterruptedException {
        Path script = Blades.script().resolveSibling("bootable-master.sh");
        Process process = new ProcessBuilder("bash", script.toString(), image.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(script + " failed: " + output);
        }
    }

    /** Waits (bounded) for the hostname line on the serial log; throws with the log's end when none came. */
    private static String awaitHostname(Path serialLog, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String log = "";
        while (System.nanoTime() < deadline) {
            log = Files.exists(serialLog) ? Files.readString(serialLog, StandardCharsets.ISO_8859_1) : "";
            Matcher matcher = LINE.matcher(log);
            if (matcher.find()) {
                assertTrue(matcher.group().startsWith("encompass-hostname: "), "the machine booted but found no hostname: " + matcher.group());
                return matcher.group(1);
            }
            Thread.sleep(200);
        }
        throw new IOException("no hostname line on the blade's serial console within " + limit.toSeconds() + " s; its end: "
                + log.substring(Math.max(0, log.length() - 600)));
    }

    private String cloneOn(String blade) {
        String listed = ok("blade", "list");
        Matcher m = Pattern.compile("^" + Pattern.quote(blade) + "\\s.*?\\s(bootable-\\S+)\\s", Pattern.MULTILINE).matcher(listed);
        assertTrue(m.find(), listed);
        return m.group(1);
    }

    private String ok(String... args) {
        return run("", args).success();
    }

    private record Run(List<String> args, int code, String out, String err) {
        String success() {
            assertEquals(0, code, this::toString);
            return out;
        }
    }

    private Run run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Cli(Map.of("ENCOMPASS_DEFAULTS", "none")).run(all.toArray(String[]::new), o, e);
        }
        return new Run(all, code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
