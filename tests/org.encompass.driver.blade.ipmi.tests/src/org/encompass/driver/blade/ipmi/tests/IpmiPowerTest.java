package org.encompass.driver.blade.ipmi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.BladeDriver.BladeInfo;
import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.PowerState;
import org.encompass.driver.blade.ipmi.internal.IpmiBladeDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver against real OpenIPMI BMCs whose power starts and stops real QEMU machines. */
class IpmiPowerTest {
    @TempDir
    Path dir;

    private final BladeDriver driver = new IpmiBladeDriver();

    @Test
    void powerOnOffAndCycleStartAndStopTheMachine() throws Exception {
        try (Blades blades = Blades.start(dir, "power", 2, 16400);
                BladeConnection c = driver.connect(blades.address(), blades.credentials())) {
            assertEquals(List.of("1", "2"), c.slots());
            assertEquals(PowerState.OFF, c.power("1"));
            assertEquals(-1, blades.machinePid("1"));

            c.powerOn("1");
            assertEquals(PowerState.RUNNING, c.power("1"));
            long first = blades.machinePid("1");
            assertTrue(first > 0, "power on started the blade's QEMU machine");
            assertEquals(-1, blades.machinePid("2"), "the other blade stays off");

            c.powerOn("1"); // again: nothing changes
            assertEquals(first, blades.machinePid("1"));

            // iPXE and a bare machine ignore the ACPI button: off after the graceful wait, by force
            c.powerOff("1", Duration.ofMillis(500));
            assertEquals(PowerState.OFF, c.power("1"));
            assertEquals(-1, blades.machinePid("1"), "the machine's process is gone");

            c.powerCycle("1"); // a cycle of a blade that is off powers it on
            assertEquals(PowerState.RUNNING, c.power("1"));
            long second = blades.machinePid("1");
            assertTrue(second > 0);
            assertNotEquals(first, second);
            c.powerOff("1", Duration.ZERO);
            assertEquals(-1, blades.machinePid("1"));
        }
    }

    @Test
    void theNextBootDeviceReachesTheMachinesBootOrder() throws Exception {
        try (Blades blades = Blades.start(dir, "boot", 1, 16410);
                BladeConnection c = driver.connect(blades.address(), blades.credentials())) {
            c.setBootDevice("1", BootDevice.NETWORK);
            assertEquals(BootDevice.NETWORK, c.describe("1").boot());
            c.powerOn("1");
            assertEquals("n", blades.machineBootOrder("1"), "network first: iPXE");
            c.powerOff("1", Duration.ZERO);

            c.setBootDevice("1", BootDevice.DISK);
            assertEquals(BootDevice.DISK, c.describe("1").boot());
            c.powerOn("1");
            assertEquals("c", blades.machineBootOrder("1"));
            c.powerOff("1", Duration.ZERO);
        }
    }

    @Test
    void theGuidIsTheBmcsAndTheMachinesUuid() throws Exception {
        try (Blades blades = Blades.start(dir, "guid", 2, 16420);
                BladeConnection c = driver.connect(blades.address(), blades.credentials())) {
            BladeInfo one = c.describe("1");
            BladeInfo two = c.describe("2");
            String configured = Files.readAllLines(dir.resolve("slot1/blade.env")).stream()
                    .filter(l -> l.startsWith("UUID=")).findFirst().orElseThrow().substring(5);
            assertEquals(configured, one.guid(), "Get System GUID as lan.conf sets it (and QEMU's -uuid)");
            assertNotEquals(one.guid(), two.guid());
            assertEquals(blades.slots.get("1"), one.bmcAddress());
            assertEquals(PowerState.OFF, one.power());
        }
    }

    @Test
    void aWrongPasswordIsOneClearLine() throws Exception {
        try (Blades blades = Blades.start(dir, "login", 1, 16430);
                BladeConnection c = driver.connect(blades.address(), new Credentials(Blades.USER, "not-it".toCharArray()))) {
            DriverException e = assertThrows(DriverException.class, () -> c.power("1"));
            assertEquals("BMC " + blades.slots.get("1") + " refused the login: wrong user name or password", e.getMessage());
            assertEquals(-1, blades.machinePid("1"));
        }
    }

    @Test
    void noStoredCredentialsIsRefusedBeforeAnyPacket() {
        DriverException e = assertThrows(DriverException.class,
                () -> driver.connect("ipmi://c?1=127.0.0.1:16439", Credentials.NONE));
        assertTrue(e.getMessage().startsWith("no user name and password are stored for chassis c"), e.getMessage());
    }

    @Test
    void aBadAddressIsRefused() {
        DriverException e = assertThrows(DriverException.class,
                () -> driver.connect("ipmi://c?one=127.0.0.1", new Credentials("a", "b".toCharArray())));
        assertEquals("'one=127.0.0.1' in an IPMI chassis address is not SLOT=HOST:PORT", e.getMessage());
    }

    @Test
    void aDeadBmcIsReportedBoundedAndNamed() throws Exception {
        try (Blades blades = Blades.start(dir, "dead", 2, 16440);
                BladeConnection c = driver.connect(blades.address(), blades.credentials())) {
            c.powerOn("2");
            blades.killBmc("1");
            long started = System.nanoTime();
            DriverException e = assertThrows(DriverException.class, () -> c.power("1"));
            System.out.printf("a dead BMC was reported after %.1f s%n", (System.nanoTime() - started) / 1e9);
            assertEquals("BMC " + blades.slots.get("1") + " did not answer within 3.0 s (is it running and is the address right?)",
                    e.getMessage());
            assertEquals(PowerState.RUNNING, c.power("2"), "the other blade's BMC still answers");
            blades.killBmc("2"); // pulled out while on: its machine runs on, its BMC is silent
            assertThrows(DriverException.class, () -> c.powerOff("2", Duration.ZERO));
            assertTrue(blades.machinePid("2") > 0);
        }
    }
}
