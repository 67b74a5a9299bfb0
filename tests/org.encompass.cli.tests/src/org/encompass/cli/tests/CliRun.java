package org.encompass.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.encompass.cli.Cli;

/**
 * One command line run in-process through {@link Cli#run}, with what it printed. Every assertion
 * about a run should show {@link #describe()} on failure, so the CLI's own words explain it.
 */
record CliRun(List<String> args, int exitCode, String out, String err) {

    /**
     * Runs with {@code environment}; a new repository starts empty ({@code ENCOMPASS_DEFAULTS=none})
     * unless the environment says otherwise, since each test sets up its own storage and hosts
     * ({@link CliFirstStartTest} checks the defaults).
     */
    static CliRun run(Map<String, String> environment, String... args) {
        return run(environment, System.in, args);
    }

    /** {@link #run(Map, String...)} with {@code in} as standard input. */
    static CliRun run(Map<String, String> environment, java.io.InputStream in, String... args) {
        Map<String, String> effective = new java.util.HashMap<>(environment);
        effective.putIfAbsent("ENCOMPASS_DEFAULTS", "none");
        environment = effective;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Cli(environment).run(args, in, o, e);
        }
        return new CliRun(List.of(args), code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun run(String... args) {
        return run(Map.of(), args);
    }

    /** The command, its exit code, stdout and stderr, for failure messages. */
    String describe() {
        return "encompass " + String.join(" ", args.stream().map(CliRun::quoted).toList()) + "\n  exit code: " + exitCode
                + "\n  stdout:\n" + indent(out) + "\n  stderr:\n" + indent(err);
    }

    Object json() {
        try {
            return Json.parse(out);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(e.getMessage() + "\n" + describe(), e);
        }
    }

    private static String quoted(String arg) {
        return arg.isEmpty() || arg.matches(".*[\\s'\"$\\\\].*") ? "'" + arg.replace("'", "'\\''") + "'" : arg;
    }

    private static String indent(String text) {
        return text.isEmpty() ? "    (nothing)" : text.lines().map(l -> "    " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
