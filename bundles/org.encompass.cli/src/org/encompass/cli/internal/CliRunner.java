package org.encompass.cli.internal;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;

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
 * command, print its result, close everything. Exit codes: 0 done, 1 refused or failed, 2 usage error.
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

    public CliRunner(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public CommandTable commands() {
        return commands;
    }

    /** Asks the running operation to stop at its next check (the application is being stopped). */
    public void cancel() {
        monitor.setCanceled(true);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        try {
            ArgumentParser.Invocation invocation = new ArgumentParser(commands).parse(args);
            return run(invocation, out, err);
        } catch (UsageException e) {
            return fail(err, e.getMessage(), e, USAGE);
        } catch (RepositoryInUseException e) {
            return fail(err, message(e) + inUseHint(e), e, FAILED);
        } catch (EncompassException | PersistenceException e) {
            return fail(err, message(e), e, FAILED);
        } catch (OperationCanceledException e) {
            return fail(err, Messages.cancelled, e, FAILED);
        } catch (RuntimeException | LinkageError e) {
            String database = databaseFailure(e);
            if (database != null) {
                return fail(err, NLS.bind(Messages.databaseFailed, database), e, FAILED);
            }
            String text = NLS.bind(Messages.internalError, e.getClass().getName() + ": " + message(e));
            return fail(err, debug() ? text : text + NLS.bind(Messages.debugHint, DEBUG_VARIABLE), e, FAILED);
        }
    }

    private int run(ArgumentParser.Invocation invocation, PrintStream out, PrintStream err) {
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
        CommandSpec command = invocation.command();
        ParsedArguments arguments = invocation.arguments();
        if (invocation.help()) {
            help.printCommand(command, commands, out);
            return OK;
        }
        String data = arguments.value("data");
        String connect = arguments.value("connect");
        if (data != null && connect != null) {
            throw new UsageException(Messages.dataAndConnect + Messages.seeGeneralHelp);
        }
        if (connect != null && !connect.matches(".+:\\d{1,5}")) {
            throw new UsageException(NLS.bind(Messages.badConnect, connect) + Messages.seeGeneralHelp);
        }
        ServerLogin server = ServerLogin.of(arguments.value("server"), arguments.value("user"), data != null || connect != null);
        IProgressMonitor current = err == System.err && TerminalProgressMonitor.stderrIsTerminal()
                ? new TerminalProgressMonitor(err) : new NullProgressMonitor();
        monitor = current;
        if (!command.needsRepository()) {
            return print(command.action().run(new CommandContext(null, current, commands, err), arguments),
                    invocation.json(), out);
        }
        String site = SiteCommands.siteToCreate(command, arguments);
        Set<FirstStart.Default> defaults = defaults();
        try (RepositorySession repository = RepositorySession.open(data, connect, server, site, environment)) {
            if (!repository.interrupted().isEmpty()) {
                err.println("encompass: " + NLS.bind(Messages.interruptedFound, repository.interrupted().size()));
            }
            seedDefaults(repository, defaults, err);
            Result result = command.action().run(new CommandContext(repository, current, commands, err), arguments);
            return print(result, invocation.json(), out);
        }
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

    private static int print(Result result, boolean json, PrintStream out) {
        if (json) {
            out.println(JsonWriter.write(result.json()));
        } else {
            result.text().accept(out);
        }
        out.flush();
        return result.exitCode();
    }

    private int fail(PrintStream err, String message, Throwable e, int code) {
        // One line whatever the message quotes: no input can add a line, move the cursor or flood the terminal.
        err.println("encompass: " + Quoted.inline(message, MAX_MESSAGE));
        if (debug()) {
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
