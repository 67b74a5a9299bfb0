package org.encompass.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.encompass.core.TaskNameMonitor;

/**
 * Shows what a long operation is doing, one line per task name, on a terminal's stderr. Scripts and
 * pipes get nothing (see {@link #stderrIsTerminal()}), so their output stays the command's result.
 */
public final class TerminalProgressMonitor extends TaskNameMonitor {

    public TerminalProgressMonitor(PrintStream err) {
        super(text -> err.println(text + " ..."));
    }

    /**
     * Whether this process' stderr is a terminal. Java 21 cannot ask directly (Console only speaks
     * for stdin/stdout), so read where file descriptor 2 points on Linux; elsewhere assume not.
     */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
