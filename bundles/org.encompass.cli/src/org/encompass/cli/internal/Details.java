package org.encompass.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Label/value lines for one object ({@code clone show}), labels padded to one column. */
public final class Details {
    private final List<String[]> lines = new ArrayList<>();

    public Details add(String label, Object value) {
        String text = value == null ? "-"
                : value instanceof java.util.Date date ? Formats.dateTime(date) : value.toString();
        lines.add(new String[] { label, text.isEmpty() ? "-" : text });
        return this;
    }

    public void print(PrintStream out) {
        int width = lines.stream().mapToInt(l -> l[0].length()).max().orElse(0) + 2;
        for (String[] line : lines) {
            out.println(line[0] + " ".repeat(width - line[0].length()) + line[1]);
        }
    }
}
