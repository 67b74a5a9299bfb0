package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.encompass.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code encompass batch}: many command lines in one process on one repository, each printing what the separate
 * call prints. One site for the class (file storage, libvirt's test host, the master "web" with a real image);
 * every batch and every separate call opens it afresh.
 */
class CliBatchTest {
    @TempDir
    static Path shared;
    private static CliSite site;

    @BeforeAll
    static void site() throws IOException, InterruptedException {
        site = WebSite.prepare(shared, Map.of("hosts", "127.0.0.1 localhost\n")).site(shared.resolve("site"));
    }

    /** Several commands, in text and in JSON: the batch prints what the separate calls print, in order. */
    @Test
    void aBatchPrintsWhatTheSeparateCallsPrint() throws IOException {
        List<List<String>> commands = List.of(List.of("status"), List.of("machine", "list", "--free"),
                List.of("master", "show", "web"), List.of("storage", "list"), List.of("clone", "list"), List.of("lifecycle"));
        StringBuilder separate = new StringBuilder();
        List<Object> separateJson = new ArrayList<>();
        for (List<String> command : commands) {
            separate.append(site.ok(command.toArray(String[]::new)).out());
            separateJson.add(site.json(command.toArray(String[]::new)).json());
        }
        String help = site.ok("clone", "show", "--help").out();
        separate.append(help);
        Path script = script("same", commands.stream().map(c -> String.join(" ", c)).toList(), "clone show --help");

        CliRun batch = site.ok("batch", script.toString());
        assertEquals(separate.toString(), batch.out(), batch::describe);

        CliRun json = site.ok("--json", "batch", script.toString());
        assertTrue(json.out().endsWith(help), () -> "help is text, also with --json\n" + json.describe());
        List<String> lines = json.out().substring(0, json.out().length() - help.length()).lines().toList();
        assertEquals(commands.size(), lines.size(), () -> "one JSON document a line\n" + json.describe());
        for (int i = 0; i < commands.size(); i++) {
            assertEquals(separateJson.get(i), Json.parse(lines.get(i)), "line " + (i + 1) + "\n" + json.describe());
        }
    }

    /** Words are split as a shell splits them: spaces, quotes, escapes and a hash inside a word survive exactly. */
    @Test
    void quotedWordsRoundTrip() throws IOException {
        String line = "master item-add web --path /etc/hosts --pattern 'a\\s+\"b\"' --replacement \"it's \\\"quoted\\\" \\$HOME \\\\ back\""
                + " --description 'two  spaces, a # hash'\\ and\\ more # a comment";
        CliRun batch = site.ok("--json", "batch", script("quoted", List.of(line)).toString());
        Object item = Json.at(Json.parse(batch.out()), "item");
        assertEquals("a\\s+\"b\"", Json.string(item, "pattern"), batch::describe);
        assertEquals("it's \"quoted\" $HOME \\ back", Json.string(item, "replacement"), batch::describe);
        assertEquals("two  spaces, a # hash and more", Json.string(item, "description"), batch::describe);
        Number number = (Number) Json.at(item, "number");
        Doc shown = site.json("master", "show", "web");
        assertEquals("it's \"quoted\" $HOME \\ back", Json.string(shown.json(), "items", number.intValue() - 1, "replacement"),
                shown::describe);
    }

    /** A failing line says its number, the others run, and the exit code is the first failure's. */
    @Test
    void aFailingLineIsNamedAndTheBatchGoesOn() throws IOException {
        List<String> lines = List.of("status", "", "# nothing to see", "clone show no-such-clone", "frobnicate", "status");
        CliRun batch = site.run("batch", script("failing", lines).toString());
        String status = site.ok("status").out();
        assertEquals(1, batch.exitCode(), batch::describe);
        assertEquals(status + status, batch.out(), batch::describe);
        List<String> errors = batch.err().lines().toList();
        assertEquals(2, errors.size(), batch::describe);
        assertTrue(errors.get(0).startsWith("encompass: line 4: ") && errors.get(0).contains("no-such-clone"), batch::describe);
        assertEquals("encompass: line 5: unknown command 'frobnicate'; see 'encompass --help'", errors.get(1), batch::describe);

        CliRun stopped = site.run("batch", "--stop-on-error", script("failing", lines).toString());
        assertEquals(1, stopped.exitCode(), stopped::describe);
        assertEquals(status, stopped.out(), stopped::describe);
        assertEquals(1, stopped.err().lines().count(), stopped::describe);
        assertTrue(stopped.err().startsWith("encompass: line 4: "), stopped::describe);

        CliRun usage = site.run("batch", script("usage", List.of("frobnicate", "clone show no-such-clone")).toString());
        assertEquals(2, usage.exitCode(), () -> "the first failing line's exit code\n" + usage.describe());
    }

    @Test
    void anUnterminatedQuoteIsRefusedWithItsLine() throws IOException {
        CliRun batch = site.run("batch", script("quote", List.of("status", "clone show 'web-01", "status")).toString());
        assertEquals(2, batch.exitCode(), batch::describe);
        assertEquals("encompass: line 2: unterminated ' quote (a command and its quotes end with its line)\n",
                batch.err(), batch::describe);
        String status = site.ok("status").out();
        assertEquals(status + status, batch.out(), batch::describe);
    }

    /** What only the batch itself may say, shell syntax, and reading standard input that holds the lines. */
    @Test
    void aLineCannotNestABatchGiveAGlobalOptionOrReadTheBatchsInput() throws IOException {
        String lines = String.join("\n", "batch other.txt", "status --data /tmp/elsewhere", "--json status",
                "credentials set ssh://h --user admin --password-stdin", "status | head", "status") + "\n";
        CliRun batch = site.runWithInput(lines, "batch");
        assertEquals(2, batch.exitCode(), batch::describe);
        assertEquals(site.ok("status").out(), batch.out(), batch::describe);
        assertEquals(List.of("encompass: line 1: a batch cannot run another batch",
                "encompass: line 2: --data is a global option: give it to 'encompass batch', where it applies to every line",
                "encompass: line 3: --json is a global option: give it to 'encompass batch', where it applies to every line",
                "encompass: line 4: --password-stdin reads standard input, which holds the batch's lines: give them as a file"
                        + " (encompass batch FILE)",
                "encompass: line 5: unquoted '|': a batch line is one command, not a shell line (no pipes, ;, &, redirections,"
                        + " variables or substitutions); quote it to pass it as text"),
                batch.err().lines().toList(), batch::describe);
        site.fails(1, List.of("cannot read batch file", "no such file"), "batch", shared.resolve("missing.txt").toString());
    }

    /** Ctrl-C or SIGTERM (the application's stop cancels the run): the running line ends, no other starts. */
    @Test
    void aCancelledBatchStopsAfterItsLine() throws Exception {
        PipedOutputStream script = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(script);
        CountDownLatch firstResult = new CountDownLatch(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream watched = new OutputStream() {
            @Override
            public synchronized void write(int b) {
                out.write(b);
                if (b == '\n') {
                    firstResult.countDown();
                }
            }
        };
        Cli cli = new Cli(Map.of("ENCOMPASS_DEFAULTS", "none"));
        CompletableFuture<Integer> exit;
        try (PrintStream o = new PrintStream(watched, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = CompletableFuture.supplyAsync(() -> cli.run(site.withData("batch"), in, o, e));
            script.write("lifecycle\n".getBytes(StandardCharsets.UTF_8));
            script.flush();
            assertTrue(firstResult.await(2, TimeUnit.MINUTES), "the first line printed nothing");
            cli.cancel();
            script.write("status\n".getBytes(StandardCharsets.UTF_8));
            script.close();
            int code = exit.get(2, TimeUnit.MINUTES);
            String printed = out.toString(StandardCharsets.UTF_8);
            String said = err.toString(StandardCharsets.UTF_8);
            assertEquals(1, code, said);
            assertEquals(site.ok("lifecycle").out(), printed, "only the line before the cancel ran");
            assertEquals("encompass: stopped after line 1: the batch was cancelled; the lines after it did not run\n", said);
        }
    }

    private static Path script(String name, List<String> lines, String... more) throws IOException {
        List<String> all = new ArrayList<>(lines);
        all.addAll(List.of(more));
        return Files.write(Files.createTempFile(shared, name, ".txt"), all, StandardCharsets.UTF_8);
    }
}
