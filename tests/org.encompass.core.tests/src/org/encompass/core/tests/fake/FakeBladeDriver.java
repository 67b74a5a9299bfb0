package org.encompass.core.tests.fake;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.encompass.core.spi.BladeDriver;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.PowerState;

/**
 * An in-memory chassis of two powered-off blades (slots 1 and 2) at any address; its boot volumes are served at the
 * portal {@link #PORTALS} holds for the address (none: not known).
 */
public class FakeBladeDriver implements BladeDriver {
    /** The iSCSI portal ({@code HOST:PORT}) each chassis address reports, set by tests. */
    public static final Map<String, String> PORTALS = new ConcurrentHashMap<>();

    @Override
    public BladeConnection connect(String address) {
        return new BladeConnection() {
            @Override
            public List<String> slots() {
                return List.of("1", "2");
            }

            @Override
            public BladeInfo describe(String slot) {
                return new BladeInfo(slot, null, "00000000-0000-0000-0000-00000000000" + slot, PowerState.OFF, BootDevice.DISK, List.of());
            }

            @Override
            public PowerState power(String slot) {
                return PowerState.OFF;
            }

            @Override
            public void powerOn(String slot) throws DriverException {
                throw new DriverException("fake blades do not power on");
            }

            @Override
            public void powerOff(String slot, Duration graceful) {
                // off already
            }

            @Override
            public void powerCycle(String slot) throws DriverException {
                throw new DriverException("fake blades do not power on");
            }

            @Override
            public void setBootDevice(String slot, BootDevice device) {
                // nothing boots
            }

            @Override
            public BootVolume mapBootVolume(String slot, ImageRef volume) throws DriverException {
                throw new DriverException("fake blades map no boot volumes");
            }

            @Override
            public void unmapBootVolume(String slot) {
                // none mapped
            }

            @Override
            public String bootPortal() {
                return PORTALS.get(address);
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
