package org.encompass.core.customization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Text with {@code ${name}} variables, parsed once. Two dialects: file content (only variables and the
 * {@code $${} escape) and regex replacements (additionally {@code $0}..{@code $9} group references and
 * backslash escapes). Variable values are always inserted literally, never re-interpreted.
 */
final class Template {

    private sealed interface Part permits Literal, Variable, Group {
    }

    private record Literal(String text) implements Part {
    }

    private record Variable(String name) implements Part {
    }

    private record Group(int number) implements Part {
    }

    private final List<Part> parts;

    private Template(List<Part> parts) {
        this.parts = parts;
    }

    /** Parses file content; throws IllegalArgumentException describing a malformed {@code ${...}}. */
    static Template content(String text) {
        return parse(text, false);
    }

    /** Parses a regex replacement; throws IllegalArgumentException describing what is malformed. */
    static Template regexReplacement(String text) {
        return parse(text, true);
    }

    /** Variable names in order of first use. */
    Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        for (Part part : parts) {
            if (part instanceof Variable variable) {
                names.add(variable.name());
            }
        }
        return names;
    }

    /** The highest group number referred to, or 0. */
    int highestGroup() {
        int highest = 0;
        for (Part part : parts) {
            if (part instanceof Group group) {
                highest = Math.max(highest, group.number());
            }
        }
        return highest;
    }

    /** Renders with {@code values}, which must hold every variable; {@code groups} gives a match's groups. */
    String render(Map<String, String> values, IntFunction<String> groups) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            switch (part) {
                case Literal literal -> out.append(literal.text());
                case Variable variable -> out.append(values.get(variable.name()));
                case Group group -> {
                    String text = groups.apply(group.number());
                    out.append(text == null ? "" : text); // an optional group that did not take part
                }
            }
        }
        return out.toString();
    }

    private static Template parse(String text, boolean regex) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (regex && c == '\\') {
                if (i + 1 == text.length()) {
                    throw new IllegalArgumentException("the replacement ends with a lone backslash");
                }
                literal.append(text.charAt(i + 1));
                i += 2;
            } else if (c == '$' && text.startsWith("$${", i)) {
                literal.append("${");
                i += 3;
            } else if (c == '$' && text.startsWith("${", i)) {
                int end = text.indexOf('}', i + 2);
                if (end < 0) {
                    throw new IllegalArgumentException("'${' at character " + (i + 1) + " is not closed by '}'"
                            + " (write $${ for a literal ${)");
                }
                String name = text.substring(i + 2, end);
                if (!name.matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                    throw new IllegalArgumentException("'${" + name + "}' at character " + (i + 1)
                            + " is not a valid variable name (letters, digits, _ . -, not starting with a digit)");
                }
                flush(literal, parts);
                parts.add(new Variable(name));
                i = end + 1;
            } else if (regex && c == '$' && i + 1 < text.length() && isAsciiDigit(text.charAt(i + 1))) {
                flush(literal, parts);
                parts.add(new Group(text.charAt(i + 1) - '0'));
                i += 2;
            } else {
                literal.append(c);
                i++;
            }
        }
        flush(literal, parts);
        return new Template(List.copyOf(parts));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void flush(StringBuilder literal, List<Part> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }
}
