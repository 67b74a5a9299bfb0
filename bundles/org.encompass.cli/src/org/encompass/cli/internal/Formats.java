package org.encompass.cli.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/** How the text output shows sizes and times. */
public final class Formats {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private static final String[] UNITS = { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };

    private Formats() {
    }

    /** Local time to the second, or {@code -}. */
    public static String dateTime(Date date) {
        return date == null ? "-" : DATE_TIME.format(date.toInstant());
    }

    /** {@code 16 MiB}, {@code 1.5 GiB}. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + UNITS[unit];
    }

    /**
     * {@code text} in double quotes with line breaks, tabs and other control characters shown as
     * escapes, everything else (backslashes of a regex included) as typed. For people; JSON is exact.
     */
    public static String visible(String text) {
        return "\"" + escapeControls(text) + "\"";
    }

    /**
     * {@code text} with line breaks, tabs and other control characters as escapes: an error message built from
     * operator input (a path holding a newline) still prints as one line.
     */
    public static String escapeControls(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** {@code yes}/{@code no}. */
    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
