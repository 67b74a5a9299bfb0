package org.encompass.driver.blade.cim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.PowerState;
import org.encompass.tests.support.cim.BladeChassisModel;
import org.encompass.tests.support.cim.CimResponder;
import org.encompass.tests.support.cim.IpmiPowerSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our CIM-XML responder in front of the simulated IPMI blades (releng/scripts/blades.sh: ipmi_sim BMCs
 * whose chassis program runs a QEMU machine): powering a blade on over CIM really starts its machine,
 * powering it off stops it.
 */
class IpmiBackedCimTest {
    private static final int BASE_PORT = 16760; // BMCs 16761-16762, machine links 16861-16862: apart from the IPMI tests' ports
    private static final String BMC_USER = "admin";
    private static final String BMC_PASSWORD = "blade-secret"; // blades.sh's fixture login

    @TempDir
    Path dir;

    @Test
    void powerOnOverCimStartsTheBladesMachineAndOffStopsIt() throws Exception {
        Path blades = dir.resolve("blades");
        script(blades, "start", "2");
        try (CimResponder responder = new CimResponder(new BladeChassisModel("cimipmi", 2), CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD);
                BladeConnection c = Drivers.blades().driver("cim").connect("cim://cimipmi?url=" + responder.url(),
                        new Credentials(CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD.toCharArray()))) {
            responder.model().powerSwitch(new IpmiPowerSwitch(BASE_PORT, BMC_USER, BMC_PASSWORD));
            assertEquals(-1, machinePid(blades, 1));
            c.powerOn("1");
            assertEquals(PowerState.RUNNING, c.power("1"));
            long pid = waitForMachine(blades, 1, true);
            assertTrue(pid > 0, "slot 1's QEMU machine runs");
            assertEquals(-1, machinePid(blades, 2), "slot 2 stays off");
            c.powerOff("1", Duration.ZERO);
            assertEquals(-1, waitForMachine(blades, 1, false), "slot 1's machine stopped");
        } finally {
            script(blades, "stop");
        }
    }

    private static long waitForMachine(Path blades, int slot, boolean running) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        long pid = machinePid(blades, slot);
        while ((pid > 0) != running && System.nanoTime() < deadline) {
            Thread.sleep(200);
            pid = machinePid(blades, slot);
        }
        return pid;
    }

    /** The pid of slot's QEMU machine when it runs, else -1 (blades.sh writes slotN/qemu.pid). */
    private static long machinePid(Path blades, int slot) throws Exception {
        Path pidFile = blades.resolve("slot" + slot).resolve("qemu.pid");
        if (!Files.isRegularFile(pidFile)) {
            return -1;
        }
        String text = Files.readString(pidFile).trim();
        if (text.isEmpty()) {
            return -1;
        }
        long pid = Long.parseLong(text);
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> p.info().commandLine().orElse("").contains("blade-" + slot))
                .isPresent() ? pid : -1;
    }

    private static void script(Path blades, String... args) throws Exception {
        Path script = null;
        for (Path d = Paths.get("").toAbsolutePath(); d != null && script == null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("releng/scripts/blades.sh"))) {
                script = d.resolve("releng/scripts/blades.sh");
            }
        }
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("bash", script.toString()));
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("ENCOMPASS_BLADES_DIR", blades.toString());
        builder.environment().put("ENCOMPASS_BLADES_PORT", Integer.toString(BASE_PORT));
        builder.environment().put("ENCOMPASS_BLADES_CHASSIS", "cimipmi");
        builder.environment().put("ENCOMPASS_TGT_CONTROL_PORT", "17");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit == 3) {
            abort("simulated blades cannot run here: " + out.trim());
        }
        assertEquals(0, exit, "blades.sh " + String.join(" ", args) + ": " + out);
    }
}
