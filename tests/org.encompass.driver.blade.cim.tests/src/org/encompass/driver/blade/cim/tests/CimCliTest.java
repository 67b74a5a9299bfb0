package org.encompass.driver.blade.cim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.encompass.cli.Cli;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.tests.support.cim.BladeChassisModel;
import org.encompass.tests.support.cim.CimResponder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code encompass chassis add NAME --kind cim --url URL --user U --password-stdin} against our CIM-XML responder. */
class CimCliTest {
    @TempDir
    Path dir;

    private Path data;
    private InputStream savedIn;

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        System.setProperty("encompass.secure.storage", dir.resolve("secure").toString());
        savedIn = System.in;
    }

    @AfterEach
    void tearDown() {
        System.setIn(savedIn);
    }

    @Test
    void addsACimChassisWithItsBladesAndRefusesBadInput() throws Exception {
        try (CimResponder responder = new CimResponder(new BladeChassisModel("bc1", 4), CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD)) {
            String wrong = run("Not-The-Pw\n", "chassis", "add", "bc1", "--kind", "cim", "--url", responder.url(), "--user", "admin",
                    "--password-stdin").failure(1);
            assertTrue(wrong.contains("refused user admin") && wrong.contains("wrong user name or password (HTTP 401)"), wrong);
            assertFalse(wrong.contains("Not-The-Pw"));
            assertTrue(run("", "chassis", "list").out.contains("No chassis"), "nothing was added");

            assertTrue(run("", "chassis", "add", "bc1", "--kind", "cim").failure(2).contains("give a CIM chassis' server with --url"));
            assertTrue(run("", "chassis", "add", "bc1", "--kind", "cim", "--url", "ftp://h").failure(2)
                    .contains("--url ftp://h is not http[s]://HOST[:PORT]"));
            assertTrue(run("", "chassis", "add", "bc1", "--url", responder.url()).failure(2).contains("--url is for --kind cim"));

            String added = run(CimBladeDriverTest.PASSWORD + "\n", "chassis", "add", "bc1", "--kind", "cim", "--url", responder.url(), "--user",
                    "admin", "--password-stdin").success();
            assertEquals("Added chassis bc1 (cim) with 4 blade(s)", added.strip());
            String chassis = run("", "chassis", "list").success();
            assertTrue(chassis.contains("cim://bc1?url=" + responder.url()), chassis);
            String listed = run("", "blade", "list").success();
            assertEquals(4, listed.lines().filter(l -> l.startsWith("bc1/blade")).count(), listed);
            assertTrue(listed.contains(responder.model().uuid(3)), listed);

            // what the CIM server reports of the chassis and a blade: firmware, slots, UUID, MACs, boot order
            String shown = run("", "chassis", "show", "bc1").success();
            assertTrue(shown.lines().anyMatch(l -> l.matches("Kind +cim")), shown);
            assertTrue(shown.lines().anyMatch(l -> l.matches("Firmware +" + BladeChassisModel.FIRMWARE_NAME + " " + BladeChassisModel.FIRMWARE_VERSION)),
                    shown);
            assertTrue(shown.lines().anyMatch(l -> l.matches("Slots +1, 2, 3, 4")), shown);
            assertTrue(shown.lines().anyMatch(l -> l.startsWith("bc1/blade2") && l.contains(responder.model().uuid(2)) && l.contains("DISK")), shown);
            String blade = run("", "machine", "show", "bc1/blade3").success();
            assertTrue(blade.lines().anyMatch(l -> l.matches("MACs +" + BladeChassisModel.mac(3, 0) + ", " + BladeChassisModel.mac(3, 1))), blade);
            assertTrue(blade.lines().anyMatch(l -> l.matches("UUID +" + responder.model().uuid(3))), blade);
            assertTrue(blade.lines().anyMatch(l -> l.matches("Boot device +DISK")) && blade.lines().anyMatch(l -> l.matches("Boot LUN +-")), blade);
            assertTrue(run("", "chassis", "show", "nosuch").failure(1).contains("nosuch"));
        }
    }

    /**
     * A site with CIM chassis only: a blade target no attached clone accounts for (as a crash between target and
     * journal leaves it) is listed once by 'orphans' as the CIM driver's, and 'orphans reclaim' removes it.
     */
    @Test
    void aLeftoverTargetOfACimBladeIsListedAndReclaimedByOrphans() throws Exception {
        CimBootVolumeTest.tgtd();
        Path image = CimBootVolumeTest.sparse(dir.resolve("left.img"));
        String target = "iqn.2026-12.org.encompass:orphcim.slot2";
        try (CimResponder responder = new CimResponder(new BladeChassisModel("orphcim", 2), CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD)) {
            run(CimBladeDriverTest.PASSWORD + "\n", "chassis", "add", "orphcim", "--kind", "cim", "--url", responder.url(), "--user", "admin",
                    "--password-stdin").success();
            try (BladeConnection c = Drivers.blades().driver("cim").connect("cim://orphcim?url=" + responder.url(),
                    new Credentials(CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD.toCharArray()))) {
                c.mapBootVolume("2", new ImageRef(image.toString(), ImageFormat.RAW));
                try {
                    String orphans = run("", "orphans").success();
                    assertEquals(1, orphans.lines().filter(l -> l.contains(target) && l.contains("blades (cim)")).count(), orphans);
                    run("", "orphans", "reclaim", target).success();
                    assertFalse(CimBootVolumeTest.tgtShow().contains(target), "reclaimed: the target is gone");
                    assertFalse(run("", "orphans").success().contains(target));
                } finally {
                    c.unmapBootVolume("2");
                }
            }
        }
    }

    private record Run(List<String> args, int code, String out, String err) {
        String success() {
            assertEquals(0, code, this::toString);
            return out;
        }

        String failure(int expected) {
            assertEquals(expected, code, this::toString);
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
