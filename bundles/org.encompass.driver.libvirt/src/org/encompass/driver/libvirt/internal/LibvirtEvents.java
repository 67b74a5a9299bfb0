package org.encompass.driver.libvirt.internal;

import org.libvirt.Library;
import org.libvirt.LibvirtException;

/**
 * libvirt's default event loop, run on one daemon thread for the whole process. It must be registered
 * before a connection opens for that connection to deliver domain events and notice a closed socket,
 * so {@link ConnectionOpener} starts it first.
 */
final class LibvirtEvents {
    private static boolean running;

    private LibvirtEvents() {
    }

    static synchronized void ensureRunning() throws LibvirtException {
        if (running) {
            return;
        }
        Library.initEventLoop();
        Thread loop = new Thread(() -> {
            try {
                Library.runEventLoop();
            } catch (LibvirtException | InterruptedException e) {
                // the process is ending: events stop with it
            }
        }, "libvirt event loop");
        loop.setDaemon(true);
        loop.start();
        running = true;
    }
}
