package org.encompass.driver.blade.ipmi.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.BladeDriver.BladeInfo;
import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.BladeDriver.BootVolume;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.PowerState;

/**
 * A chassis of IPMI blades: one RMCP+ session per slot's BMC, opened on first use and closed with the
 * connection; the boot volumes as tgt targets. Calls are serialized.
 */
final class IpmiBladeConnection implements BladeConnection {
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration FORCED_OFF_WAIT = Duration.ofSeconds(10);
    private final ChassisAddress chassis;
    private final String user;
    private final char[] password;
    private final Duration timeout;
    private final IscsiBootVolumes volumes;
    private final Map<String, Bmc> sessions = new HashMap<>();

    IpmiBladeConnection(ChassisAddress chassis, String user, char[] password, Duration timeout, IscsiBootVolumes volumes) {
        this.chassis = chassis;
        this.user = user;
        this.password = password;
        this.timeout = timeout;
        this.volumes = volumes;
    }

    @Override
    public List<String> slots() {
        return new ArrayList<>(chassis.slots().keySet());
    }

    @Override
    public synchronized BladeInfo describe(String slot) throws DriverException {
        Bmc bmc = bmc(slot);
        BootDevice boot;
        try {
            boot = bmc.bootDevice();
        } catch (BmcRefusal e) {
            boot = BootDevice.UNKNOWN; // a BMC without boot options still powers its blade
        }
        return new BladeInfo(slot, chassis.bmc(slot).toString(), bmc.guid(), bmc.power(), boot, List.of());
    }

    @Override
    public synchronized PowerState power(String slot) throws DriverException {
        return bmc(slot).power();
    }

    @Override
    public synchronized void powerOn(String slot) throws DriverException {
        Bmc bmc = bmc(slot);
        if (bmc.power() != PowerState.RUNNING) {
            bmc.powerOn();
        }
    }

    @Override
    public synchronized void powerOff(String slot, Duration graceful) throws DriverException {
        Bmc bmc = bmc(slot);
        if (bmc.power() == PowerState.OFF) {
            return;
        }
        if (graceful != null && !graceful.isZero() && !graceful.isNegative()) {
            try {
                bmc.softShutdown();
                if (waitFor(bmc, PowerState.OFF, graceful)) {
                    return;
                }
            } catch (BmcRefusal e) {
                // no soft shutdown on this BMC: forced off below
            }
        }
        bmc.powerDown();
        if (!waitFor(bmc, PowerState.OFF, FORCED_OFF_WAIT)) {
            throw new DriverException("blade in slot " + slot + " of chassis " + chassis.name() + " is still on "
                    + FORCED_OFF_WAIT.toSeconds() + " s after its BMC " + bmc.address() + " was told to power it down");
        }
    }

    @Override
    public synchronized void powerCycle(String slot) throws DriverException {
        Bmc bmc = bmc(slot);
        if (bmc.power() == PowerState.OFF) {
            bmc.powerOn(); // IPMI refuses or ignores a cycle of a blade that is off
        } else {
            bmc.powerCycle();
        }
    }

    @Override
    public synchronized void setBootDevice(String slot, BootDevice device) throws DriverException {
        bmc(slot).setBootDevice(device);
    }

    /**
     * The image becomes the slot's iSCSI LUN and the blade's next boot is from the network (shared with
     * the other blade drivers: {@link IscsiBootVolumes}).
     */
    @Override
    public synchronized BootVolume mapBootVolume(String slot, ImageRef volume) throws DriverException {
        chassis.bmc(slot);
        return volumes.map(chassis.name(), slot, volume, new IscsiBootVolumes.Blade() {
            @Override
            public String guid() throws DriverException {
                return bmc(slot).guid();
            }

            @Override
            public void bootFromNetwork() throws DriverException {
                bmc(slot).setBootDevice(BootDevice.NETWORK);
            }
        });
    }

    @Override
    public synchronized void unmapBootVolume(String slot) throws DriverException {
        chassis.bmc(slot);
        volumes.unmap(chassis.name(), slot);
    }

    /** Where the local tgtd serves the boot volumes ({@link IscsiBootVolumes}). */
    @Override
    public String bootPortal() throws DriverException {
        return volumes.portal();
    }

    private boolean waitFor(Bmc bmc, PowerState wanted, Duration limit) throws DriverException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (bmc.power() == wanted) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DriverException("interrupted while waiting for the blade to power off");
            }
        }
    }

    private Bmc bmc(String slot) throws DriverException {
        Bmc bmc = sessions.get(slot);
        if (bmc == null) {
            bmc = Bmc.open(chassis.bmc(slot), user, password, timeout);
            sessions.put(slot, bmc);
        }
        return bmc;
    }

    @Override
    public synchronized void close() {
        sessions.values().forEach(Bmc::close);
        sessions.clear();
        Arrays.fill(password, '\0');
    }
}
