package org.encompass.server.internal;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.encompass.core.EncompassException;

/**
 * A password typed at the terminal (not echoed, asked twice) or, without a terminal, the first line of standard
 * input: never an argument, which every user of the machine could read in the process list.
 */
public final class PasswordInput {

    private PasswordInput() {
    }

    /** Java 22+ returns a console even without a terminal and says so with isTerminal(); Java 21 returns none. */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    public static char[] read(String prompt) {
        Console console = System.console();
        if (console != null && isTerminal(console)) {
            char[] first = console.readPassword("%s: ", prompt);
            char[] second = console.readPassword("%s (again): ", prompt);
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new EncompassException("the two passwords differ");
            }
            Arrays.fill(second, '\0');
            return first;
        }
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line = in.readLine();
            if (line == null || line.isEmpty()) {
                throw new EncompassException("no password on standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new EncompassException("cannot read the password from standard input: " + e.getMessage());
        }
    }
}
