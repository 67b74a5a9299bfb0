package org.encompass.core;

import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A progress monitor that hands each new task or subtask name to {@code show}, once (a repeated or blank name is
 * dropped): what a terminal prints, or what a server sends to the client whose request runs.
 */
public class TaskNameMonitor extends NullProgressMonitor {
    private final Consumer<String> show;
    private String last;

    public TaskNameMonitor(Consumer<String> show) {
        this.show = show;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        show(name);
    }

    @Override
    public void setTaskName(String name) {
        show(name);
    }

    @Override
    public void subTask(String name) {
        show(name);
    }

    private synchronized void show(String text) {
        if (text == null || text.isBlank() || text.equals(last)) {
            return;
        }
        last = text;
        show.accept(text);
    }
}
