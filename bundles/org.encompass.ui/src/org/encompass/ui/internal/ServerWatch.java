package org.encompass.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.net4j.util.event.IListener;
import org.eclipse.net4j.util.lifecycle.ILifecycleEvent;
import org.eclipse.osgi.util.NLS;

/**
 * Watches the console's session on a repository server: when it closes without the console asking (the server
 * stopped, the network went away), the console goes offline (read only) and a system Job reconnects with a
 * growing pause (1, 2, 4... up to {@value #MAX_PAUSE_SECONDS} s) until the server answers; then the new session
 * replaces the lost one and the console is online again, without a restart.
 */
final class ServerWatch {
    static final int MAX_PAUSE_SECONDS = 30;
    private final ConsolePlugin plugin;
    private final ServerAccount account;
    private final Job reconnect;
    private volatile boolean stopped;
    private volatile String lastFailure = "";
    private int pauseSeconds = 1;

    ServerWatch(ConsolePlugin plugin, ServerAccount account) {
        this.plugin = plugin;
        this.account = account;
        this.reconnect = new Job(NLS.bind(Messages.reconnectJob, account.address())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return attempt(monitor);
            }
        };
        reconnect.setSystem(true);
    }

    /** Follows {@code session}'s connection: its closing starts the reconnection. */
    void watch(ConsoleSession session) {
        CDOSession cdo = session.cdoSession();
        IListener listener = event -> {
            if (event instanceof ILifecycleEvent lifecycle && lifecycle.getKind() == ILifecycleEvent.Kind.DEACTIVATED) {
                lost();
            }
        };
        cdo.addListener(listener);
        if (cdo.isClosed()) {
            lost();
        }
    }

    private void lost() {
        if (stopped) {
            return;
        }
        pauseSeconds = 1;
        plugin.markOffline(this);
        reconnect.schedule(1000L);
    }

    private IStatus attempt(IProgressMonitor monitor) {
        if (stopped || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        ConsoleSession next;
        try {
            next = account.connect();
        } catch (RuntimeException e) {
            lastFailure = String.valueOf(e.getMessage());
            pauseSeconds = Math.min(MAX_PAUSE_SECONDS, pauseSeconds * 2);
            if (!stopped) {
                reconnect.schedule(pauseSeconds * 1000L);
            }
            return Status.OK_STATUS;
        }
        if (stopped || !plugin.reconnected(this, next)) {
            next.close();
            return Status.OK_STATUS;
        }
        lastFailure = "";
        watch(next);
        return Status.OK_STATUS;
    }

    /** Why the last reconnection failed ("" before any or after success): the status line's tooltip. */
    String lastFailure() {
        return lastFailure;
    }

    ServerAccount account() {
        return account;
    }

    /** Ends the watch (disconnect, another server, the console closing): no more reconnections. */
    void stop() {
        stopped = true;
        reconnect.cancel();
        account.forget();
    }
}
