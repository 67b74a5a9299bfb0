package org.encompass.driver.blade.cim.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.BladeDriver.BladeInfo;
import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.BladeDriver.BootVolume;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.PowerState;
import org.encompass.driver.blade.ipmi.internal.IscsiBootVolumes;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMDataType;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.cim.UnsignedInteger16;

/**
 * A chassis behind one CIM server. {@link #slots()} reads the chassis (one enumeration per class); the
 * {@link #describe} calls that follow answer from that reading, which any change made through this
 * connection discards (a blade's system path, being its identity, is taken from the last reading). Power, boot order and state calls may run in parallel (the CIM client is shared).
 */
final class CimBladeConnection implements BladeConnection {
    /** DSP1027 RequestPowerStateChange PowerState values. */
    static final int ON = 2, POWER_CYCLE = 5, OFF_SOFT = 8, OFF_SOFT_GRACEFUL = 12;
    /** DSP1012 SetBootConfigRole Role: the setting is the default one. */
    static final int ROLE_IS_DEFAULT = 0;
    /** DSP1023 CIM_SoftwareIdentity Classifications value of firmware. */
    static final int FIRMWARE = 10;
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration STATE_CHANGE_WAIT = Duration.ofSeconds(10);
    private final CimSession cim;
    private final IscsiBootVolumes volumes;
    private ChassisSurvey survey;
    /** Each slot's CIM_ComputerSystem path, as last read (a blade's identity: kept when a reading is discarded). */
    private final java.util.Map<String, CIMObjectPath> systems = new java.util.HashMap<>();

    CimBladeConnection(CimSession cim, IscsiBootVolumes volumes) {
        this.cim = cim;
        this.volumes = volumes;
    }

    @Override
    public List<String> slots() throws DriverException {
        ChassisSurvey read = ChassisSurvey.read(cim);
        remember(read);
        return new ArrayList<>(read.blades.keySet());
    }

    @Override
    public BladeInfo describe(String slot) throws DriverException {
        ChassisSurvey.Blade blade = blade(slot, false);
        return new BladeInfo(slot, cim.address().url().toString(), blade.guid(), blade.power(), blade.bootDevice(), blade.macs());
    }

    @Override
    public PowerState power(String slot) throws DriverException {
        CIMObjectPath system;
        synchronized (this) {
            system = systems.get(slot);
        }
        return ChassisSurvey.power(cim, system != null ? system : blade(slot, false).system());
    }

    @Override
    public void powerOn(String slot) throws DriverException {
        ChassisSurvey.Blade blade = blade(slot, true);
        if (blade.power() != PowerState.RUNNING) {
            requestPowerState(blade, ON);
            awaitPower(slot, PowerState.RUNNING, STATE_CHANGE_WAIT, "on");
        }
    }

    @Override
    public void powerOff(String slot, Duration graceful) throws DriverException {
        ChassisSurvey.Blade blade = blade(slot, true);
        if (blade.power() == PowerState.OFF) {
            return;
        }
        if (graceful != null && !graceful.isZero() && !graceful.isNegative()) {
            requestPowerState(blade, OFF_SOFT_GRACEFUL);
            if (awaitPower(slot, PowerState.OFF, graceful, null)) {
                return;
            }
        }
        requestPowerState(blade, OFF_SOFT);
        awaitPower(slot, PowerState.OFF, STATE_CHANGE_WAIT, "off");
    }

    @Override
    public void powerCycle(String slot) throws DriverException {
        ChassisSurvey.Blade blade = blade(slot, true);
        requestPowerState(blade, blade.power() == PowerState.OFF ? ON : POWER_CYCLE);
        awaitPower(slot, PowerState.RUNNING, STATE_CHANGE_WAIT, "on");
    }

    /** ChangeBootOrder puts the network (or disk) sources first; SetBootConfigRole makes the setting the default. */
    @Override
    public void setBootDevice(String slot, BootDevice device) throws DriverException {
        if (device == BootDevice.UNKNOWN) {
            throw new DriverException("a blade's boot device is set to NETWORK or DISK");
        }
        ChassisSurvey.Blade blade = blade(slot, true);
        if (blade.bootConfig() == null || blade.bootService() == null) {
            throw new DriverException("the CIM server at " + cim.address().url() + " shows no boot configuration (CIM_BootConfigSetting,"
                    + " CIM_BootService) for the blade in slot " + slot);
        }
        List<CIMObjectPath> order = new ArrayList<>();
        boolean network = device == BootDevice.NETWORK;
        blade.bootOrder().stream().filter(s -> s.network() == network).forEach(s -> order.add(s.path()));
        if (order.isEmpty()) {
            throw new DriverException("the blade in slot " + slot + " has no " + (network ? "network" : "disk") + " boot source in its boot order");
        }
        blade.bootOrder().stream().filter(s -> s.network() != network).forEach(s -> order.add(s.path()));
        forget();
        cim.invoke(blade.bootConfig(), "ChangeBootOrder",
                new CIMArgument<>("Source", new CIMDataType("CIM_BootSourceSetting", 0), order.toArray(CIMObjectPath[]::new)));
        cim.invoke(blade.bootService(), "SetBootConfigRole",
                new CIMArgument<>("BootConfigSetting", new CIMDataType(blade.bootConfig().getObjectName()), blade.bootConfig()),
                new CIMArgument<>("Role", CIMDataType.UINT16_T, new UnsignedInteger16(ROLE_IS_DEFAULT)));
    }

    @Override
    public BootVolume mapBootVolume(String slot, ImageRef volume) throws DriverException {
        ChassisSurvey.Blade blade = blade(slot, true);
        return volumes.map(cim.address().name(), slot, volume, new IscsiBootVolumes.Blade() {
            @Override
            public String guid() throws DriverException {
                if (blade.guid() == null) {
                    throw new DriverException("the CIM server reports no UUID (CIM:GUID) for the blade in slot " + slot
                            + ": its iSCSI initiator name cannot be known");
                }
                return blade.guid();
            }

            @Override
            public void bootFromNetwork() throws DriverException {
                setBootDevice(slot, BootDevice.NETWORK);
            }
        });
    }

    @Override
    public void unmapBootVolume(String slot) throws DriverException {
        blade(slot, false);
        volumes.unmap(cim.address().name(), slot);
    }

    /** Where the local tgtd serves the boot volumes ({@link IscsiBootVolumes}). */
    @Override
    public String bootPortal() throws DriverException {
        return volumes.portal();
    }

    /**
     * The first firmware (DSP1023 CIM_SoftwareIdentity whose Classifications hold 10, Firmware) the server
     * shows: "ElementName VersionString"; null when it shows none.
     */
    @Override
    public String firmware() throws DriverException {
        for (CIMInstance identity : cim.instances("CIM_SoftwareIdentity")) {
            if (identity.getPropertyValue("Classifications") instanceof UnsignedInteger16[] classes
                    && java.util.Arrays.stream(classes).anyMatch(c -> c.intValue() == FIRMWARE)) {
                Object name = identity.getPropertyValue("ElementName");
                Object version = identity.getPropertyValue("VersionString");
                String shown = ((name == null ? "" : name + " ") + (version == null ? "" : version)).strip();
                return shown.isEmpty() ? null : shown;
            }
        }
        return null;
    }

    private void requestPowerState(ChassisSurvey.Blade blade, int state) throws DriverException {
        if (blade.powerService() == null) {
            throw new DriverException("the CIM server at " + cim.address().url() + " shows no power management service"
                    + " (CIM_AssociatedPowerManagementService) for the blade in slot " + blade.slot());
        }
        forget();
        cim.invoke(blade.powerService(), "RequestPowerStateChange",
                new CIMArgument<>("PowerState", CIMDataType.UINT16_T, new UnsignedInteger16(state)),
                new CIMArgument<>("ManagedElement", new CIMDataType(blade.system().getObjectName()), blade.system()));
    }

    /** Polls the power state until it is {@code wanted}; false (or an error naming {@code what}) when it is not in time. */
    private boolean awaitPower(String slot, PowerState wanted, Duration limit, String what) throws DriverException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (power(slot) == wanted) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                if (what == null) {
                    return false;
                }
                throw new DriverException("the blade in slot " + slot + " is not " + what + " " + limit.toSeconds()
                        + " s after the CIM server at " + cim.address().url() + " accepted the request");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DriverException("interrupted while waiting for the blade in slot " + slot + " to power " + what);
            }
        }
    }

    /** The slot's blade from the last reading, or a fresh one when {@code fresh} or none is kept. */
    private ChassisSurvey.Blade blade(String slot, boolean fresh) throws DriverException {
        ChassisSurvey read;
        synchronized (this) {
            read = survey;
        }
        if (fresh || read == null) {
            read = ChassisSurvey.read(cim);
            remember(read);
        }
        ChassisSurvey.Blade blade = read.blades.get(slot);
        if (blade == null) {
            throw new DriverException("chassis " + cim.address().name() + " has no blade in slot " + slot + " (its blades: "
                    + String.join(", ", read.blades.keySet()) + ")");
        }
        return blade;
    }

    private synchronized void remember(ChassisSurvey read) {
        survey = read;
        systems.clear();
        read.blades.forEach((slot, blade) -> systems.put(slot, blade.system()));
    }

    private synchronized void forget() {
        survey = null;
    }

    @Override
    public void close() {
        cim.close();
    }
}
