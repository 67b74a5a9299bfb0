package org.encompass.driver.vsphere.tests;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.encompass.core.spi.Credentials;

/**
 * govmomi's vCenter simulator, as releng/scripts/vcsim.sh builds and runs it. {@link #shared()} is the
 * one the test script started (or one started here, and stopped when the tests end); {@link #start()}
 * runs a private one that a test may kill. Tests abort (skip) with the reason only when Go or the
 * govmomi source is not installed (the script exits with 3 then); any other failure fails them.
 */
final class Vcsim {
    /** The shared simulator's fixture login (releng/scripts/vcsim.sh defaults), not a secret. */
    static final String USER = "encompass";
    static final String PASSWORD = "vcsim-secret";
    private static final int GO_MISSING = 3;

    private static Vcsim shared;

    final String sdkUrl;
    final String password;
    private final Process process;

    private Vcsim(String sdkUrl, String password, Process process) {
        this.sdkUrl = sdkUrl;
        this.password = password;
        this.process = process;
    }

    static synchronized Vcsim shared() throws Exception {
        if (shared == null) {
            Result running = script("url");
            if (running.exit == 0) {
                shared = new Vcsim(running.lastLine(), PASSWORD, null);
            } else {
                Result started = script("start");
                requireGo(started);
                shared = new Vcsim(started.lastLine(), PASSWORD, null);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        script("stop");
                    } catch (Exception e) {
                        // the JVM is ending; the simulator dies with its session otherwise
                    }
                }));
            }
        }
        return shared;
    }

    /**
     * A private simulator with its own password, for tests that kill it. {@code heldMethod} names a
     * SOAP method the simulator holds for ten minutes before serving it, or is {@code null}.
     */
    static Vcsim start(String password, String heldMethod) throws Exception {
        Result built = script("build");
        requireGo(built);
        List<String> command = new ArrayList<>(List.of(built.lastLine(), "-password", password));
        if (heldMethod != null) {
            command.addAll(List.of("-method-delay", heldMethod + "=600000"));
        }
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String url = out.readLine();
        if (url == null) {
            throw new IllegalStateException("the simulator ended without printing its URL (exit "
                    + process.waitFor() + ")");
        }
        return new Vcsim(url, password, process);
    }

    /** The driver URI: vsphere://host:port/sdk, accepting the simulator's self-signed certificate. */
    String uri() {
        return sdkUrl.replaceFirst("^https://", "vsphere://") + "?ignoreCert=true";
    }

    /** host:port, as driver messages name the server. */
    String server() {
        return sdkUrl.replaceFirst("^https://", "").replaceFirst("/.*$", "");
    }

    Credentials credentials() {
        return new Credentials(USER, password.toCharArray());
    }

    /** Stops the simulator at once (SIGTERM: it removes its temporary datastores, answers nothing more). */
    void kill() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static void requireGo(Result result) {
        if (result.exit == GO_MISSING) {
            abort("vcsim cannot be built here: " + result.output.trim());
        }
        if (result.exit != 0) {
            throw new IllegalStateException("releng/scripts/vcsim.sh failed (exit " + result.exit + "): " + result.output);
        }
    }

    private record Result(int exit, String output) {
        String lastLine() {
            List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
            return lines.get(lines.size() - 1).trim();
        }
    }

    private static Result script(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", script().toString(), command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return new Result(exit, exit == 0 ? out : err + out);
    }

    /** releng/scripts/vcsim.sh, found above the test's working directory (the test bundle's folder). */
    private static Path script() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("releng/scripts/vcsim.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("releng/scripts/vcsim.sh not found above " + Paths.get("").toAbsolutePath());
    }
}
