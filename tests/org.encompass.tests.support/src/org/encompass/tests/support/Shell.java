package org.encompass.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the tools the tests check results with (stat, qemu-img, qemu-io, mkfs.xfs...). */
public final class Shell {
    private Shell() {
    }

    /** Runs a command and returns its standard output; fails the test when it fails or runs over 5 minutes. */
    public static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException(List.of(command) + " timed out");
        }
        if (process.exitValue() != 0) {
            throw new IOException(List.of(command) + " failed (" + process.exitValue() + "): " + output);
        }
        return output;
    }

    /** Exit code only, for probes that may fail. */
    public static int status(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }

    /** Bytes the file system allocated for {@code file} (st_blocks * 512). */
    public static long allocatedBytes(Path file) throws IOException, InterruptedException {
        return Long.parseLong(run("stat", "-c", "%b", file.toString()).strip()) * 512;
    }

    public static String qemuImgInfo(Path file) throws IOException, InterruptedException {
        return run("qemu-img", "info", "-U", "--output=json", file.toString());
    }
}
