package org.encompass.ui.internal.commands;

import org.encompass.core.lifecycle.Operation;
import org.encompass.ui.internal.Messages;

/** The console's (translated) name of each engine operation, for job names and menus. */
public final class OperationLabels {
    private OperationLabels() {
    }

    public static String of(Operation operation) {
        return switch (operation) {
            case CLONE -> Messages.operationClone;
            case ASSIGN -> Messages.operationAssign;
            case UNASSIGN -> Messages.operationUnassign;
            case ATTACH -> Messages.operationAttach;
            case DETACH -> Messages.operationDetach;
            case ACTIVATE -> Messages.operationActivate;
            case DEACTIVATE -> Messages.operationDeactivate;
            case RECONFIGURE -> Messages.operationReconfigure;
            case CAPTURE -> Messages.operationCapture;
            case DESTROY -> Messages.operationDestroy;
            case CUSTOMIZE_APPLY -> Messages.operationCustomizeApply;
            case CUSTOMIZE_ROLLBACK -> Messages.operationCustomizeRollback;
            case DELETE_MASTER -> Messages.operationDeleteMaster;
            case SET_VARIABLES -> Messages.operationSetVariables;
            default -> operation.label();
        };
    }
}
