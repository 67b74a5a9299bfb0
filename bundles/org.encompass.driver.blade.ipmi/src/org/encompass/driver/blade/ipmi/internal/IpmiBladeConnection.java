package org.encompass.driver.blade.ipmi.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.BladeDriver.BladeInfo;
import org.encompass.core.spi.BladeDriver.BootDevice;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.PowerState;
import org.encompass.core.spi.QemuStorageDaemon;

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
    private final TgtTargets targets;
    private final Map<String, Bmc> sessions = new HashMap<>();

    IpmiBladeConnection(ChassisAddress chassis, String user, char[] password, Duration timeout, TgtTargets targets) {
        this.chassis = chassis;
        this.user = user;
        this.password = password;
        this.timeout = timeout;
        this.targets = targets;
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
     * The image becomes LUN 1 of the slot's own target, readable only by the blade's initiator, and the
     * blade's next boot is from the network. Again with the same image: nothing changes. tgt serves files
     * as raw disks only: a copy-on-write (qcow2) clone is served as its guest-visible bytes through a FUSE
     * export of its own (qemu-storage-daemon), which lives as long as the target; never the master.
     */
    @Override
    public synchronized void mapBootVolume(String slot, ImageRef volume) throws DriverException {
        chassis.bmc(slot);
        if (volume.format() != ImageFormat.RAW && volume.format() != ImageFormat.QCOW2) {
            throw new DriverException("a blade boots raw or qcow2 images only, not the " + volume.format().qemuName()
                    + " image " + volume.location());
        }
        Path file = Path.of(volume.location());
        if (!Files.isRegularFile(file)) {
            throw new DriverException("the boot image " + file + " does not exist");
        }
        String name = chassis.targetName(slot);
        TgtTargets.Target existing = targets.find(name);
        if (existing != null) {
            if (!existing.backingFiles().equals(List.of(servedFile(name, file)))) {
                throw new DriverException("slot " + slot + " of chassis " + chassis.name() + " already boots "
                        + String.join(", ", existing.backingFiles()) + " (detach that clone first)");
            }
            if (volume.format() == ImageFormat.QCOW2 && !QemuStorageDaemon.heldRunning(name)) {
                removeTarget(name); // its export was killed: the LUN serves nothing; both are made again below
                existing = null;
            }
        }
        Bmc bmc = bmc(slot);
        String initiator = initiatorName(bmc.guid());
        boolean created = false;
        if (existing == null) {
            String served = volume.format() == ImageFormat.RAW ? file.toString()
                    : QemuStorageDaemon.exportHeld(name, file).file().toString();
            try {
                targets.create(name, served, initiator);
            } catch (DriverException e) {
                QemuStorageDaemon.stopHeld(name);
                throw e;
            }
            created = true;
        }
        try {
            bmc.setBootDevice(BootDevice.NETWORK);
        } catch (DriverException e) {
            if (created) {
                removeTarget(name);
            }
            throw e;
        }
    }

    /** The file the target of {@code name} serves for {@code image}: a held export's, else the image itself. */
    private static String servedFile(String name, Path image) {
        QemuStorageDaemon.HeldExport export = QemuStorageDaemon.heldExport(name);
        return export != null && export.image().equals(image.toAbsolutePath()) ? export.file().toString() : image.toString();
    }

    /** Removes the target (tgtd closes the file), then the export it served, if any. */
    private void removeTarget(String name) throws DriverException {
        TgtTargets.Target target = targets.find(name);
        if (target != null) {
            targets.delete(target.tid());
        }
        QemuStorageDaemon.stopHeld(name);
    }

    /**
     * The name the blade's iPXE uses when it has no other ({@code iqn.2010-04.org.ipxe:} and the
     * machine's UUID, which its BMC reports as the System GUID); an iPXE script may also set it with
     * {@code set initiator-iqn}.
     */
    static String initiatorName(String guid) {
        return "iqn.2010-04.org.ipxe:" + guid;
    }

    @Override
    public synchronized void unmapBootVolume(String slot) throws DriverException {
        chassis.bmc(slot);
        removeTarget(chassis.targetName(slot));
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
