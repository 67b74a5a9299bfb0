package org.encompass.ui.internal.dnd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.core.lifecycle.Operation;
import org.encompass.ui.internal.ConsoleOperations;
import org.encompass.ui.internal.Messages;
import org.encompass.ui.internal.commands.EngineCommand;

/**
 * Clones dropped on machines: assign (which applies the pending customization) and attach each, as
 * one undoable step. Undo detaches and unassigns; if one clone fails, those already placed are taken back so
 * the step happens whole or not at all. Each step is one operation where {@link ConsoleOperations} runs it (the
 * repository server's request when the console is connected to one, so undo and redo are requests too).
 */
public final class AssignAndAttachCommand extends EngineCommand {
    private final ConsoleOperations operations;
    private final Map<String, String> machineByClone;

    /** @param machineByClone clone name -> machine ({@code host/vm}), in drop order */
    public AssignAndAttachCommand(ConsoleOperations operations, String label, Map<String, String> machineByClone) {
        super(label);
        this.operations = operations;
        this.machineByClone = new LinkedHashMap<>(machineByClone);
    }

    @Override
    public void execute() {
        SubMonitor progress = SubMonitor.convert(monitor(), getLabel(), machineByClone.size() * 2);
        List<String> placed = new ArrayList<>();
        try {
            for (Map.Entry<String, String> entry : machineByClone.entrySet()) {
                operations.run(Operation.ASSIGN, entry.getKey(), Map.of("machine", entry.getValue()), progress.split(1));
                try {
                    operations.run(Operation.ATTACH, entry.getKey(), Map.of(), progress.split(1));
                } catch (RuntimeException e) {
                    operations.run(Operation.UNASSIGN, entry.getKey(), Map.of(), null);
                    throw e;
                }
                placed.add(entry.getKey());
            }
        } catch (RuntimeException e) {
            takeBack(placed);
            throw e;
        }
    }

    @Override
    public void undo() {
        takeBack(new ArrayList<>(machineByClone.keySet()));
    }

    private void takeBack(List<String> clones) {
        SubMonitor progress = SubMonitor.convert(monitor(), getLabel(), clones.size() * 2);
        for (String clone : clones.reversed()) {
            try {
                operations.run(Operation.DETACH, clone, Map.of(), progress.split(1));
                operations.run(Operation.UNASSIGN, clone, Map.of(), progress.split(1));
            } catch (EncompassException e) {
                throw new EncompassException(NLS.bind(Messages.undoTakeBackFailed, clone, e.getMessage()), e);
            }
        }
    }

    public Map<String, String> machineByClone() {
        return Map.copyOf(machineByClone);
    }
}
