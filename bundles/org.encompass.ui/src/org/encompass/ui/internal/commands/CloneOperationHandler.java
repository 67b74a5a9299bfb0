package org.encompass.ui.internal.commands;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.core.query.States;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.model.Clone;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.Messages;

/**
 * One lifecycle operation on the selected clones (plugin.xml names it: {@code CloneOperationHandler:attach}).
 * Enabled only when the engine's rules ({@link Lifecycle}) allow it for every selected clone; runs
 * as a Job. Assign asks for a machine and capture for a master name unless the command's parameter
 * gives one.
 */
public final class CloneOperationHandler extends AbstractHandler implements IExecutableExtension {
    public static final String MACHINE_PARAMETER = "org.encompass.ui.commands.machine";
    public static final String NAME_PARAMETER = "org.encompass.ui.commands.name";

    private Operation operation;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
        operation = Operation.fromLabel(String.valueOf(data));
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        setBaseEnabled(!ConsolePlugin.readOnly() && allowed(operation, Selections.clones(Selections.selection(evaluationContext))));
    }

    /** Whether the rules allow {@code operation} on all of {@code clones} (none selected: no). */
    public static boolean allowed(Operation operation, List<Clone> clones) {
        if (clones.isEmpty()) {
            return false;
        }
        for (Clone clone : clones) {
            if (!Lifecycle.allows(States.of(clone), operation) || !customizationLeft(operation, clone)) {
                return false;
            }
        }
        // One machine per clone: assign is chosen for one clone at a time.
        return operation != Operation.ASSIGN && operation != Operation.CAPTURE || clones.size() == 1;
    }

    private static boolean customizationLeft(Operation operation, Clone clone) {
        return switch (operation) {
            case CUSTOMIZE_APPLY -> clone.getCustomizationPointer() < clone.getMaster().getCustomizationItems().size();
            case CUSTOMIZE_ROLLBACK -> clone.getCustomizationPointer() > 0;
            default -> true;
        };
    }

    @Override
    public Object execute(ExecutionEvent event) {
        List<Clone> clones = Selections.clones(HandlerUtil.getCurrentSelection(event));
        if (ConsolePlugin.readOnly() || !allowed(operation, clones)) {
            return null;
        }
        List<String> names = clones.stream().map(Clone::getName).toList();
        String argument = switch (operation) {
            case ASSIGN -> Prompts.machine(event, clones.get(0), event.getParameter(MACHINE_PARAMETER));
            case CAPTURE -> Prompts.masterName(event, clones.get(0), event.getParameter(NAME_PARAMETER));
            default -> "";
        };
        if (argument == null) {
            return null; // the operator cancelled the prompt
        }
        // The arguments a journal entry of the operation records; the engine runs it the way a retry does.
        Map<String, String> arguments = switch (operation) {
            case ASSIGN -> Map.of("machine", argument);
            case CAPTURE -> Map.of("master", argument);
            case CUSTOMIZE_APPLY -> Map.of("target", Integer.toString(clones.get(0).getMaster().getCustomizationItems().size()));
            case CUSTOMIZE_ROLLBACK -> Map.of("target", "0");
            default -> Map.of();
        };
        // Connected to a server, the server runs it (under this console's user); else this console's engine.
        ConsoleSession session = ConsolePlugin.getDefault().session();
        String jobName = NLS.bind(Messages.jobName, OperationLabels.of(operation), String.join(", ", names));
        OperationJobs.schedule(jobName, names, (clone, monitor) -> session.run(operation, clone, arguments, monitor));
        return null;
    }
}
