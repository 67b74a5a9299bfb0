package org.encompass.ui.internal.updates;

import java.util.Map;

import org.encompass.ui.internal.ConsolePlugin;
import org.encompass.ui.internal.commands.EngineCommand;

/**
 * A reassignment on the console's undo stack: undo reassigns the machine back to the clone it ran, which was
 * kept on standby, and destroys the clone the reassign made (a clone it took from standby goes back there);
 * redo reassigns again. Not undoable when the old clone was destroyed or the machine held none. Each runs where the
 * console's session runs operations: in its engine, or on the server it is connected to.
 */
public final class ReassignCommand extends EngineCommand {
    private final String machine;
    private final String target;
    private final String oldClone;
    private final boolean destroyOld;
    private String running;

    public ReassignCommand(String label, String machine, String target, String oldClone, boolean destroyOld) {
        super(label);
        this.machine = machine;
        this.target = target;
        this.oldClone = oldClone;
        this.destroyOld = destroyOld;
    }

    @Override
    public void execute() {
        running = ConsolePlugin.getDefault().session().reassign(machine, target, destroyOld, Map.of(), monitor());
    }

    @Override
    public boolean canUndo() {
        return oldClone != null && !destroyOld;
    }

    @Override
    public void undo() {
        boolean made = !running.equals(target);
        ConsolePlugin.getDefault().session().reassign(machine, oldClone, made, Map.of(), monitor());
    }

    /** The clone the last execution put on the machine. */
    public String running() {
        return running;
    }
}
