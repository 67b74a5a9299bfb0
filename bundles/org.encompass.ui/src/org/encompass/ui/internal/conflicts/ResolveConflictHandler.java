package org.encompass.ui.internal.conflicts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;
import org.encompass.core.ConflictResolution;
import org.encompass.model.Conflict;
import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.ConsoleSession;
import org.encompass.ui.internal.commands.OperationJobs;

/**
 * Accept Discovered / Keep Model on the selected open conflicts
 * ({@code ResolveConflictHandler:accept-discovered}); the engine's refusal is shown in a dialog.
 */
public final class ResolveConflictHandler extends AbstractHandler implements IExecutableExtension {
    private ConflictResolution resolution;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        String label = String.valueOf(data);
        for (ConflictResolution r : ConflictResolution.values()) {
            if (r.label().equals(label)) {
                resolution = r;
            }
        }
        if (resolution == null) {
            throw new IllegalArgumentException("no conflict resolution '" + label + "'");
        }
    }

    @Override
    public void setEnabled(Object evaluationContext) {
        Object selection = evaluationContext instanceof IEvaluationContext context
                ? context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) : null;
        setBaseEnabled(!ConsolePlugin.readOnly() && !openConflicts(selection).isEmpty());
    }

    /** The selected conflicts, if all are conflicts and still open; else none. */
    static List<Conflict> openConflicts(Object selection) {
        List<Conflict> result = new ArrayList<>();
        if (!(selection instanceof IStructuredSelection structured)) {
            return result;
        }
        for (Object element : structured) {
            if (!(element instanceof Conflict conflict) || conflict.isResolved()) {
                return List.of();
            }
            result.add(conflict);
        }
        return result;
    }

    @Override
    public Object execute(ExecutionEvent event) {
        List<Long> ids = openConflicts(HandlerUtil.getCurrentSelection(event)).stream().map(Conflict::getId).toList();
        if (ids.isEmpty()) {
            return null;
        }
        ConsoleSession session = ConsolePlugin.getDefault().session(); // on the server when connected to one
        String names = String.join(", ", ids.stream().map(id -> Long.toString(id)).toList());
        OperationJobs.schedule(NLS.bind(ConflictMessages.resolveJob, names, resolution.label()), ids,
                (id, monitor) -> session.resolveConflict(id, resolution, monitor));
        return null;
    }
}
