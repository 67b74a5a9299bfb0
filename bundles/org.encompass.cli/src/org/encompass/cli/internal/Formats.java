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
        return "\"" + org.encompass.core.Quoted.escaped(text) + "\"";
    }

    /** {@code yes}/{@code no}. */
    public static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
