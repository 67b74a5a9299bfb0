package org.encompass.ui.internal.commands;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.spi.CloneMethod;
import org.encompass.ui.internal.preferences.ConsolePreferences;
import org.encompass.model.Master;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.Messages;

/** Clone or delete the selected masters ({@code MasterOperationHandler:clone}); retired masters have no image to clone. */
public final class MasterOperationHandler extends AbstractHandler implements IExecutableExtension {
    private Operation operation;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        operation = Operation.fromLabel(String.valueOf(data));
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(!ConsolePlugin.readOnly() && allowed(Selections.masters(Selections.selection(evaluationContext))));
    }

    private static boolean allowed(List<Master> masters) {
        return !masters.isEmpty() && masters.stream().allMatch(m -> m.getLocation() != null);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        List<Master> masters = Selections.masters(HandlerUtil.getCurrentSelection(event));
        if (!allowed(masters)) {
            return null;
        }
        List<String> names = masters.stream().map(Master::getName).toList();
        ConsoleSession session = ConsolePlugin.getDefault().session();
        CloneMethod method = ConsolePreferences.cloneMethod(ConsolePlugin.getDefault().getPreferenceStore());
        String jobName = NLS.bind(Messages.jobName, OperationLabels.of(operation), String.join(", ", names));
        OperationJobs.schedule(jobName, names, (master, monitor) -> {
            if (operation == Operation.CLONE) { // each on the server when connected to one
                session.cloneMaster(master, method, monitor);
            } else {
                session.run(Operation.DELETE_MASTER, master, Map.of(), monitor);
            }
        });
        return null;
    }
}
