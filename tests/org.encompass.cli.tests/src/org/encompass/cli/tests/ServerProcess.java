package org.encompass.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * A JVM of its own on the bundles of this test runtime, as the product's scripts start one: the repository server
 * ({@code org.encompass.server.app}) or a command line ({@code org.encompass.cli.app}) talking to it. Its stdout and
 * stderr go to files in its scratch directory, which the test reads (and searches for passwords).
 */
final class ServerProcess {
    static final String SERVER = "org.encompass.server.app";
    static final String CLI = "org.encompass.cli.app";
    private static final Pattern SERVING = Pattern.compile("encompass-server: serving .* on (\\S+:\\d+)");
    private static final long WAIT_SECONDS = 120;

    /** Every process started and not yet ended, for {@link #killAll} after a failed test. */
    private static final List<Process> STARTED = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Process process;
    private final Path scratch;

    private ServerProcess(Process process, Path scratch) {
        this.process = process;
        this.scratch = scratch;
    }

    /**
     * Starts {@code application} with {@code args}; {@code properties} are JVM system properties (pause points),
     * {@code environment} is added to this process's, {@code stdin} is written to its standard input and closed.
     */
    static ServerProcess start(Path scratch, String application, Map<String, String> properties,
            Map<String, String> environment, String stdin, String... args) throws IOException {
        String area = System.getProperty("osgi.configuration.area");
        String framework = System.getProperty("osgi.framework");
        Assumptions.assumeTrue(area != null && framework != null, "not inside an Equinox test runtime");
        Files.createDirectories(scratch);
        Path config = Files.createDirectories(scratch.resolve("config"));
        Files.copy(CliProcess.path(area).resolve("config.ini"), config.resolve("config.ini"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-Dosgi.noShutdown=false", "-Declipse.ignoreApp=false", "-Djava.library.path=/usr/lib/x86_64-linux-gnu",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", CliProcess.launcher().toString(), "-framework", framework,
                "-configuration", config.toUri().toString(), "-data", scratch.resolve("workspace").toUri().toString(),
                "-application", application, "-nosplash"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(scratch.resolve("out.txt").toFile())
                .redirectError(scratch.resolve("err.txt").toFile());
        builder.environment().put("ENCOMPASS_DEFAULTS", "none");
        builder.environment().putAll(environment);
        Process process = builder.start();
        STARTED.add(process);
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        return new ServerProcess(process, scratch);
    }

    /** SIGKILL to every process a test left running (a failed assertion skips its stops). */
    static void killAll() throws InterruptedException {
        for (Process process : STARTED) {
            process.destroyForcibly();
            process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        }
        STARTED.clear();
    }

    long pid() {
        return process.pid();
    }

    String out() throws IOException {
        return Files.readString(scratch.resolve("out.txt"));
    }

    String err() throws IOException {
        return Files.readString(scratch.resolve("err.txt"));
    }

    /** Waits until the server says where it listens; fails with what it printed if it ended first. */
    String awaitServing() throws IOException, InterruptedException {
        for (int i = 0; i < WAIT_SECONDS * 10; i++) {
            Matcher serving = SERVING.matcher(out());
            if (serving.find()) {
                return serving.group(1);
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start (exit code " + (process.isAlive() ? "none" : process.exitValue())
                + "):\n" + out() + err());
    }

    /** How much it has printed on stderr so far, for {@link #awaitErr(String, int)}. */
    int errLength() throws IOException {
        return err().length();
    }

    /** Waits until its stderr holds {@code text}. */
    void awaitErr(String text) throws IOException, InterruptedException {
        awaitErr(text, 0);
    }

    /** Waits until its stderr holds {@code text} after its first {@code from} characters. */
    void awaitErr(String text, int from) throws IOException, InterruptedException {
        for (int i = 0; i < WAIT_SECONDS * 10; i++) {
            if (err().indexOf(text, from) >= 0) {
                return;
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no '" + text + "' on stderr (alive: " + process.isAlive() + "):\n" + out() + err());
    }

    /** Waits for the end; returns the exit code. */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the process did not end");
        }
        return process.exitValue();
    }

    /** SIGTERM, as systemctl stop: the server stops cleanly. Returns the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        return waitFor();
    }

    /** SIGKILL: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        waitFor();
    }
}
