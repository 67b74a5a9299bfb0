package org.encompass.driver.blade.ipmi.internal;

import java.time.Duration;
import java.util.HexFormat;

import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.PowerState;

/** The IPMI commands the blade driver sends to one BMC, over one RMCP+ session. */
final class Bmc implements AutoCloseable {
    private static final int CHASSIS = 0x00;
    private static final int APP = 0x06;
    private static final int POWER_DOWN = 0;
    private static final int POWER_UP = 1;
    private static final int POWER_CYCLE = 2;
    private static final int SOFT_SHUTDOWN = 5;
    private static final int BOOT_FLAGS = 5;
    private final RmcpPlusSession session;

    private Bmc(RmcpPlusSession session) {
        this.session = session;
    }

    static Bmc open(BmcAddress address, String user, char[] password, Duration timeout) throws DriverException {
        return new Bmc(RmcpPlusSession.open(address.host(), address.port(), user, password, timeout));
    }

    String address() {
        return session.bmc();
    }

    /** Get Chassis Status: bit 0 of the current power state. */
    PowerState power() throws DriverException {
        byte[] status = session.command(CHASSIS, 0x01, new byte[0]);
        return (status[0] & 1) != 0 ? PowerState.RUNNING : PowerState.OFF;
    }

    void powerOn() throws DriverException {
        control(POWER_UP);
    }

    void powerDown() throws DriverException {
        control(POWER_DOWN);
    }

    void powerCycle() throws DriverException {
        control(POWER_CYCLE);
    }

    /** Asks the operating system to shut down (ACPI power button); it may ignore it. */
    void softShutdown() throws DriverException {
        control(SOFT_SHUTDOWN);
    }

    private void control(int action) throws DriverException {
        session.command(CHASSIS, 0x02, new byte[] { (byte) action });
    }

    /**
     * Set System Boot Options, boot flags (parameter 5), valid for the next boot only: device 1 = PXE
     * (network), 2 = the default hard disk.
     */
    void setBootDevice(BootDevice device) throws DriverException {
        int selector = switch (device) {
            case NETWORK -> 1;
            case DISK -> 2;
            case UNKNOWN -> throw new IllegalArgumentException("no boot device to set");
        };
        session.command(CHASSIS, 0x08, new byte[] { BOOT_FLAGS, (byte) 0x80, (byte) (selector << 2), 0, 0, 0 });
    }

    /** Get System Boot Options, boot flags: the device selector of the next boot. */
    BootDevice bootDevice() throws DriverException {
        byte[] answer = session.command(CHASSIS, 0x09, new byte[] { BOOT_FLAGS, 0, 0 });
        if (answer.length < 4) {
            return BootDevice.UNKNOWN;
        }
        return switch ((answer[3] >> 2) & 0xf) {
            case 1 -> BootDevice.NETWORK;
            case 2 -> BootDevice.DISK;
            default -> BootDevice.UNKNOWN;
        };
    }

    /**
     * The BMC's System GUID (Get System GUID; the machine's SMBIOS UUID on real servers), in the byte
     * order ipmitool's {@code mc guid} prints. Falls back to Get Device GUID for BMCs without one.
     */
    String guid() throws DriverException {
        byte[] raw;
        try {
            raw = session.command(APP, 0x37, new byte[0]);
        } catch (BmcRefusal e) {
            raw = session.command(APP, 0x08, new byte[0]);
        }
        if (raw.length < 16) {
            throw new DriverException("BMC " + address() + " answered its GUID with " + raw.length + " bytes");
        }
        String hex = HexFormat.of().formatHex(raw, 0, 16);
        return hex.substring(0, 8) + '-' + hex.substring(8, 12) + '-' + hex.substring(12, 16) + '-' + hex.substring(16, 20) + '-'
                + hex.substring(20);
    }

    @Override
    public void close() {
        session.close();
    }
}
