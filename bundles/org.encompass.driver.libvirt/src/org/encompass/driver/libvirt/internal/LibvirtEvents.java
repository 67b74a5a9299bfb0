package org.encompass.driver.libvirt.internal;

import org.libvirt.Library;
import org.libvirt.LibvirtException;

/**
 * libvirt's default event loop, run on one daemon thread for the whole process. It must be registered
 * before a connection opens for that connection to deliver domain events and notice a closed socket,
 * so {@link ConnectionOpener} starts it first.
 */
final class LibvirtEvents {
    /**
     * {@code thread} (default): a daemon thread of ours runs libvirt's event loop. {@code host}: the
     * application already iterates GLib's default main context, which libvirt's default event loop
     * uses (SWT on GTK does, on its UI thread), so a second thread iterating it would run the
     * application's own callbacks on the wrong thread; events are then dispatched by the host's loop.
     */
    static final String LOOP_PROPERTY = "encompass.libvirt.eventLoop";
    private static boolean running;

    private LibvirtEvents() {
    }

    static synchronized void ensureRunning() throws LibvirtException {
        if (running) {
            return;
        }
        Library.initEventLoop();
        if ("host".equals(System.getProperty(LOOP_PROPERTY))) {
            running = true;
            return;
        }
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
