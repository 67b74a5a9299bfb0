package org.encompass.cli.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The command line in a JVM of its own, started on the very bundles of this test runtime (its
 * {@code config.ini}) through the Equinox launcher, as {@code releng/scripts/encompass} starts the product.
 * With a pause point ({@code encompass.test.pauseAt}) the process stops there and says so on stderr, and the
 * test kills it with SIGKILL: a real crash at a known point.
 */
final class CliProcess {
    private static final String PAUSED = "encompass: paused at ";
    private static final long WAIT_SECONDS = 120;

    private final Process process;
    private final BufferedReader stderr;

    private CliProcess(Process process) {
        this.process = process;
        this.stderr = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code encompass --data DATA ARGS...} that pauses at {@code pauseAt}; {@code work} holds its configuration. */
    static CliProcess start(Path work, Path data, String pauseAt, String... args) throws IOException {
        String framework = System.getProperty("osgi.framework");
        String configuration = System.getProperty("osgi.configuration.area");
        String install = System.getProperty("osgi.install.area");
        Assumptions.assumeTrue(framework != null && configuration != null && install != null,
                "not running in an Equinox test runtime");
        Path configIni = path(configuration).resolve("config.ini");
        Path ownConfiguration = Files.createTempDirectory(work, "configuration");
        Files.copy(configIni, ownConfiguration.resolve("config.ini"));
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                // a short-lived command line: C1 only and the serial collector start it sooner
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-Dosgi.noShutdown=false",
                "-Djava.library.path=/usr/lib/x86_64-linux-gnu", "-Dencompass.test.pauseAt=" + pauseAt,
                "-jar", launcher(path(framework)).toString(), "-framework", framework,
                "-configuration", ownConfiguration.toUri().toString(), "-install", install, "-nosplash",
                "-application", "org.encompass.cli.app", "--data", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("ENCOMPASS_DEFAULTS", "none"); // as CliRun: the test sets up its own site
        Process process = builder.start();
        return new CliProcess(process);
    }

    long pid() {
        return process.pid();
    }

    /** Waits for the pause; fails with what the process printed if it ended or said something else first. */
    void awaitPause(String point) throws IOException, InterruptedException {
        StringBuilder printed = new StringBuilder();
        for (String line; (line = stderr.readLine()) != null;) {
            printed.append(line).append('\n');
            if (line.startsWith(PAUSED + point)) {
                return;
            }
        }
        process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
        throw new AssertionError("the command line ended (exit code " + (process.isAlive() ? "none" : process.exitValue())
                + ") before it reached " + point + "; stderr:\n" + printed);
    }

    /** SIGKILL, as a crash or {@code kill -9}: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the command line did not die");
        }
    }

    private static Path path(String url) {
        try {
            return Path.of(new URI(url.replace(" ", "%20")));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url, e);
        }
    }

    /** The Equinox launcher jar next to the framework's in the local Maven repository (the target platform has it). */
    private static Path launcher(Path frameworkJar) throws IOException {
        Path platform = frameworkJar.getParent().getParent().getParent(); // .../org/eclipse/platform
        Path launchers = platform.resolve("org.eclipse.equinox.launcher");
        Assumptions.assumeTrue(Files.isDirectory(launchers), "no Equinox launcher next to " + frameworkJar);
        try (Stream<Path> files = Files.walk(launchers)) {
            return files.filter(f -> f.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("no launcher jar in " + launchers));
        }
    }
}
