package org.encompass.driver.blade.cim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.BladeDriver.BladeInfo;
import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.PowerState;
import org.encompass.tests.support.cim.BladeChassisModel;
import org.encompass.tests.support.cim.CimResponder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CIM blade driver, found through the bladeDrivers extension point as kind "cim", against our CIM-XML
 * responder: a chassis read with slots, UUIDs, MACs, power and boot device; power on, graceful off (and the
 * forced fallback), cycle; boot order network first through the Boot Control profile.
 */
class CimBladeDriverTest {
    static final String USER = "admin";
    static final String PASSWORD = "cim-secret";

    private CimResponder responder;
    private BladeDriver driver;

    @BeforeEach
    void start() throws Exception {
        responder = new CimResponder(new BladeChassisModel("bc1", 4), USER, PASSWORD);
        driver = Drivers.blades().driver("cim");
    }

    @AfterEach
    void stop() {
        responder.close();
    }

    static String address(CimResponder responder) {
        return "cim://bc1?url=" + responder.url();
    }

    private BladeConnection connect() throws DriverException {
        return driver.connect(address(responder), new Credentials(USER, PASSWORD.toCharArray()));
    }

    @Test
    void listsTheChassisBladesWithTheirIdentityMacsPowerAndBootDevice() throws Exception {
        BladeChassisModel model = responder.model();
        try (BladeConnection c = connect()) {
            assertEquals(List.of("1", "2", "3", "4"), c.slots());
            for (int slot = 1; slot <= 4; slot++) {
                BladeInfo info = c.describe(Integer.toString(slot));
                assertEquals(model.uuid(slot), info.guid());
                assertEquals(List.of(BladeChassisModel.mac(slot, 0), BladeChassisModel.mac(slot, 1)), info.macs());
                assertEquals(PowerState.OFF, info.power());
                assertEquals(BootDevice.DISK, info.boot());
                assertEquals(responder.url(), info.bmcAddress());
            }
            DriverException none = assertThrows(DriverException.class, () -> c.describe("9"));
            assertEquals("chassis bc1 has no blade in slot 9 (its blades: 1, 2, 3, 4)", none.getMessage());
        }
    }

    @Test
    void powersBladesOnOffAndCycles() throws Exception {
        BladeChassisModel model = responder.model();
        try (BladeConnection c = connect()) {
            c.powerOn("2");
            assertTrue(model.isOn(2));
            assertFalse(model.isOn(1));
            assertEquals(PowerState.RUNNING, c.power("2"));
            int requests = model.powerRequests();
            c.powerOn("2");
            assertEquals(requests, model.powerRequests(), "a blade that is on is not asked again");

            c.powerOff("2", Duration.ofSeconds(2));
            assertFalse(model.isOn(2));
            assertEquals(PowerState.OFF, c.power("2"));

            c.powerCycle("3"); // off: cycling powers it on
            assertTrue(model.isOn(3));
            c.powerCycle("3");
            assertTrue(model.isOn(3));
            assertEquals(PowerState.RUNNING, c.describe("3").power());

            model.ignoreGracefulOff(true); // its OS ignores the request: forced off after the grace period
            int before = model.powerRequests();
            c.powerOff("3", Duration.ofMillis(600));
            assertFalse(model.isOn(3));
            assertEquals(before + 2, model.powerRequests(), "graceful, then forced");
        }
    }

    @Test
    void bootOrderPutsTheNetworkFirstAndBack() throws Exception {
        BladeChassisModel model = responder.model();
        assertEquals(List.of("bc1:blade1:hdd", "bc1:blade1:pxe"), model.bootOrder(1));
        try (BladeConnection c = connect()) {
            c.setBootDevice("1", BootDevice.NETWORK);
            assertEquals(List.of("bc1:blade1:pxe", "bc1:blade1:hdd"), model.bootOrder(1));
            assertEquals(BootDevice.NETWORK, c.describe("1").boot());
            assertEquals(List.of("bc1:blade2:hdd", "bc1:blade2:pxe"), model.bootOrder(2), "only that blade");
            c.setBootDevice("1", BootDevice.DISK);
            assertEquals(List.of("bc1:blade1:hdd", "bc1:blade1:pxe"), model.bootOrder(1));
        }
        String sent = String.join("\n", responder.requestBodies());
        assertTrue(sent.contains("<METHODCALL NAME=\"ChangeBootOrder\">"), sent);
        assertTrue(sent.contains("<METHODCALL NAME=\"SetBootConfigRole\">"), sent);
    }

    @Test
    void refusesAnAddressWithoutCredentialsOrUrl() {
        DriverException noLogin = assertThrows(DriverException.class, () -> driver.connect(address(responder), Credentials.NONE));
        assertTrue(noLogin.getMessage().startsWith("no user name and password are stored for chassis bc1"), noLogin.getMessage());
        DriverException noUrl = assertThrows(DriverException.class,
                () -> driver.connect("cim://bc1?url=ftp://x", new Credentials(USER, PASSWORD.toCharArray())));
        assertEquals("the CIM server URL is http[s]://HOST[:PORT]; not 'ftp://x'", noUrl.getMessage());
        DriverException bad = assertThrows(DriverException.class,
                () -> driver.connect("ipmi://bc1?1=x", new Credentials(USER, PASSWORD.toCharArray())));
        assertNotNull(bad.getMessage());
    }
}
