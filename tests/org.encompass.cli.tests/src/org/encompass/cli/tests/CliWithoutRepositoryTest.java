package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.encompass.cli.internal.CommandSpec;
import org.encompass.cli.internal.Commands;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole command lines that end before a repository is needed: usage errors, help, version and the
 * lifecycle table. Plain JUnit; none of these may create or touch a data directory.
 */
class CliWithoutRepositoryTest {
    @TempDir
    Path temp;

    private static void assertUsageError(CliRun run, String... expected) {
        assertEquals(2, run.exitCode(), run::describe);
        assertEquals("", run.out(), run::describe);
        assertEquals(1, run.err().lines().count(), () -> "one line on stderr\n" + run.describe());
        assertTrue(run.err().startsWith("encompass: "), run::describe);
        for (String text : expected) {
            assertTrue(run.err().contains(text), () -> "expected '" + text + "'\n" + run.describe());
        }
    }

    @Test
    void usageErrorsExitWithTwoAndNeverOpenTheRepository() {
        Path data = temp.resolve("repo");
        assertUsageError(CliRun.run("--data", data.toString(), "frobnicate"), "unknown command 'frobnicate'",
                "'encompass --help'");
        assertUsageError(CliRun.run("--data", data.toString(), "clone", "list", "--colour", "red"), "--colour",
                "'encompass clone list --help'");
        assertUsageError(CliRun.run("--data", data.toString(), "assign", "web-01"), "missing MACHINE");
        assertUsageError(CliRun.run("--data", data.toString(), "--connect", "127.0.0.1:1", "status"), "--data and --connect");
        assertUsageError(CliRun.run("--connect", "nowhere", "status"), "--connect needs HOST:PORT");
        assertUsageError(CliRun.run("--data", data.toString(), "init", "--site", "no spaces"), "invalid site name");
        assertFalse(Files.exists(data), "a usage error created the data directory " + data);
    }

    @Test
    void anImpossibleDataPathIsAUsageError() {
        assertUsageError(CliRun.run("--data", temp + "/nul\u0000here", "status"), "--data", "is not a valid path");
    }

    @Test
    void noArgumentsPrintsTheOverviewOnStderrAndIsAUsageError() {
        CliRun run = CliRun.run();
        assertEquals(2, run.exitCode(), run::describe);
        assertTrue(run.err().contains("Usage: encompass"), run::describe);
    }

    @Test
    void overviewListsEveryCommandGrouped() {
        CliRun run = CliRun.run("--help");
        assertEquals(0, run.exitCode(), run::describe);
        for (CommandSpec command : Commands.table().all()) {
            assertTrue(run.out().contains("  " + command.name() + " "), () -> command.name() + " missing\n" + run.describe());
        }
        for (String group : List.of("Site:", "Masters:", "Lifecycle transitions:", "Journal:", "Global options")) {
            assertTrue(run.out().contains(group), () -> group + "\n" + run.describe());
        }
    }

    @Test
    void everyCommandHasItsOwnHelpWithAnExample() {
        for (CommandSpec command : Commands.table().all()) {
            List<String> args = new ArrayList<>(List.of(command.name().split(" ")));
            args.add("--help");
            CliRun run = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), run::describe);
            assertTrue(run.out().startsWith("Usage: encompass " + command.name()), run::describe);
            assertTrue(run.out().contains("Example"), () -> "no example\n" + run.describe());
            String word = " " + command.name().split(" ")[0];
            assertTrue(run.out().lines().anyMatch(line -> line.startsWith("    encompass ") && line.contains(word)),
                    () -> "the example does not run the command\n" + run.describe());
        }
        CliRun group = CliRun.run("host", "--help");
        assertEquals(0, group.exitCode(), group::describe);
        assertTrue(group.out().contains("encompass host add NAME --uri URI") && group.out().contains("encompass host refresh"),
                group::describe);
        CliRun helpCommand = CliRun.run("help", "master", "import");
        assertEquals(0, helpCommand.exitCode(), helpCommand::describe);
        assertTrue(helpCommand.out().contains("--min-memory MIB"), helpCommand::describe);
    }

    @Test
    void versionPrintsOneLine() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.exitCode(), run::describe);
        assertTrue(run.out().startsWith("encompass "), run::describe);
        assertEquals(1, run.out().lines().count(), run::describe);
    }

    /** The table the CLI prints is the engine's rule set: checked state by state against {@link Lifecycle}. */
    @Test
    void lifecycleTableIsTheEnginesRules() {
        CliRun run = CliRun.run("lifecycle", "--json");
        assertEquals(0, run.exitCode(), run::describe);
        Object json = run.json();
        assertEquals(CloneState.NEW.toString(), Json.string(json, "initial"));
        Set<String> states = new HashSet<>();
        for (Object entry : Json.list(json, "states")) {
            String name = Json.string(entry, "state");
            states.add(name);
            CloneState state = CloneState.parse(name);
            List<String> expected = new ArrayList<>();
            for (Operation operation : Operation.values()) {
                if (Lifecycle.allows(state, operation)) {
                    expected.add(operation.label() + " -> " + Lifecycle.next(state, operation));
                }
            }
            List<String> listed = Json.list(entry, "operations").stream()
                    .map(o -> Json.string(o, "operation") + " -> " + Json.string(o, "next")).toList();
            assertEquals(expected, listed, name);
        }
        assertEquals(13, states.size(), () -> "3 metastates x 4 placements - CLEAN/ACTIVE + DESTROYED + CAPTURED: " + states);
        assertFalse(states.contains("CLEAN/ACTIVE"), "a clean clone is never active");
        assertTrue(states.containsAll(List.of("DESTROYED", "CAPTURED", "MAINTENANCE/ACTIVE")), states::toString);

        CliRun text = CliRun.run("lifecycle");
        assertTrue(text.out().contains("CLEAN/ATTACHED") && text.out().contains("activate -> OPERATIONAL/ACTIVE"),
                text::describe);
    }

    @Test
    void environmentIsTheCallersNotTheProcesses() {
        CliRun run = CliRun.run(Map.of("ENCOMPASS_DEBUG", "1"), "frobnicate");
        assertEquals(2, run.exitCode(), run::describe);
        assertTrue(run.err().contains("\tat "), () -> "ENCOMPASS_DEBUG=1 shows the stack trace\n" + run.describe());
    }
}
