package org.encompass.cli.internal;

import static org.encompass.cli.internal.CommandSpec.command;
import static org.encompass.cli.internal.OptionSpec.flag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;

/**
 * {@code encompass batch [FILE]}: command lines, one a line, each run as {@code encompass LINE} would run it, in
 * this one process on the repository it opened once ({@link CliRunner#runLine}). A failing line says its number
 * and the batch goes on (unless {@code --stop-on-error}); the exit code is that of the first failing line.
 * Lines are read one at a time, so a program that writes them to standard input gets each answer before it
 * writes the next.
 */
final class BatchRun implements AutoCloseable {
    static final String NAME = "batch";
    private static final String STOP_ON_ERROR = "stop-on-error";
    private static final String STANDARD_INPUT = "-";
    /** The option of the commands that read standard input (a password). */
    private static final String READS_STANDARD_INPUT = "password-stdin";

    private final BufferedReader lines;
    private final String name;
    private final boolean fromStandardInput;
    private final boolean stopOnError;
    private final boolean json;

    private BatchRun(BufferedReader lines, String name, boolean fromStandardInput, boolean stopOnError, boolean json) {
        this.lines = lines;
        this.name = name;
        this.fromStandardInput = fromStandardInput;
        this.stopOnError = stopOnError;
        this.json = json;
    }

    static void register(CommandTable table) {
        // CliRunner runs a batch itself (it needs the runner); the action is reached only from inside a batch.
        table.add(command(NAME, CommandGroup.SITE).arguments("[FILE]").options(flag(STOP_ON_ERROR)).run((context, arguments) -> {
            throw new UsageException(Messages.batchNested);
        }));
    }

    /** The batch's lines from FILE, or from {@code in} when FILE is {@code -} or not given; UTF-8 strictly. */
    static BatchRun open(ParsedArguments arguments, InputStream in, boolean json) {
        String file = arguments.positional(0);
        boolean fromIn = file == null || STANDARD_INPUT.equals(file);
        InputStream source = in;
        if (!fromIn) {
            try {
                Path path = Path.of(file);
                if (Files.isDirectory(path)) {
                    throw new EncompassException(NLS.bind(Messages.batchFileUnreadable, file, "it is a directory"));
                }
                source = Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                throw new EncompassException(NLS.bind(Messages.batchFileMissing, file));
            } catch (IOException | InvalidPathException e) {
                throw new EncompassException(NLS.bind(Messages.batchFileUnreadable, file, e.getMessage()));
            }
        }
        InputStreamReader reader = new InputStreamReader(source, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new BatchRun(new BufferedReader(reader), fromIn ? STANDARD_INPUT : file, fromIn, arguments.flag(STOP_ON_ERROR), json);
    }

    /** Whether the lines come from standard input (no command of the batch can read it then). */
    boolean readsStandardInput() {
        return fromStandardInput;
    }

    /** {@code --json} of the batch: each line's result is one JSON document on one line. */
    boolean json() {
        return json;
    }

    /** Runs every line; the exit code is 0 when each succeeded, else the first failing line's. */
    int run(CliRunner runner, RepositorySession repository, PrintStream out, PrintStream err) {
        int exitCode = CliRunner.OK;
        int number = 0;
        while (!runner.cancelled()) {
            String line;
            try {
                line = lines.readLine();
            } catch (CharacterCodingException e) {
                runner.fail(err, 0, NLS.bind(Messages.batchNotUtf8, Integer.toString(number + 1)), e, CliRunner.FAILED);
                return exitCode == CliRunner.OK ? CliRunner.FAILED : exitCode;
            } catch (IOException e) {
                throw new EncompassException(NLS.bind(Messages.batchFileUnreadable, name, e.getMessage()), e);
            }
            if (line == null) {
                return exitCode;
            }
            if (runner.cancelled()) {
                break;
            }
            number++;
            if (line.isBlank()) {
                continue;
            }
            int code = runner.runLine(number, line.endsWith("\r") ? line.substring(0, line.length() - 1) : line,
                    repository, this, out, err);
            if (code != CliRunner.OK && exitCode == CliRunner.OK) {
                exitCode = code;
            }
            if (code != CliRunner.OK && stopOnError) {
                return exitCode;
            }
        }
        // Ctrl-C or SIGTERM: the line that was running ended as a single command would; no other starts.
        runner.fail(err, 0, NLS.bind(Messages.batchCancelled, Integer.toString(number)), null, CliRunner.FAILED);
        return exitCode == CliRunner.OK ? CliRunner.FAILED : exitCode;
    }

    /** Refuses in a line what only the batch itself may say, and what would read the batch's own lines. */
    void check(ArgumentParser.Invocation invocation) {
        CommandSpec command = invocation.command();
        if (command != null && NAME.equals(command.name())) {
            throw new UsageException(Messages.batchNested);
        }
        for (OptionSpec global : ArgumentParser.GLOBAL_OPTIONS) {
            if (!global.name().equals("help") && invocation.arguments().has(global.name())
                    && !ArgumentParser.ownsOption(command, global.name())) {
                throw new UsageException(NLS.bind(Messages.batchGlobalOption, "--" + global.name()));
            }
        }
        if (fromStandardInput && invocation.arguments().has(READS_STANDARD_INPUT)) {
            throw new UsageException(NLS.bind(Messages.batchStdinTaken, "--" + READS_STANDARD_INPUT));
        }
    }

    @Override
    public void close() {
        if (fromStandardInput) {
            return; // standard input is the process's, not the batch's
        }
        try {
            lines.close();
        } catch (IOException e) {
            // read to its end or abandoned: nothing was written
        }
    }
}
