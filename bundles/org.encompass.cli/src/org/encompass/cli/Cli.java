package org.encompass.cli;

import java.io.PrintStream;
import java.util.Map;

import org.encompass.cli.internal.CliRunner;

/**
 * The Encompass command line as a plain Java object: {@code new Cli().run(args, System.out, System.err)}
 * runs one command (see {@code encompass --help}) and returns its exit code: 0 done, 1 refused or
 * failed, 2 usage error. Each run opens the repository afresh and closes it before returning.
 * The Equinox application {@code org.encompass.cli.app} is a thin wrapper around this class.
 */
public final class Cli {
    private final CliRunner runner;

    /** Reads {@code ENCOMPASS_DATA} and {@code ENCOMPASS_DEBUG} from the process environment. */
    public Cli() {
        this(System.getenv());
    }

    /** Uses {@code environment} instead of the process environment (for tests and embedding). */
    public Cli(Map<String, String> environment) {
        runner = new CliRunner(environment);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        return runner.run(args, out, err);
    }

    /** Asks the operation that is running to stop at its next cancellation check. */
    public void cancel() {
        runner.cancel();
    }
}
