package org.encompass.ui.internal.commands;

import java.util.HashMap;
import java.util.Map;

import org.encompass.core.Engine;

/** Sets (or, with a null value, removes) a clone's customization variables; undo restores the old values. */
public final class SetVariablesCommand extends EngineCommand {
    private final Engine engine;
    private final String clone;
    private final Map<String, String> values;
    private final Map<String, String> previous;

    /** @param previous the values before, null for variables that did not exist */
    public SetVariablesCommand(Engine engine, String label, String clone, Map<String, String> values, Map<String, String> previous) {
        super(label);
        this.engine = engine;
        this.clone = clone;
        this.values = new HashMap<>(values);
        this.previous = new HashMap<>(previous);
    }

    @Override
    public void execute() {
        engine.setVariables(clone, values);
    }

    @Override
    public void undo() {
        engine.setVariables(clone, previous);
    }
}
