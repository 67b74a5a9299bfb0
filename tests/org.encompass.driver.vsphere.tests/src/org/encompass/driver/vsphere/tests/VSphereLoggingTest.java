package org.encompass.driver.vsphere.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HypervisorConnection;
import org.encompass.driver.vsphere.internal.VSphereHypervisorDriver;
import org.junit.jupiter.api.Test;

/**
 * yavijava's SOAP client traces request bodies, and the login request carries the password: even
 * with log4j's root logger at TRACE, nothing of a login reaches an appender.
 */
class VSphereLoggingTest {

    /** Collects every log4j event's message. */
    private static final class Capture extends AppenderSkeleton {
        final List<String> messages = new ArrayList<>();

        @Override
        protected synchronized void append(LoggingEvent event) {
            messages.add(String.valueOf(event.getMessage()));
        }

        @Override
        public void close() {
            // nothing held
        }

        @Override
        public boolean requiresLayout() {
            return false;
        }
    }

    @Test
    void loginsLeaveNoPasswordInTheLog() throws Exception {
        Vcsim vcsim = Vcsim.shared();
        Logger root = Logger.getRootLogger();
        Level before = root.getLevel();
        Capture capture = new Capture();
        root.addAppender(capture);
        root.setLevel(Level.TRACE);
        try {
            String wrong = "wrong-password-" + System.nanoTime();
            assertThrows(DriverException.class,
                    () -> new VSphereHypervisorDriver().connect(vcsim.uri(), new Credentials(Vcsim.USER, wrong.toCharArray())));
            try (HypervisorConnection host = new VSphereHypervisorDriver().connect(vcsim.uri(), vcsim.credentials())) {
                host.listMachines();
            }
            for (String message : capture.messages) {
                assertFalse(message.contains(wrong), message);
                assertFalse(message.contains(Vcsim.PASSWORD), message);
            }
        } finally {
            root.removeAppender(capture);
            root.setLevel(before);
        }
    }
}
