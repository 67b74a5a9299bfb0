package org.encompass.cli.internal;

import java.io.PrintStream;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.Engine;
import org.encompass.model.Site;

/** What a command may use: the engine (unless it runs offline), a progress monitor, stderr for warnings. */
public final class CommandContext {
    private final RepositorySession repository;
    private final IProgressMonitor monitor;
    private final CommandTable commands;
    private final PrintStream err;

    public CommandContext(RepositorySession repository, IProgressMonitor monitor, CommandTable commands, PrintStream err) {
        this.repository = repository;
        this.monitor = monitor;
        this.commands = commands;
        this.err = err;
    }

    public Engine engine() {
        return repository().engine();
    }

    /** The repository server that runs operations ({@code --server}), or null: the engine runs them here. */
    public org.encompass.server.ServerClient server() {
        return repository == null ? null : repository.server();
    }

    public RepositorySession repository() {
        if (repository == null) {
            throw new IllegalStateException("this command was declared offline but uses the repository");
        }
        return repository;
    }

    /** Reads the site in a fresh view; {@code body} must copy out what it needs (objects die with the view). */
    public <T> T read(Function<Site, T> body) {
        return engine().read(body);
    }

    public IProgressMonitor monitor() {
        return monitor;
    }

    public CommandTable commands() {
        return commands;
    }

    /** For warnings next to the result (a failed machine of a deploy); never for the result itself. */
    public PrintStream err() {
        return err;
    }
}
