package org.encompass.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers, booleans, enums, dates and {@code null} as JSON (RFC 8259),
 * indented by two spaces. Output is pure ASCII: every other character is written as a {@code \}{@code uXXXX}
 * escape, so the document survives any terminal or locale encoding unchanged. Dates are ISO-8601
 * instants in UTC. Non-finite doubles have no JSON form and are written as {@code null}.
 */
public final class JsonWriter {
    private static final String INDENT = "  ";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder out = new StringBuilder();
    private final boolean oneLine;

    private JsonWriter(boolean oneLine) {
        this.oneLine = oneLine;
    }

    /** The JSON text of {@code value}, without a trailing line break. */
    public static String write(Object value) {
        return write(value, false);
    }

    /** The JSON text of {@code value} on one line, without indentation (a line of JSON lines). */
    public static String writeLine(Object value) {
        return write(value, true);
    }

    private static String write(Object value, boolean oneLine) {
        JsonWriter writer = new JsonWriter(oneLine);
        writer.value(value, 0);
        return writer.out.toString();
    }

    /** {@code text} as a JSON string literal, quotes included. */
    public static String quote(String text) {
        JsonWriter writer = new JsonWriter(false);
        writer.string(text);
        return writer.out.toString();
    }

    private void value(Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence || value instanceof Character) {
            string(value.toString());
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            out.append(Double.isFinite(d) ? numberText(d) : "null");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toString());
        } else if (value instanceof Enum<?> e) {
            string(e.name());
        } else if (value instanceof Date date) {
            string(date.toInstant().toString());
        } else if (value instanceof Instant instant) {
            string(instant.toString());
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof Iterable<?> iterable) {
            array(iterable.iterator(), depth);
        } else if (value instanceof Object[] array) {
            array(java.util.Arrays.asList(array).iterator(), depth);
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }

    private static String numberText(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d); // 1.5, 1.0E20: both valid JSON numbers
    }

    private void object(Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            separate(first, depth);
            first = false;
            string(String.valueOf(entry.getKey()));
            out.append(oneLine ? ":" : ": ");
            value(entry.getValue(), depth + 1);
        }
        close(depth, '}');
    }

    private void array(Iterator<?> items, int depth) {
        if (!items.hasNext()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        while (items.hasNext()) {
            separate(first, depth);
            first = false;
            value(items.next(), depth + 1);
        }
        close(depth, ']');
    }

    /** Before a member or element at {@code depth + 1}: a comma unless it is the first, then its line and indentation. */
    private void separate(boolean first, int depth) {
        if (!first) {
            out.append(',');
        }
        if (!oneLine) {
            out.append('\n').append(INDENT.repeat(depth + 1));
        }
    }

    private void close(int depth, char bracket) {
        if (!oneLine) {
            out.append('\n').append(INDENT.repeat(depth));
        }
        out.append(bracket);
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        // Control characters must be escaped; the rest (incl. lone surrogates, which
                        // have no UTF-8 form) is escaped to keep the output ASCII.
                        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                                .append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
