package org.encompass.core.spi;

/**
 * Told by a hypervisor connection when a machine's power changes, whoever changed it (Encompass, an
 * operator with the hypervisor's own tools, a crash). Called on the driver's event thread: return
 * quickly and never call back into the connection from here.
 */
public interface PowerListener {

    /** {@code machine} (with its {@code uuid}, when the host has one) is now {@code power}. */
    void powerChanged(String machine, String uuid, PowerState power);

    /** The host forgot the machine (it was undefined or deleted behind our back). */
    default void machineRemoved(String machine, String uuid) {
    }

    /** The connection broke; no more events come through it. */
    default void connectionLost(String reason) {
    }
}
