package org.encompass.core.spi;

/**
 * Talks to a blade's management controller (IPMI, CIM) to power it, choose its boot device and map
 * volumes to it. Contributed through the {@code org.encompass.core.bladeDrivers} extension point.
 */
public interface BladeDriver {

    /** Opens a connection to the BMC or chassis manager at {@code address}. */
    BladeConnection connect(String address) throws DriverException;

    /** An open connection to one management controller. */
    interface BladeConnection extends AutoCloseable {
        PowerState power(String slot) throws DriverException;

        void powerOn(String slot) throws DriverException;

        void powerOff(String slot, java.time.Duration graceful) throws DriverException;

        /** Makes the blade boot from the given volume (SAN boot) on its next start. */
        void mapBootVolume(String slot, ImageRef volume) throws DriverException;

        void unmapBootVolume(String slot) throws DriverException;

        @Override
        void close();
    }
}
