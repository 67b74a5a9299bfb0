package org.encompass.driver.blade.ipmi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
 * Faults in the middle of blade operations, from the command line: each is one clear line, journaled
 * FAILED, leaves the state as it was, and the same command works once the fault is gone.
 */
class BladeFaultTest {
    @TempDir
    Path dir;

    private Path data;
    private java.io.InputStream savedIn;

    @BeforeAll
    static void tgtd() throws Exception {
        Blades.tgtd();
    }

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        System.setProperty("encompass.secure.storage", dir.resolve("secure").toString());
        System.setProperty("encompass.deactivateTimeout", "2"); // iPXE ignores the ACPI button: forced off after 2 s
        savedIn = System.in;
    }

    @AfterEach
    void tearDown() {
        System.setIn(savedIn);
        System.clearProperty("encompass.deactivateTimeout");
    }

    /**
     * The BMC dies while the machine powers on (the BMC had started it: the machine comes up anyway):
     * activate fails within the BMC's bounded tries, the clone stays attached; with the BMC back, activate
     * finds the blade on and succeeds.
     */
    @Test
    void aBmcKilledInTheMiddleOfPowerOnFailsActivateAndTheRetryWorks() throws Exception {
        try (Blades blades = Blades.start(dir.resolve("blades"), "midon", 1, 16580)) {
            String clone = deployedWithoutActivate(blades, "SPARSE");
            blades.slowNextPowerOn("1", 5);
            CompletableFuture<Run> activate = CompletableFuture.supplyAsync(() -> run("", "activate", clone));
            await(() -> blades.poweringOn("1"), "the power-on started");
            blades.killBmc("1");
            String failed = activate.get(2, TimeUnit.MINUTES).failure(1);
            assertTrue(failed.contains("BMC 127.0.0.1:16581 did not answer within 3.0 s"), failed);
            assertTrue(journalHas("activate", "FAILED"), ok("journal"));
            assertFalse(ok("clone", "show", clone).contains("ACTIVE"), "not active: " + ok("clone", "show", clone));
            assertTrue(Blades.tgtShow().contains("encompass:midon.slot1"), "still attached");

            await(() -> !blades.poweringOn("1"), "the power-on the BMC had started ended");
            blades.restartStopped(0);
            ok("activate", clone);
            assertTrue(ok("clone", "show", clone).contains("ACTIVE"));
            assertTrue(blades.machinePid("1") > 0, "the blade runs");
            ok("deactivate", clone);
            assertEquals(-1, blades.machinePid("1"));
            ok("detach", clone);
        }
    }

    /**
     * A BMC that does not answer at activate (the blade pulled out): one line within its bounded tries,
     * journaled FAILED, nothing changed; discovery marks the blade unreachable and keeps it; once the BMC
     * answers, the same activate works.
     */
    @Test
    void aSilentBmcFailsActivateBoundedAndDiscoveryKeepsTheBladeUnreachable() throws Exception {
        try (Blades blades = Blades.start(dir.resolve("blades"), "silent", 2, 16590)) {
            String clone = deployedWithoutActivate(blades, "SPARSE");
            blades.killBmc("1");
            String failed = run("", "activate", clone).failure(1);
            assertTrue(failed.contains("BMC 127.0.0.1:16591 did not answer within 3.0 s"), failed);
            assertTrue(journalHas("activate", "FAILED"), ok("journal"));
            assertFalse(ok("clone", "show", clone).contains("ACTIVE"));

            run("", "discover");
            String listed = ok("blade", "list");
            String blade1 = listed.lines().filter(l -> l.startsWith("silent/blade1")).findFirst().orElseThrow();
            assertTrue(blade1.contains(" no ") && blade1.contains(clone), "unreachable, not deleted, still holds its clone: " + listed);

            blades.restartStopped(0);
            ok("activate", clone);
            assertTrue(blades.machinePid("1") > 0);
            ok("deactivate", clone);
            ok("detach", clone);
        }
    }

    /**
     * tgtd killed while a copy-on-write clone is attached: its target is gone with tgtd and its FUSE export
     * has nothing to serve. Activate fails as one line while tgtd is down; the next start after tgtd is back
     * stops the export whose target is gone, and activate makes target and export again and powers on.
     */
    @Test
    void tgtdKilledUnderAnAttachedCopyOnWriteCloneIsRepairedByTheNextActivate() throws Exception {
        Blades tgtd = Blades.privateTgtd(dir.resolve("tgtd"), "19", 3263);
        try (Blades blades = Blades.start(dir.resolve("blades"), "tgtkill", 1, 16610)) {
            String clone = deployedWithoutActivate(blades, "COW");
            String target = "iqn.2026-12.org.encompass:tgtkill.slot1";
            QemuStorageDaemon.HeldExport export = QemuStorageDaemon.heldExport(target);
            assertTrue(export != null, "the COW clone is exported for its target");

            tgtd.killTgtd();
            String failed = run("", "activate", clone).failure(1);
            assertTrue(failed.contains("tgtd is not running (management channel 19)"), failed);
            assertTrue(journalHas("activate", "FAILED"), ok("journal"));
            assertEquals(-1, blades.machinePid("1"), "not powered on without its LUN");

            tgtd.restartTgtd();
            ok("status"); // an engine start: the export whose target is gone is stopped
            assertEquals(null, QemuStorageDaemon.heldExport(target), "the export without a target was stopped");
            assertFalse(ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().orElse("")
                    .contains(export.file().getParent().toString())), "its daemon no longer runs");

            ok("activate", clone);
            assertTrue(blades.machinePid("1") > 0, "powered on");
            assertTrue(QemuStorageDaemon.heldExport(target) != null, "exported again");
            ok("deactivate", clone);
            ok("detach", clone);
            assertEquals(null, QemuStorageDaemon.heldExport(target));
        } finally {
            tgtd.stopTgtd();
        }
    }

    /**
     * A target of the blades' naming scheme that no attached clone uses (here: of a chassis that no longer
     * exists, as a crash or someone's tgtadm leaves it) is listed by 'orphans' and removed by 'orphans
     * reclaim'; the target of an attached clone is neither listed nor touched.
     */
    @Test
    void leftoverTargetsAreOrphansAndReclaimRemovesThem() throws Exception {
        try (Blades blades = Blades.start(dir.resolve("blades"), "leftover", 1, 16620)) {
            String clone = deployedWithoutActivate(blades, "SPARSE");
            String attached = "iqn.2026-12.org.encompass:leftover.slot1";
            String left = "iqn.2026-12.org.encompass:gone-chassis.slot3";
            TgtBootVolumeTest.run("tgtadm", "-C", Blades.TGT_CONTROL_PORT, "--lld", "iscsi", "--op", "new", "--mode", "target",
                    "--tid", "977", "-T", left);
            try {
                String orphans = ok("orphans");
                assertTrue(orphans.contains(left) && orphans.contains("blades (ipmi)"), orphans);
                assertFalse(orphans.contains(attached), orphans);

                String refused = run("", "orphans", "reclaim", attached).failure(1);
                assertTrue(refused.contains("not an orphan: " + attached), refused);
                ok("orphans", "reclaim", left);
                assertFalse(Blades.tgtShow().contains(left), "the leftover target is gone");
                assertTrue(Blades.tgtShow().contains(attached), "the attached clone's target is kept");
                assertFalse(ok("orphans").contains(left));
            } finally {
                new ProcessBuilder("tgtadm", "-C", Blades.TGT_CONTROL_PORT, "--lld", "iscsi", "--op", "delete", "--force", "--mode",
                        "target", "--tid", "977").start().waitFor();
            }
            ok("detach", clone);
        }
    }

    /** Storage, master, the chassis of {@code blades}, and a clone made by {@code method} deployed onto blade1 without activating it. */
    private String deployedWithoutActivate(Blades blades, String method) throws Exception {
        Path master = dir.resolve("base.img");
        try (RandomAccessFile f = new RandomAccessFile(master.toFile(), "rw")) {
            f.setLength(32L << 20);
        }
        Files.createDirectories(dir.resolve("store"));
        ok("storage", "add", "store", "--kind", "file", "--location", dir.resolve("store").toString(), "--default-method", method);
        ok("master", "import", "base", "--file", master.toString(), "--storage", "store");
        run(Blades.PASSWORD + "\n", "chassis", "add", blades.chassis, "--slot", "1-" + blades.slots.size() + "=" + blades.slots.get("1"),
                "--user", "admin", "--password-stdin").success();
        ok("deploy", "base", blades.chassis + "/blade1", "--no-activate");
        String listed = ok("blade", "list");
        Matcher m = Pattern.compile("^" + Pattern.quote(blades.chassis + "/blade1") + "\\s.*?\\s(base-\\S+)\\s", Pattern.MULTILINE)
                .matcher(listed);
        assertTrue(m.find(), listed);
        return m.group(1);
    }

    private boolean journalHas(String operation, String outcome) {
        return ok("journal").lines().anyMatch(l -> l.contains(operation) && l.contains(outcome));
    }

    /** Waits (bounded: 60 s) until {@code condition} holds. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within 60 s: " + what);
    }

    private String ok(String... args) {
        return run("", args).success();
    }

    private record Run(List<String> args, int code, String out, String err) {
        String success() {
            assertEquals(0, code, this::toString);
            return out;
        }

        String failure(int expected) {
            assertEquals(expected, code, this::toString);
            assertEquals(1, err.lines().count(), this::toString);
            assertTrue(err.startsWith("encompass: "), this::toString);
            return err;
        }
    }

    private synchronized Run run(String stdin, String... args) {
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
