package org.encompass.ui.internal;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.encompass.ui.internal.commands.ConsoleCommandStack;
import org.osgi.framework.BundleContext;

/** The console bundle; owns the console's connection to the repository while it runs. */
public final class ConsolePlugin extends AbstractUIPlugin {
    public static final String ID = "org.encompass.ui";
    private static ConsolePlugin instance;
    private ConsoleSession session;
    private final ConsoleCommandStack commandStack = new ConsoleCommandStack();

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        // libvirt's event loop iterates GLib's default main context, which SWT's UI loop iterates too:
        // the UI loop must dispatch libvirt's events, not a second thread that would run SWT's timers off
        // the UI thread. Set here, before the console's session can open a libvirt connection, so every
        // process with the console in it (the product, the UI tests) does it (the libvirt driver reads it).
        System.setProperty("encompass.libvirt.eventLoop", "host");
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        if (session != null) {
            session.close();
            session = null;
        }
        instance = null;
        super.stop(context);
    }

    public static ConsolePlugin getDefault() {
        return instance;
    }

    /** The repository and engine, opened on first use. */
    public synchronized ConsoleSession session() {
        if (session == null) {
            session = ConsoleSession.open();
        }
        return session;
    }

    /** The undo history of model edits made in this console. */
    public ConsoleCommandStack commandStack() {
        return commandStack;
    }
}
