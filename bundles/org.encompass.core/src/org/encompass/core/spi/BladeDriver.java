package org.encompass.core.spi;

import java.time.Duration;
import java.util.List;

/**
 * Talks to a blade's management controller (IPMI, CIM) to power it, choose its boot device and map
 * volumes to it. Contributed through the {@code org.encompass.core.bladeDrivers} extension point.
 * A chassis is reached at one management address (the driver's own format; for IPMI it lists each
 * slot's BMC); its slots are named by the driver.
 */
public interface BladeDriver {

    /** Opens a connection to the BMC or chassis manager at {@code address}. */
    BladeConnection connect(String address) throws DriverException;

    /**
     * Opens a connection with the user and password from secure storage. Drivers that need them (IPMI)
     * override this; the default ignores them.
     */
    default BladeConnection connect(String address, Credentials credentials) throws DriverException {
        return connect(address);
    }

    /**
     * Stops what this driver's work left running for boot volumes that no longer exist (an export of a
     * copy-on-write clone whose target a crash or a restarted target daemon took away). Called once at an
     * engine's start; returns what was stopped, in words.
     */
    default List<String> stopLeftoversOfDeadProcesses() throws DriverException {
        return List.of();
    }

    /** A chassis' slot (the chassis by its management address) whose blade holds an attached or active clone. */
    record MappedSlot(String chassisAddress, String slot) {
    }

    /**
     * The names of boot volumes of this driver's making (iSCSI targets) that none of {@code inUse} accounts
     * for: left by a crash, by a chassis removed meanwhile, or by hand; listed by 'orphans'. {@code inUse} holds
     * the slots of every chassis of the site, whatever its kind (drivers may share one naming of targets).
     * Default: none.
     */
    default List<String> unusedBootVolumes(List<MappedSlot> inUse) throws DriverException {
        return List.of();
    }

    /** Removes a boot volume that {@link #unusedBootVolumes} named ('orphans reclaim'). */
    default void removeBootVolume(String name) throws DriverException {
        throw new DriverException("this blade driver makes no boot volumes: " + name);
    }

    /** Where a blade boots from on its next start. */
    enum BootDevice {
        NETWORK, DISK, UNKNOWN
    }

    /**
     * What a blade's controller reports, for discovery and reconciliation.
     *
     * @param slot       the slot, as the driver names it
     * @param bmcAddress the address of the blade's own controller, or {@code null}
     * @param guid       the controller's GUID (a blade's stable identity), lower case, or {@code null}
     * @param power      the power state
     * @param boot       the boot device of the next start
     * @param macs       MAC addresses the controller reports (may be empty)
     */
    record BladeInfo(String slot, String bmcAddress, String guid, PowerState power, BootDevice boot, List<String> macs) {
    }

    /**
     * The iSCSI LUN a blade boots from while a clone is attached to it.
     *
     * @param target the target's IQN
     * @param lun    the LUN within the target
     * @param portal where the target is served ({@code HOST:PORT}, as the target daemon reports its portal)
     */
    record BootVolume(String target, int lun, String portal) {
    }

    /** An open connection to one management controller. */
    interface BladeConnection extends AutoCloseable {
        /** The chassis' slots, in order. */
        List<String> slots() throws DriverException;

        /** Asks the slot's controller what it knows of the blade. */
        BladeInfo describe(String slot) throws DriverException;

        PowerState power(String slot) throws DriverException;

        void powerOn(String slot) throws DriverException;

        /** Asks the blade to shut down, waits up to {@code graceful}, then forces it off. */
        void powerOff(String slot, Duration graceful) throws DriverException;

        void powerCycle(String slot) throws DriverException;

        void setBootDevice(String slot, BootDevice device) throws DriverException;

        /** Makes the blade boot from the given volume (SAN boot) on its next start; returns where it is served. */
        BootVolume mapBootVolume(String slot, ImageRef volume) throws DriverException;

        void unmapBootVolume(String slot) throws DriverException;

        /**
         * The iSCSI portal ({@code HOST:PORT}) that {@link #mapBootVolume} serves boot volumes at, so that the engine
         * can tell which storage devices the blades can boot from; default: null (not known).
         */
        default String bootPortal() throws DriverException {
            return null;
        }

        /** The chassis' management firmware (name and version) if its controller reports one; default: null. */
        default String firmware() throws DriverException {
            return null;
        }

        @Override
        void close();
    }
}
