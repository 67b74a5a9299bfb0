package org.encompass.core.tests.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time this process has used (user + system, all threads), from {@code /proc/self/stat}: what the
 * concurrency benchmark needs to say how many operations per second this machine's cores allow at most.
 */
final class ProcessCpu {
    /** Linux reports these times in USER_HZ, which is 100 on every architecture it runs on here. */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    static long millis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read this process's CPU time from /proc/self/stat", e);
        }
    }
}
