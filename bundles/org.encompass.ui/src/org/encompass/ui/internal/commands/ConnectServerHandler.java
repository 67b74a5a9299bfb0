package org.encompass.ui.internal.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.ui.internal.ConnectServerDialog;

/** File > Connect to Server...: the dialog connects; the views then show the server's repository. */
public final class ConnectServerHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        new ConnectServerDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
