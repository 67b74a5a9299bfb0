package org.encompass.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.encompass.core.FirstStart;
import org.encompass.core.EncompassException;
import org.encompass.core.Quoted;
import org.encompass.core.json.JsonWriter;
import org.encompass.persistence.PersistenceException;
import org.encompass.persistence.RepositoryInUseException;
import org.encompass.persistence.RepositoryOptions;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * One run of the command line: parse, open the repository if the command needs it, run the
 * command (or each line of a {@code batch} on that one repository, through the same steps), print its result,
 * close everything. Exit codes: 0 done, 1 refused or failed, 2 usage error.
 * Errors are one line {@code encompass: <message>} on stderr; the stack trace only with
 * {@code ENCOMPASS_DEBUG=1}.
 */
public final class CliRunner {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final String DEBUG_VARIABLE = "ENCOMPASS_DEBUG";
    /** The longest error line printed; a message quoting a huge value is cut, with its length. */
    private static final int MAX_MESSAGE = 4000;

    private final Map<String, String> environment;
    private final CommandTable commands = Commands.table();
    private volatile IProgressMonitor monitor = new NullProgressMonitor();
    private volatile boolean cancelled;

    public CliRunner(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public CommandTable commands() {
        return commands;
    }

    /** Asks the running operation to stop at its next check (the application is being stopped). */
    public void cancel() {
        cancelled = true; // a batch stops after its current line
        monitor.setCanceled(true);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** As above; {@code in} is standard input, where {@code batch} reads its lines when it is given no file. */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        cancelled = false;
        return guarded(0, err, () -> run(new ArgumentParser(commands).parse(args), in, out, err));
    }

    /**
     * Runs line {@code number} of a batch as {@code encompass WORDS} would run on the batch's {@code repository}: the
     * same parser, help, action and error handling; its errors name the line.
     */
    int runLine(int number, String line, RepositorySession repository, BatchRun batch, PrintStream out, PrintStream err) {
        return guarded(number, err, () -> {
            List<String> words = ShellWords.split(line);
            if (words.isEmpty()) {
                return OK; // a comment
            }
            ArgumentParser.Invocation invocation = new ArgumentParser(commands).parse(words.toArray(String[]::new));
            batch.check(invocation);
            Integer answered = answerWithoutCommand(invocation, out, err);
            if (answered != null) {
                return answered.intValue();
            }
            CommandSpec command = invocation.command();
            return execute(command, invocation.arguments(), command.needsRepository() ? repository : null,
                    batch.json(), true, out, err);
        });
    }

    /** Whether {@link #cancel()} was called during this run. */
    boolean cancelled() {
        return cancelled;
    }

    /**
     * Runs {@code body}; what it throws becomes the command line's one-line message and exit code, naming line
     * {@code line} of a batch (0: not in a batch).
     */
    private int guarded(int line, PrintStream err, IntSupplier body) {
        try {
            return body.getAsInt();
        } catch (UsageException e) {
            return fail(err, line, e.getMessage(), e, USAGE);
        } catch (RepositoryInUseException e) {
            return fail(err, line, message(e) + inUseHint(e), e, FAILED);
        } catch (EncompassException | PersistenceException e) {
            return fail(err, line, message(e), e, FAILED);
        } catch (OperationCanceledException e) {
            return fail(err, line, Messages.cancelled, e, FAILED);
        } catch (RuntimeException | LinkageError e) {
            String database = databaseFailure(e);
            if (database != null) {
                return fail(err, line, NLS.bind(Messages.databaseFailed, database), e, FAILED);
            }
            String text = NLS.bind(Messages.internalError, e.getClass().getName() + ": " + message(e));
            return fail(err, line, debug() ? text : text + NLS.bind(Messages.debugHint, DEBUG_VARIABLE), e, FAILED);
        }
    }

    private int run(ArgumentParser.Invocation invocation, InputStream in, PrintStream out, PrintStream err) {
        Integer answered = answerWithoutCommand(invocation, out, err);
        if (answered != null) {
            return answered.intValue();
        }
        CommandSpec command = invocation.command();
        ParsedArguments arguments = invocation.arguments();
        String data = arguments.value("data");
        String connect = arguments.value("connect");
        if (data != null && connect != null) {
            throw new UsageException(Messages.dataAndConnect + Messages.seeGeneralHelp);
        }
        if (connect != null && !connect.matches(".+:\\d{1,5}")) {
            throw new UsageException(NLS.bind(Messages.badConnect, connect) + Messages.seeGeneralHelp);
        }
        ServerLogin server = ServerLogin.of(arguments.value("server"), arguments.value("user"), data != null || connect != null);
        if (!command.needsRepository()) {
            return execute(command, arguments, null, invocation.json(), false, out, err);
        }
        String site = SiteCommands.siteToCreate(command, arguments);
        Set<FirstStart.Default> defaults = defaults();
        try (BatchRun batch = BatchRun.NAME.equals(command.name()) ? BatchRun.open(arguments, in, invocation.json()) : null;
                RepositorySession repository = RepositorySession.open(data, connect,
                        batch != null && batch.readsStandardInput() && server != null ? server.withoutStandardInput() : server,
                        site, environment)) {
            if (!repository.interrupted().isEmpty()) {
                err.println("encompass: " + NLS.bind(Messages.interruptedFound, repository.interrupted().size()));
            }
            seedDefaults(repository, defaults, err);
            if (batch != null) {
                return batch.run(this, repository, out, err);
            }
            return execute(command, arguments, repository, invocation.json(), false, out, err);
        }
    }

    /** What is answered without running a command: --version, help, and a group or nothing named (usage); else null. */
    private Integer answerWithoutCommand(ArgumentParser.Invocation invocation, PrintStream out, PrintStream err) {
        HelpTexts help = new HelpTexts();
        if (invocation.version()) {
            Version version = version();
            if (version == null) {
                out.println(invocation.json() ? JsonWriter.write(Map.of("version", Messages.versionUnknown))
                        : "encompass " + Messages.versionUnknown);
            } else if (invocation.json()) {
                out.println(JsonWriter.write(Map.of("version", release(version), "build", version.getQualifier())));
            } else {
                out.println("encompass " + release(version) + " (build " + version.getQualifier() + ")");
            }
            return OK;
        }
        if (invocation.command() == null) {
            if (invocation.group() != null) {
                help.printGroup(invocation.group(), commands, invocation.help() ? out : err);
                return invocation.help() ? OK : USAGE;
            }
            help.printOverview(commands, invocation.help() ? out : err);
            return invocation.help() ? OK : USAGE;
        }
        if (invocation.help()) {
            help.printCommand(invocation.command(), commands, out);
            return OK;
        }
        return null;
    }

    /** Runs the command's action ({@code repository} null for an offline one) and prints its result. */
    private int execute(CommandSpec command, ParsedArguments arguments, RepositorySession repository, boolean json,
            boolean jsonLine, PrintStream out, PrintStream err) {
        IProgressMonitor current = err == System.err && TerminalProgressMonitor.stderrIsTerminal()
                ? new TerminalProgressMonitor(err) : new NullProgressMonitor();
        monitor = current;
        if (cancelled) {
            current.setCanceled(true);
        }
        Result result = command.action().run(new CommandContext(repository, current, commands, err), arguments);
        return print(result, json, jsonLine, out);
    }

    /** A new embedded repository starts with the defaults the console has (storage, test host, demo master). */
    private static void seedDefaults(RepositorySession repository, Set<FirstStart.Default> wanted, PrintStream err) {
        if (repository.siteBefore() != null || !repository.local()) {
            return;
        }
        FirstStart.Seeded seeded = FirstStart.seed(repository.engine(), repository.dataDirectory(), wanted);
        if (!seeded.nothing()) {
            err.println("encompass: " + NLS.bind(Messages.defaultsSeeded, String.join(", ", seeded.defaults())));
        }
        for (String problem : seeded.problems()) {
            err.println("encompass: " + NLS.bind(Messages.defaultMissing, problem));
        }
    }

    /** {@code ENCOMPASS_DEFAULTS}, checked before the repository is opened. */
    private Set<FirstStart.Default> defaults() {
        try {
            return FirstStart.parse(environment.get(FirstStart.DEFAULTS_VARIABLE));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage() + Messages.seeGeneralHelp);
        }
    }

    /** What to do about the holder: only a console can share the repository over TCP. */
    private static String inUseHint(RepositoryInUseException e) {
        if (RepositoryOptions.HOLDER_CONSOLE.equals(e.holder())) {
            return e.tcpPort() == RepositoryOptions.TCP_OFF ? Messages.inUseHint
                    : NLS.bind(Messages.inUseSharedHint, Integer.toString(e.tcpPort()));
        }
        return RepositoryOptions.HOLDER_COMMAND_LINE.equals(e.holder()) ? Messages.inUseByCommandHint : "";
    }

    /** The result as text, or as one JSON document: indented, or on one line ({@code jsonLine}: a batch's JSON lines). */
    private static int print(Result result, boolean json, boolean jsonLine, PrintStream out) {
        if (json) {
            out.println(jsonLine ? JsonWriter.writeLine(result.json()) : JsonWriter.write(result.json()));
        } else {
            result.text().accept(out);
        }
        out.flush();
        return result.exitCode();
    }

    /** Prints {@code message} as the command line's one error line (naming line {@code line} of a batch unless 0). */
    int fail(PrintStream err, int line, String message, Throwable e, int code) {
        String text = line == 0 ? message : NLS.bind(Messages.batchLine, Integer.toString(line), message);
        // One line whatever the message quotes: no input can add a line, move the cursor or flood the terminal.
        err.println("encompass: " + Quoted.inline(text, MAX_MESSAGE));
        if (debug() && e != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private boolean debug() {
        return "1".equals(environment.get(DEBUG_VARIABLE));
    }

    /**
     * The first line of the database's own reason when {@code e} comes from the repository's store (its PostgreSQL
     * stopped or unreachable: CDO passes the store's exception on to the session that read or committed), else null.
     */
    private static String databaseFailure(Throwable e) {
        String reason = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.equals("org.eclipse.net4j.db.DBException") || cause instanceof java.sql.SQLException) {
                reason = message(cause);
            }
        }
        if (reason == null) {
            return null;
        }
        int prefix = reason.lastIndexOf("Exception: ");
        String line = (prefix < 0 ? reason : reason.substring(prefix + "Exception: ".length())).strip();
        int end = line.indexOf('\n');
        return end < 0 ? line : line.substring(0, end).strip();
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /**
     * The bundle's version inside OSGi, whose qualifier is the build's time stamp (the product's version
     * is the command line bundle's); outside (plain unit tests) there is none to ask: {@code null}.
     */
    static Version version() {
        try {
            Bundle bundle = FrameworkUtil.getBundle(CliRunner.class);
            if (bundle != null) {
                return bundle.getVersion();
            }
        } catch (RuntimeException | LinkageError e) {
            // not running inside OSGi
        }
        return null;
    }

    private static String release(Version version) {
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }
}
