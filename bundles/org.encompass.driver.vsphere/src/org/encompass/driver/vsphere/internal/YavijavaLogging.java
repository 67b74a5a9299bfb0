package org.encompass.driver.vsphere.internal;

import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.varia.NullAppender;

/**
 * yavijava logs through its embedded log4j 1.2; its SOAP client traces request bodies, and the
 * login request carries the password. We keep its loggers at WARN whatever log4j configuration
 * appears, and give log4j an appender so it does not complain on stderr. Failures reach the
 * operator as DriverExceptions instead.
 */
public final class YavijavaLogging {
    private static volatile boolean done;

    private YavijavaLogging() {
    }

    /** Idempotent; every session calls it before logging in. */
    public static void quiet() {
        if (done) {
            return;
        }
        synchronized (YavijavaLogging.class) {
            Logger vmware = Logger.getLogger("com.vmware");
            vmware.setLevel(Level.WARN);
            vmware.setAdditivity(false);
            if (!vmware.getAllAppenders().hasMoreElements()) {
                vmware.addAppender(new NullAppender());
            }
            done = true;
        }
    }
}
