package org.encompass.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

import org.encompass.cli.internal.CliRunner;

/**
 * The Encompass command line as a plain Java object: {@code new Cli().run(args, System.out, System.err)}
 * runs one command (see {@code encompass --help}) and returns its exit code: 0 done, 1 refused or
 * failed, 2 usage error. Each run opens the repository afresh and closes it before returning ({@code batch} runs
 * many command lines on the one repository it opened).
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

    /** As above, with {@code in} as standard input (where {@code batch} reads its lines when given no file). */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return runner.run(args, in, out, err);
    }

    /** Asks the operation that is running to stop at its next cancellation check, and a batch to stop after its line. */
    public void cancel() {
        runner.cancel();
    }
}
