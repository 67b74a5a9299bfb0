package org.encompass.driver.blade.cim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.tests.support.cim.BladeChassisModel;
import org.encompass.tests.support.cim.CimResponder;
import org.encompass.tests.support.cim.CimResponder.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the CIM driver says when the CIM server is wrong: a wrong password (HTTP 401; the password appears
 * nowhere), a method answered with CIM_ERR_NOT_SUPPORTED (named), a truncated answer, an answer with a DOCTYPE
 * and an entity (refused, the entity's file never read into a value), a server that never answers (bounded).
 */
class CimFaultsTest {
    private static final String WRONG = "Wr0ng-P4ssw0rd";
    private CimResponder responder;
    private BladeDriver driver;

    @BeforeEach
    void start() throws Exception {
        responder = new CimResponder(new BladeChassisModel("bc1", 2), CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD);
        driver = Drivers.blades().driver("cim");
    }

    @AfterEach
    void stop() {
        responder.close();
    }

    private BladeConnection connect() throws DriverException {
        return driver.connect(CimBladeDriverTest.address(responder), new Credentials(CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD.toCharArray()));
    }

    @Test
    void aWrongPasswordIsOneLineThatNeverShowsIt() throws Exception {
        StringBuilder logged = new StringBuilder();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.append(record.getMessage()).append(' ').append(java.util.Arrays.toString(record.getParameters())).append('\n');
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (BladeConnection c = driver.connect(CimBladeDriverTest.address(responder), new Credentials(CimBladeDriverTest.USER, WRONG.toCharArray()))) {
            DriverException e = assertThrows(DriverException.class, c::slots);
            assertEquals("the CIM server at " + responder.url() + " refused user admin for EnumerateInstances CIM_Slot:"
                    + " wrong user name or password (HTTP 401); check 'encompass credentials set'", e.getMessage());
            assertFalse(e.getMessage().contains(WRONG));
        } finally {
            System.setErr(savedErr);
            root.removeHandler(handler);
            root.setLevel(level);
        }
        assertFalse(logged.toString().contains(WRONG), logged.toString());
        assertFalse(err.toString(StandardCharsets.UTF_8).contains(WRONG));
        assertFalse(responder.model().isOn(1));
    }

    @Test
    void aMethodTheServerDoesNotSupportIsNamed() throws Exception {
        responder.unsupported("RequestPowerStateChange");
        try (BladeConnection c = connect()) {
            DriverException e = assertThrows(DriverException.class, () -> c.powerOn("1"));
            assertEquals("the CIM server at " + responder.url() + " does not support RequestPowerStateChange"
                    + " (CIM_ERR_NOT_SUPPORTED: RequestPowerStateChange is not supported by this responder)", e.getMessage());
            assertFalse(responder.model().isOn(1));
        }
    }

    @Test
    void aTruncatedAnswerIsRefused() throws Exception {
        try (BladeConnection c = connect()) {
            responder.fault(Fault.TRUNCATED);
            DriverException e = assertThrows(DriverException.class, c::slots);
            assertTrue(e.getMessage().startsWith("the CIM server at " + responder.url() + " sent no valid CIM-XML answer to EnumerateInstances CIM_Slot: "),
                    e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }

    @Test
    void aDoctypeWithAnEntityIsRefusedAndNeverResolved() throws Exception {
        try (BladeConnection c = connect()) {
            responder.fault(Fault.DOCTYPE);
            DriverException e = assertThrows(DriverException.class, c::slots);
            assertEquals("the CIM server at " + responder.url() + " answered EnumerateInstances CIM_Slot with a DOCTYPE, refused"
                    + " (no DTD or entity is ever read)", e.getMessage());
            responder.fault(Fault.NONE);
            assertEquals(2, c.slots().size(), "the next answer is read again");
        }
    }

    @Test
    void aServerThatNeverAnswersIsReportedWithinTheTimeout() throws Exception {
        try (BladeConnection c = connect()) {
            responder.fault(Fault.HANG);
            long start = System.nanoTime();
            DriverException e = assertThrows(DriverException.class, c::slots);
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals("the CIM server at " + responder.url() + " did not answer EnumerateInstances CIM_Slot within 5.0 s", e.getMessage());
            System.out.println("CIM: a hanging server was reported after " + ms + " ms (timeout 5 s)");
        }
    }

    @Test
    void anUnreachableServerIsOneLine() throws Exception {
        int port = responder.port();
        responder.close();
        try (BladeConnection c = driver.connect("cim://bc1?url=http://127.0.0.1:" + port,
                new Credentials(CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD.toCharArray()))) {
            DriverException e = assertThrows(DriverException.class, c::slots);
            assertTrue(e.getMessage().startsWith("the CIM server at http://127.0.0.1:" + port + " cannot be reached for EnumerateInstances CIM_Slot"),
                    e.getMessage());
        }
    }
}
