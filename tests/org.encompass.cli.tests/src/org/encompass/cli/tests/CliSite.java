package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Command lines against one data directory, each a separate {@link CliRun} (so each opens and closes
 * the repository like a separate {@code encompass} process would). Assertions show the run.
 */
final class CliSite {
    private final Path data;
    /** Added to each run's environment: e.g. the PostgreSQL store ({@code ENCOMPASS_STORE_URL}...). */
    private final Map<String, String> environment;

    CliSite(Path data) {
        this(data, Map.of());
    }

    CliSite(Path data, Map<String, String> environment) {
        this.data = data;
        this.environment = environment;
    }

    Path data() {
        return data;
    }

    CliRun run(String... args) {
        return CliRun.run(environment, withData(args));
    }

    /** {@link #run} with {@code input} (UTF-8) as standard input. */
    CliRun runWithInput(String input, String... args) {
        return CliRun.run(environment, new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                withData(args));
    }

    /** {@code --data DIR ARGS...}. */
    String[] withData(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    /** Runs a command that must succeed (exit code 0, nothing on stderr). */
    CliRun ok(String... args) {
        CliRun run = run(args);
        assertEquals(0, run.exitCode(), run::describe);
        assertEquals("", run.err(), () -> "unexpected stderr\n" + run.describe());
        return run;
    }

    /** Runs a command that must succeed with {@code --json}; returns the parsed document with the run. */
    Doc json(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        return Doc.of(ok(all.toArray(String[]::new)));
    }

    /** Runs a command that must fail with {@code exitCode} and one {@code encompass: } line containing every {@code text}. */
    CliRun fails(int exitCode, List<String> texts, String... args) {
        CliRun run = run(args);
        assertEquals(exitCode, run.exitCode(), run::describe);
        assertEquals("", run.out(), () -> "a failed command printed a result\n" + run.describe());
        assertEquals(1, run.err().lines().count(), () -> "one line on stderr\n" + run.describe());
        assertTrue(run.err().startsWith("encompass: "), run::describe);
        assertTrue(!run.err().contains("\tat "), () -> "a stack trace\n" + run.describe());
        for (String text : texts) {
            assertTrue(run.err().contains(text), () -> "expected '" + text + "' in the message\n" + run.describe());
        }
        return run;
    }

    /** The clone's state as {@code clone show --json} reports it. */
    String state(String clone) {
        return json("clone", "show", clone).string("state");
    }
}
