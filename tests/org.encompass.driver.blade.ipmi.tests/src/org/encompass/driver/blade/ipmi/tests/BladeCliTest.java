package org.encompass.driver.blade.ipmi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.encompass.cli.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end with a chassis of simulated blades: registered over IPMI with its login
 * in secure storage, a clone deployed onto a blade (its tgt target made, the blade's QEMU machine
 * powered on by its BMC), deactivated (the machine stops) and detached (the target is gone), and
 * discovery marking a blade whose BMC died unreachable without deleting it.
 */
class BladeCliTest {
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
        System.setProperty("encompass.deactivateTimeout", "2"); // iPXE ignores the ACPI button: forced off after 2 s
        savedIn = System.in;
    }

    @AfterEach
    void tearDown() {
        System.setIn(savedIn);
        System.clearProperty("encompass.deactivateTimeout");
    }

    @Test
    void deployActivateDeactivateAndDetachACloneOnABlade() throws Exception {
        try (Blades blades = Blades.start(dir.resolve("blades"), "rack", 3, 16480)) {
            Path master = dir.resolve("base.img");
            try (RandomAccessFile f = new RandomAccessFile(master.toFile(), "rw")) {
                f.setLength(32L << 20);
            }
            Files.createDirectories(dir.resolve("store"));
            ok("storage", "add", "store", "--kind", "file", "--location", dir.resolve("store").toString(), "--default-method", "SPARSE");
            ok("master", "import", "base", "--file", master.toString(), "--storage", "store");

            String wrong = run("not-the-password\n", "chassis", "add", "rack", "--slot", "1-3=127.0.0.1:16481", "--user", "admin",
                    "--password-stdin").failure(1);
            assertTrue(wrong.contains("refused the login: wrong user name or password"), wrong);
            assertTrue(run("", "chassis", "list").out.contains("No chassis"), "nothing was added");

            String added = run(Blades.PASSWORD + "\n", "chassis", "add", "rack", "--slot", "1-3=127.0.0.1:16481", "--user", "admin",
                    "--password-stdin").success();
            assertEquals("Added chassis rack (ipmi) with 3 blade(s)", added.strip());
            String listed = ok("blade", "list");
            assertEquals(3, listed.lines().filter(l -> l.startsWith("rack/blade")).count(), listed);
            assertTrue(listed.contains("127.0.0.1:16482") && listed.contains("OFF"), listed);
            assertFalse(ok("credentials", "list").contains(Blades.PASSWORD));

            ok("deploy", "base", "rack/blade2", "--no-activate");
            String clone = cloneOn("rack/blade2");
            String target = "iqn.2026-12.org.encompass:rack.slot2";
            assertTrue(Blades.tgtShow().contains(target), "attach made the blade's target");
            assertEquals(-1, blades.machinePid("2"));
            // the model records the LUN the blade boots from: machine show, chassis show
            String lun = target + ":1@" + Blades.TGT_PORTAL;
            String shown = ok("machine", "show", "rack/blade2");
            assertTrue(shown.lines().anyMatch(l -> l.matches("Boot LUN +" + java.util.regex.Pattern.quote(lun))), shown);
            assertTrue(shown.lines().anyMatch(l -> l.matches("Boot device +NETWORK")), shown);
            assertTrue(shown.lines().anyMatch(l -> l.matches("Slot +2")) && shown.contains("127.0.0.1:16482"), shown);
            assertTrue(shown.lines().anyMatch(l -> l.equals("Clone         " + clone + " (CLEAN/ATTACHED)")), shown);
            String json = ok("machine", "show", "rack/blade2", "--json");
            assertTrue(json.contains("\"bootTarget\": \"" + target + "\"") && json.contains("\"bootLun\": 1")
                    && json.contains("\"bootPortal\": \"" + Blades.TGT_PORTAL + "\""), json);
            String rack = ok("chassis", "show", "rack");
            assertTrue(rack.lines().anyMatch(l -> l.startsWith("rack/blade2") && l.contains(lun) && l.contains(clone)), rack);
            assertTrue(rack.lines().anyMatch(l -> l.matches("Slots +1, 2, 3")) && rack.lines().anyMatch(l -> l.matches("Firmware +-")),
                    "IPMI reports no firmware: " + rack);
            assertTrue(rack.lines().filter(l -> l.startsWith("rack/blade1") || l.startsWith("rack/blade3")).noneMatch(l -> l.contains("iqn.")),
                    rack);

            ok("activate", clone);
            assertTrue(blades.machinePid("2") > 0, "the blade's BMC started its machine");
            assertEquals("n", blades.machineBootOrder("2"), "booting from the network (iPXE, iSCSI)");
            assertTrue(ok("blade", "list").lines().anyMatch(l -> l.startsWith("rack/blade2") && l.contains("RUNNING")));

            ok("deactivate", clone);
            assertEquals(-1, blades.machinePid("2"), "the machine is off");
            assertTrue(Blades.tgtShow().contains(target), "still attached");

            String refused = run("", "chassis", "remove", "rack").failure(1);
            assertTrue(refused.contains("has clones assigned to its blades: blade2"), refused);

            ok("detach", clone);
            assertFalse(Blades.tgtShow().contains(target), "detach removed the target and its LUN");
            String detached = ok("machine", "show", "rack/blade2");
            assertTrue(detached.lines().anyMatch(l -> l.matches("Boot LUN +-")), "detach cleared the LUN: " + detached);
            assertFalse(ok("chassis", "show", "rack").contains("iqn."), "no blade boots a LUN any more");
            String unknown = run("", "machine", "show", "rack/blade9").failure(1);
            assertTrue(unknown.contains("rack/blade9"), unknown);

            blades.killBmc("3");
            run("", "discover");
            String after = ok("blade", "list");
            String blade3 = after.lines().filter(l -> l.startsWith("rack/blade3")).findFirst().orElseThrow();
            assertTrue(blade3.contains("UNKNOWN") && blade3.contains(" no "), "unreachable, not deleted: " + after);
            assertTrue(after.lines().anyMatch(l -> l.startsWith("rack/blade1") && l.contains(" yes ")), after);

            // slot 1 now holds another blade (its BMC answers with another GUID): a conflict, the record is kept
            String guid = after.lines().filter(l -> l.startsWith("rack/blade1")).findFirst().orElseThrow().split("\\s+")[3];
            blades.killBmc("1");
            blades.restartStopped(1);
            run("", "discover");
            String conflicts = ok("conflicts");
            assertTrue(conflicts.contains("rack/blade1") && conflicts.contains("swapped"), conflicts);
            assertTrue(ok("blade", "list").lines().anyMatch(l -> l.startsWith("rack/blade1") && l.contains(guid)),
                    "the model keeps the known GUID until the operator accepts the new one");

            ok("unassign", clone);
            ok("chassis", "remove", "rack");
            assertTrue(ok("blade", "list").contains("No blades"));
        }
    }

    @Test
    void faultsAreOneLineAndLeaveTheStateRetriable() throws Exception {
        try (Blades blades = Blades.start(dir.resolve("blades"), "pulled", 2, 16500)) {
            Path master = dir.resolve("base.img");
            try (RandomAccessFile f = new RandomAccessFile(master.toFile(), "rw")) {
                f.setLength(32L << 20);
            }
            Files.createDirectories(dir.resolve("store"));
            ok("storage", "add", "store", "--kind", "file", "--location", dir.resolve("store").toString(), "--default-method", "SPARSE");
            ok("master", "import", "base", "--file", master.toString(), "--storage", "store");
            run(Blades.PASSWORD + "\n", "chassis", "add", "pulled", "--slot", "1=127.0.0.1:16501", "--slot", "2=127.0.0.1:16502",
                    "--user", "admin", "--password-stdin").success();

            // tgtd not answering: attach fails as one line, journaled, nothing left; the same command works later
            ok("deploy", "base", "pulled/blade1", "--no-activate");
            String clone = cloneOn("pulled/blade1");
            ok("detach", clone);
            System.setProperty("encompass.tgt.controlPort", "29");
            String noTgt;
            try {
                noTgt = run("", "attach", clone).failure(1);
            } finally {
                System.setProperty("encompass.tgt.controlPort", Blades.TGT_CONTROL_PORT);
            }
            assertTrue(noTgt.contains("tgtd is not running"), noTgt);
            assertFalse(Blades.tgtShow().contains("encompass:pulled.slot1"));
            assertTrue(ok("journal").lines().anyMatch(l -> l.contains("attach") && l.contains("FAILED")), ok("journal"));
            ok("attach", clone);
            assertTrue(Blades.tgtShow().contains("encompass:pulled.slot1"));

            // a second clone onto the same blade is refused
            Matcher made = Pattern.compile("(base-\\S+)").matcher(ok("clone", "base"));
            assertTrue(made.find());
            String twice = run("", "assign", made.group(1), "pulled/blade1").failure(1);
            assertTrue(twice.contains("the machine holds clone " + clone), twice);

            // the blade pulled out while ACTIVE: its BMC is gone; deactivate fails as one line within seconds
            ok("activate", clone);
            assertTrue(blades.machinePid("1") > 0);
            blades.killBmc("1");
            String gone = run("", "deactivate", clone).failure(1);
            assertTrue(gone.contains("BMC 127.0.0.1:16501 did not answer within 3.0 s"), gone);
            assertTrue(ok("clone", "show", clone).contains("ACTIVE"), "the clone is still active: nothing was done");

            // the blade is back (its BMC restarted): the same command now powers it off
            blades.restartStopped(0);
            ok("deactivate", clone);
            assertEquals(-1, blades.machinePid("1"));
            ok("detach", clone);
        }
    }

    private String cloneOn(String blade) {
        String listed = ok("blade", "list");
        Matcher m = Pattern.compile("^" + Pattern.quote(blade) + "\\s.*?\\s(base-\\S+)\\s", Pattern.MULTILINE).matcher(listed);
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

        String failure(int expected) {
            assertEquals(expected, code, this::toString);
            assertEquals(1, err.lines().count(), this::toString);
            assertTrue(err.startsWith("encompass: "), this::toString);
            return err;
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
