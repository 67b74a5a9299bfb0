package org.encompass.core;

import java.util.Locale;

/**
 * A value from outside (an archive, an image, the command line) made safe to quote in a one-line message:
 * in single quotes, control characters escaped ({@code \n}, {@code \u001b}), a long value cut with its
 * length given, so no input can add a line, move the cursor or flood the terminal.
 */
public final class Quoted {
    /** How many characters of a value a message shows. */
    public static final int SHOWN = 200;

    private Quoted() {
    }

    public static String of(String value) {
        return value == null ? "(none)" : "'" + inline(value, SHOWN) + "'";
    }

    /** {@code text} with its control characters escaped, whole; {@code ""} for {@code null}. */
    public static String escaped(String text) {
        return text == null ? "" : inline(text, Integer.MAX_VALUE);
    }

    /**
     * {@code text} as one line for output: control characters escaped, cut after {@code max} characters with
     * its length given. For whole messages that quote input (the CLI's error line, a journal entry's message).
     */
    public static String inline(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        int shown = Math.min(text.length(), max);
        String value = text;
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isControl(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (shown < value.length()) {
            out.append("... (").append(value.length()).append(" characters)");
        }
        return out.toString();
    }

    /** C0 and C1 control characters and DEL; also the line and paragraph separators. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == '\u2028' || c == '\u2029';
    }
}
