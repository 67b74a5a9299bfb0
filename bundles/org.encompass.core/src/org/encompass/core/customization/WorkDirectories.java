package org.encompass.core.customization;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary work directories named after the process that made them ({@code <prefix><pid>-<random>}), so a
 * process that was killed outright (SIGKILL: no shutdown hook runs) leaves nothing behind for long: the next
 * one removes the directories of processes that no longer exist.
 */
final class WorkDirectories {

    private WorkDirectories() {
    }

    static Path create(String prefix) throws IOException {
        return Files.createTempDirectory(prefix + ProcessHandle.current().pid() + "-");
    }

    /** Removes this user's directories with {@code prefix} whose process has ended; never fails the caller. */
    static void deleteAbandoned(String prefix) {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(temp, prefix + "*")) {
            for (Path entry : entries) {
                Long pid = ownerPid(entry.getFileName().toString().substring(prefix.length()));
                if (pid != null && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                        && Files.isDirectory(entry) && Files.isWritable(entry)) {
                    deleteTree(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a directory another user owns, or one that vanished meanwhile
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Long ownerPid(String rest) {
        int dash = rest.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        try {
            return Long.valueOf(rest.substring(0, dash));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
