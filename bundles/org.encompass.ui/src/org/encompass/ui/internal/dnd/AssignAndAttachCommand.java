package org.encompass.ui.internal.dnd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.ui.internal.Messages;
import org.encompass.ui.internal.commands.EngineCommand;

/**
 * Clones dropped on machines: assign (which applies the pending customization) and attach each, as
 * one undoable step. Undo detaches and unassigns through the engine; if one clone fails, those
 * already placed are taken back so the step happens whole or not at all.
 */
public final class AssignAndAttachCommand extends EngineCommand {
    private final Engine engine;
    private final Map<String, String> machineByClone;

    /** @param machineByClone clone name -> machine ({@code host/vm}), in drop order */
    public AssignAndAttachCommand(Engine engine, String label, Map<String, String> machineByClone) {
        super(label);
        this.engine = engine;
        this.machineByClone = new LinkedHashMap<>(machineByClone);
    }

    @Override
    public void execute() {
        SubMonitor progress = SubMonitor.convert(monitor(), getLabel(), machineByClone.size() * 2);
        List<String> placed = new ArrayList<>();
        try {
            for (Map.Entry<String, String> entry : machineByClone.entrySet()) {
                engine.assign(entry.getKey(), entry.getValue(), progress.split(1));
                try {
                    engine.attach(entry.getKey(), progress.split(1));
                } catch (RuntimeException e) {
                    engine.unassign(entry.getKey(), null);
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
                engine.detach(clone, progress.split(1));
                engine.unassign(clone, progress.split(1));
            } catch (EncompassException e) {
                throw new EncompassException(NLS.bind(Messages.undoTakeBackFailed, clone, e.getMessage()), e);
            }
        }
    }

    public Map<String, String> machineByClone() {
        return Map.copyOf(machineByClone);
    }
}
