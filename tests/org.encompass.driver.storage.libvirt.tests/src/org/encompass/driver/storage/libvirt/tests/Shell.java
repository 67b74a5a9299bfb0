package org.encompass.driver.storage.libvirt.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the tools the tests check results with (stat, qemu-img). */
final class Shell {
    private Shell() {
    }

    /** Runs a command and returns its standard output; fails the test when it fails. */
    static String run(String... command) throws IOException, InterruptedException {
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

    /** Bytes the file system allocated for {@code file} (st_blocks * 512). */
    static long allocatedBytes(Path file) throws IOException, InterruptedException {
        return Long.parseLong(run("stat", "-c", "%b", file.toString()).strip()) * 512;
    }

    static String qemuImgInfo(Path file) throws IOException, InterruptedException {
        return run("qemu-img", "info", "-U", "--output=json", file.toString());
    }
}
