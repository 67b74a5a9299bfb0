package org.encompass.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.encompass.cli.Cli;
import org.encompass.persistence.EncompassRepository;

/**
 * {@code org.encompass.cli.app}: runs one command line in a headless Equinox and returns its exit
 * code, which the launcher passes on to the shell.
 */
public final class CliApplication implements IApplication {
    private volatile Cli cli;

    @Override
    public Object start(IApplicationContext context) {
        Object arguments = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] given = arguments instanceof String[] strings ? strings : new String[0];
        context.applicationRunning();
        if (opensEmbeddedRepository(given)) {
            EncompassRepository.prepareEmbedded(); // Derby's engine boots on the other core meanwhile
        }
        String[] args;
        try {
            args = RawArguments.ofThisProcess(given); // exact bytes, whatever the locale
        } catch (UsageException e) {
            System.err.println("encompass: " + org.encompass.core.Quoted.escaped(e.getMessage()));
            return Integer.valueOf(CliRunner.USAGE);
        }
        cli = new Cli();
        return Integer.valueOf(cli.run(args, System.out, System.err));
    }

    /** Unless the command goes to a console's repository or a server (it might not open one at all: help, usage). */
    private static boolean opensEmbeddedRepository(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--connect") || arg.startsWith("--server")) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void stop() {
        Cli running = cli;
        if (running != null) {
            running.cancel();
        }
    }
}
