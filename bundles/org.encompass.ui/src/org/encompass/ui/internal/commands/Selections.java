package org.encompass.ui.internal.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISources;
import org.encompass.model.Clone;
import org.encompass.model.Master;

/** The clones or masters a command works on, taken from a selection or an evaluation context. */
public final class Selections {
    private Selections() {
    }

    /** The selection of an evaluation context (what handlers get in {@code setEnabled}). */
    static Object selection(Object evaluationContext) {
        if (evaluationContext instanceof IEvaluationContext context) {
            return context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
        }
        return null;
    }

    /** Every selected clone, or an empty list when anything else is selected too. */
    public static List<Clone> clones(Object selection) {
        return only(selection, Clone.class);
    }

    /** Every selected master, or an empty list when anything else is selected too. */
    public static List<Master> masters(Object selection) {
        return only(selection, Master.class);
    }

    /** The name of the one master selected, or null when none or several are. */
    public static String singleMasterName(Object selection) {
        List<Master> masters = masters(selection);
        return masters.size() == 1 ? masters.get(0).getName() : null;
    }

    private static <T> List<T> only(Object selection, Class<T> type) {
        List<T> result = new ArrayList<>();
        if (!(selection instanceof IStructuredSelection structured)) {
            return result;
        }
        for (Object element : structured) {
            if (!type.isInstance(element)) {
                return List.of();
            }
            result.add(type.cast(element));
        }
        return result;
    }
}
