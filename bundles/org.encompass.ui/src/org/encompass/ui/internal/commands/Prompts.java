package org.encompass.ui.internal.commands;


import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.core.query.FreeMachines;
import org.encompass.core.query.SiteLookup;
import org.encompass.model.Clone;
import org.encompass.model.Machine;
import org.encompass.model.Site;
import org.encompass.ui.internal.Messages;

/** What a command asks the operator when its parameter does not say it. */
final class Prompts {
    private Prompts() {
    }

    /** A free machine that fits the clone's master ({@code host/vm}), or null when cancelled. */
    static String machine(ExecutionEvent event, Clone clone, String given) {
        if (given != null) {
            return given;
        }
        Site site = (Site) clone.getMaster().eContainer();
        Object[] free = FreeMachines.of(site, clone.getMaster()).toArray();
        Shell shell = HandlerUtil.getActiveShell(event);
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return SiteLookup.qualifiedName((Machine) element);
            }
        });
        dialog.setTitle(Messages.assignTitle);
        dialog.setMessage(NLS.bind(Messages.assignMessage, clone.getName()));
        dialog.setElements(free);
        dialog.setMultipleSelection(false);
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return null;
        }
        return SiteLookup.qualifiedName((Machine) dialog.getFirstResult());
    }

    /** The name of the master a capture makes, or null when cancelled. */
    static String masterName(ExecutionEvent event, Clone clone, String given) {
        if (given != null) {
            return given;
        }
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), Messages.captureTitle,
                NLS.bind(Messages.captureMessage, clone.getName()), clone.getMaster().getName() + "-" + clone.getName(),
                text -> text.isBlank() ? Messages.captureNameMissing : null);
        return dialog.open() == IDialogConstants.OK_ID ? dialog.getValue().trim() : null;
    }
}
