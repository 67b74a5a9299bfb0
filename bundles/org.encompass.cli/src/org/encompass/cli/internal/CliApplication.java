package org.encompass.cli.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.encompass.cli.Cli;

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

    @Override
    public void stop() {
        Cli running = cli;
        if (running != null) {
            running.cancel();
        }
    }
}
