package org.encompass.ui.internal;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.encompass.ui.internal.commands.ConsoleCommandStack;
import org.osgi.framework.BundleContext;

/** The console bundle; owns the console's connection to the repository while it runs. */
public final class ConsolePlugin extends AbstractUIPlugin {
    public static final String ID = "org.encompass.ui";
    private static ConsolePlugin instance;
    private ConsoleSession session;
    /** The embedded repository's session, kept open while connected to a server: Disconnect returns to it. */
    private ConsoleSession embedded;
    private ServerWatch watch;
    private volatile boolean offline;
    private final java.util.List<Runnable> connectionListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
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
        ServerWatch watching = watch;
        watch = null;
        if (watching != null) {
            watching.stop();
        }
        if (session != null && session != embedded) {
            session.close();
        }
        session = null;
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
        instance = null;
        super.stop(context);
    }

    public static ConsolePlugin getDefault() {
        return instance;
    }

    /**
     * The repository and engine, opened on first use: the embedded repository, or the server of the preferences
     * when they say to connect at start and secure storage holds its password (else the embedded one, and a
     * warning in the log).
     */
    public synchronized ConsoleSession session() {
        if (session == null) {
            ServerAccount login = ServerAccount.atStart(getPreferenceStore());
            if (login != null) {
                try {
                    session = login.connect();
                    watch = new ServerWatch(this, login);
                    watch.watch(session);
                } catch (RuntimeException e) {
                    login.forget();
                    org.eclipse.core.runtime.ILog.of(ConsolePlugin.class).warn(
                            org.eclipse.osgi.util.NLS.bind(Messages.connectAtStartFailed, e.getMessage()));
                }
            }
            if (session == null) {
                session = embedded();
            }
        }
        return session;
    }

    private synchronized ConsoleSession embedded() {
        if (embedded == null) {
            embedded = ConsoleSession.open();
        }
        return embedded;
    }

    /**
     * Connects the console to the server of {@code login}: its session replaces the current one (the views show
     * the server's repository from then on) and is watched: when the server goes away the console is offline and
     * reconnects by itself.
     *
     * @throws RuntimeException with a one-line reason when it cannot connect (the current session stays)
     */
    public void connect(ServerAccount login) {
        ConsoleSession next = login.connect();
        ServerWatch watching = new ServerWatch(this, login);
        replace(next, watching);
        watching.watch(next);
    }

    /** Back to the embedded repository (opened now if the console started connected). */
    public void disconnect() {
        replace(embedded(), null);
    }

    private void replace(ConsoleSession next, ServerWatch nextWatch) {
        ConsoleSession previous;
        ServerWatch previousWatch;
        synchronized (this) {
            previous = session;
            previousWatch = watch;
            session = next;
            watch = nextWatch;
            offline = false;
        }
        if (previousWatch != null) {
            previousWatch.stop();
        }
        if (previous != null && previous != embedded) {
            try {
                previous.close();
            } catch (RuntimeException e) {
                // a server's session whose connection is lost already: nothing left to close cleanly
                org.eclipse.core.runtime.ILog.of(ConsolePlugin.class).warn(String.valueOf(e.getMessage()));
            }
        }
        fireChange();
    }

    /** A reconnection's new session, unless the console was disconnected or connected elsewhere meanwhile. */
    synchronized boolean reconnected(ServerWatch from, ConsoleSession next) {
        if (watch != from) {
            return false;
        }
        ConsoleSession previous = session;
        session = next;
        offline = false;
        try {
            previous.close();
        } catch (RuntimeException e) {
            // the lost connection's leftovers; nothing to keep
        }
        fireChange();
        return true;
    }

    /** The server went away: read only until {@link #reconnected}. */
    void markOffline(ServerWatch from) {
        synchronized (this) {
            if (watch != from || offline) {
                return;
            }
            offline = true;
        }
        fireChange();
    }

    /** Whether the console lost its server and waits to reconnect: it shows what it had, read only. */
    public boolean offline() {
        return offline;
    }

    /** Whether the console is offline (read only): operations and edits are disabled until it reconnects. */
    public static boolean readOnly() {
        ConsolePlugin plugin = instance;
        return plugin != null && plugin.offline;
    }

    /** Runs {@code listener} (on any thread) whenever the session is replaced or goes offline or online. */
    public void addConnectionListener(Runnable listener) {
        connectionListeners.add(listener);
    }

    public void removeConnectionListener(Runnable listener) {
        connectionListeners.remove(listener);
    }

    private void fireChange() {
        for (Runnable listener : connectionListeners) {
            listener.run();
        }
    }

    /** The undo history of model edits made in this console. */
    public ConsoleCommandStack commandStack() {
        return commandStack;
    }
}
