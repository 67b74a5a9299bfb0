package org.encompass.driver.libvirt.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The really bootable master that {@code releng/scripts/bootable-master.sh} makes from Debian packages
 * (GRUB, Debian's cloud kernel, a busybox initramfs; cached by the script), and the line its machine
 * prints on the serial console: {@code encompass-hostname: <the disk's /etc/hostname>}.
 */
final class BootableMaster {
    private static final Pattern LINE = Pattern.compile("encompass-hostname[a-z-]*: ([^\\r\\n]*)");

    private BootableMaster() {
    }

    /** Writes the bootable master to {@code image} (64 MiB, sparse). */
    static void make(Path image) throws IOException, InterruptedException {
        Path script = script("bootable-master.sh");
        Process process = new ProcessBuilder("bash", script.toString(), image.toString()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException(script + " failed: " + output);
        }
    }

    /**
     * Waits (bounded) until the serial console log shows the hostname line; returns the hostname the
     * machine printed, or throws with the log's end when it did not print one in time.
     */
    static String awaitHostname(Path serialLog, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String log = "";
        while (System.nanoTime() < deadline) {
            log = Files.exists(serialLog) ? Files.readString(serialLog, StandardCharsets.ISO_8859_1) : "";
            Matcher matcher = LINE.matcher(log);
            if (matcher.find()) {
                if (!matcher.group().startsWith("encompass-hostname: ")) {
                    throw new IOException("the machine booted but found no hostname: " + matcher.group());
                }
                return matcher.group(1);
            }
            Thread.sleep(200);
        }
        throw new IOException("no hostname line on the serial console within " + limit.toSeconds() + " s; its end: "
                + log.substring(Math.max(0, log.length() - 600)));
    }

    private static Path script(String name) {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("releng/scripts").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("releng/scripts/" + name + " not found above " + Paths.get("").toAbsolutePath());
    }
}
