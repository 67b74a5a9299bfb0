package org.encompass.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/**
 * Shows the console's connection in every window: the title names the repository or the server (and "offline"
 * while the console waits for its server), and, when the session is replaced (connect, disconnect, reconnect),
 * the console's views are opened again on the new session; commands' enablement is evaluated again (offline:
 * read only).
 */
final class ConnectionDisplay {
    private final IWorkbench workbench;
    private final ConsolePlugin plugin;
    private final Runnable listener = this::changed;
    private ConsoleSession shown;

    private ConnectionDisplay(IWorkbench workbench, ConsolePlugin plugin) {
        this.workbench = workbench;
        this.plugin = plugin;
        this.shown = plugin.session();
    }

    static ConnectionDisplay start(IWorkbench workbench, ConsolePlugin plugin) {
        ConnectionDisplay display = new ConnectionDisplay(workbench, plugin);
        plugin.addConnectionListener(display.listener);
        return display;
    }

    void stop() {
        plugin.removeConnectionListener(listener);
    }

    /** The window title for the current session: "Encompass — alice@HOST:PORT (offline)". */
    static String title(ConsolePlugin plugin) {
        String title = NLS.bind(Messages.windowTitle, plugin.session().describe());
        return plugin.offline() ? NLS.bind(Messages.windowTitleOffline, title) : title;
    }

    private void changed() {
        Display display = workbench.getDisplay();
        display.asyncExec(() -> {
            if (display.isDisposed() || workbench.isClosing()) {
                return;
            }
            ConsoleSession current = plugin.session();
            if (current != shown) {
                shown = current;
                reopenViews();
            }
            for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
                window.getShell().setText(title(plugin));
            }
            workbench.getService(IEventBroker.class).send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
        });
    }

    /** The console's views hold the old session's objects: close them and open them again, in their places. */
    private void reopenViews() {
        for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
            IWorkbenchPage page = window.getActivePage();
            if (page == null) {
                continue;
            }
            List<String> reopen = new ArrayList<>();
            for (IViewReference reference : page.getViewReferences()) {
                if (reference.getId().startsWith(ConsolePlugin.ID + ".")) {
                    reopen.add(reference.getId());
                    page.hideView(reference);
                }
            }
            for (String id : reopen) {
                try {
                    page.showView(id, null, IWorkbenchPage.VIEW_VISIBLE);
                } catch (PartInitException e) {
                    org.eclipse.core.runtime.ILog.of(ConnectionDisplay.class).error(e.getMessage(), e);
                }
            }
        }
    }
}
