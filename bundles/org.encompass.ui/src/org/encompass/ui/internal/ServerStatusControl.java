package org.encompass.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;

/**
 * The status line's connection: "Embedded repository", "Server alice@HOST:PORT", or "Server HOST:PORT offline:
 * read only, reconnecting" while the console waits for its server.
 */
public final class ServerStatusControl extends WorkbenchWindowControlContribution {
    private Label label;
    private final Runnable listener = this::changed;

    @Override
    protected Control createControl(Composite parent) {
        label = new Label(parent, SWT.NONE);
        ConsolePlugin.getDefault().addConnectionListener(listener);
        label.addDisposeListener(event -> ConsolePlugin.getDefault().removeConnectionListener(listener));
        show();
        return label;
    }

    private void changed() {
        if (label != null && !label.isDisposed()) {
            label.getDisplay().asyncExec(this::show);
        }
    }

    private void show() {
        if (label == null || label.isDisposed()) {
            return;
        }
        label.setText(text(ConsolePlugin.getDefault()));
        label.getParent().layout(true);
    }

    /** What the status line says about the connection. */
    public static String text(ConsolePlugin plugin) {
        ConsoleSession session = plugin.session();
        if (session.serverAddress() == null) {
            return Messages.statusEmbedded;
        }
        return plugin.offline() ? NLS.bind(Messages.statusOffline, session.serverAddress())
                : NLS.bind(Messages.statusOnline, session.describe());
    }
}
