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
                "-jar", launcher().toString(), "-framework", framework,
                "-configuration", ownConfiguration.toUri().toString(), "-install", install, "-nosplash",
                "-application", "org.encompass.cli.app", "--data", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("ENCOMPASS_DEFAULTS", "none"); // as CliRun: each test sets up its own site
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

    static Path path(String url) {
        try {
            return Path.of(new URI(url.replace(" ", "%20")));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url, e);
        }
    }

    /** The Equinox launcher jar of this test runtime (the target platform has it as a bundle). */
    static Path launcher() {
        org.osgi.framework.Bundle launcher = org.eclipse.core.runtime.Platform.getBundle("org.eclipse.equinox.launcher");
        Assumptions.assumeTrue(launcher != null, "no Equinox launcher bundle in this runtime");
        return org.eclipse.core.runtime.FileLocator.getBundleFileLocation(launcher).orElseThrow().toPath();
    }

    /**
     * Starts {@code encompass --data DATA ARGS...} to run to its end, its stdout and stderr going to
     * {@code scratch}/output.txt ({@link #output}); {@code scratch} also holds its configuration.
     */
    static Process spawn(Path data, Path scratch, String... args) throws IOException {
        String area = System.getProperty("osgi.configuration.area");
        String framework = System.getProperty("osgi.framework");
        Assumptions.assumeTrue(area != null && framework != null, "not inside an Equinox test runtime");
        Path config = Files.createDirectories(scratch.resolve("config"));
        Files.copy(path(area).resolve("config.ini"), config.resolve("config.ini"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-Xmx1g", "-Djava.awt.headless=true", "-Dosgi.noShutdown=false", "-Declipse.ignoreApp=false",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                // Equinox's launcher, as the product's script runs it: it stops the framework when the application ends.
                "-jar", launcher().toString(), "-framework", framework,
                "-configuration", config.toUri().toString(), "-data", scratch.resolve("workspace").toUri().toString(),
                "-application", "org.encompass.cli.app", "-nosplash", "--data", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(scratch.resolve("output.txt").toFile());
        builder.environment().put("ENCOMPASS_DEFAULTS", "none"); // as CliRun: each test sets up its own site
        return builder.start();
    }

    /** What a {@link #spawn spawned} process printed (stdout and stderr). */
    static String output(Path scratch) throws IOException {
        Path file = scratch.resolve("output.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
