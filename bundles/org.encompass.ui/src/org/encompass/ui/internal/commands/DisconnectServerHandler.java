package org.encompass.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.ui.internal.ConsolePlugin;

/** File > Disconnect from Server: back to the embedded repository. Enabled while connected to a server. */
public final class DisconnectServerHandler extends AbstractHandler {
    @Override
    public void setEnabled(Object evaluationContext) {
        ConsolePlugin plugin = ConsolePlugin.getDefault();
        setBaseEnabled(plugin != null && plugin.session().serverAddress() != null);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        BusyIndicator.showWhile(HandlerUtil.getActiveShell(event).getDisplay(), ConsolePlugin.getDefault()::disconnect);
        return null;
    }
}
