package org.encompass.cli.tests;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * The command line in a JVM of its own (a real process that can be killed), started by Equinox's launcher
 * on the same OSGi bundles as this test runtime (its framework and a copy of its {@code config.ini}), with
 * the CLI's application instead of the test harness.
 */
final class CliProcess {
    private CliProcess() {
    }

    static Process start(Path data, Path scratch, String... args) throws IOException {
        String area = System.getProperty("osgi.configuration.area");
        String framework = System.getProperty("osgi.framework");
        org.osgi.framework.Bundle launcher = org.eclipse.core.runtime.Platform.getBundle("org.eclipse.equinox.launcher");
        Assumptions.assumeTrue(area != null && framework != null && launcher != null, "not inside an Equinox test runtime");
        java.io.File launcherJar = org.eclipse.core.runtime.FileLocator.getBundleFileLocation(launcher).orElseThrow();
        Path config = Files.createDirectories(scratch.resolve("config"));
        Files.copy(Path.of(URI.create(area)).resolve("config.ini"), config.resolve("config.ini"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-Xmx1g", "-Djava.awt.headless=true", "-Dosgi.noShutdown=false", "-Declipse.ignoreApp=false",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                // Equinox's launcher, as the product's script runs it: it stops the framework when the application ends.
                "-jar", launcherJar.toString(), "-framework", framework,
                "-configuration", config.toUri().toString(), "-data", scratch.resolve("workspace").toUri().toString(),
                "-application", "org.encompass.cli.app", "-nosplash", "--data", data.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(scratch.resolve("output.txt").toFile()).start();
    }

    /** What the process printed (stdout and stderr). */
    static String output(Path scratch) throws IOException {
        Path file = scratch.resolve("output.txt");
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
