package org.encompass.core.customization;

import org.encompass.core.Quoted;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A regex item's pattern and flags, compiled for RE2/J: matching takes time linear in the text whatever
 * the pattern, so no pattern can stall a customization. RE2 syntax is Java's without backreferences,
 * lookaround, possessive quantifiers and atomic groups; such patterns are refused when the item is added.
 *
 * <p>Flags: {@code i} case-insensitive, {@code m} multiline, {@code s} dot matches newlines, {@code u}
 * Unicode case folding (always on in RE2; accepted for items written for Java), {@code 1} replace only the
 * first match, and {@code x} comments: outside character classes and {@code \Q...\E}, whitespace is
 * ignored and {@code #} starts a comment to the end of the line; {@code \ } and {@code \#} are literal.
 * RE2 has no comments mode, so {@code x} is done here, before RE2/J compiles the rest.
 */
final class RegexItemPattern {

    static final String KNOWN_FLAGS = "imsxu1";
    private static final String WHITESPACE = " \t\n\u000b\f\r";

    private final Pattern pattern;
    private final boolean firstOnly;
    /** For a multiline {@code ^literal...} pattern: the literal every match starts with, at a line start. */
    private final String linePrefix;

    private RegexItemPattern(Pattern pattern, boolean firstOnly, String linePrefix) {
        this.pattern = pattern;
        this.firstOnly = firstOnly;
        this.linePrefix = linePrefix;
    }

    /** Compiles {@code pattern} with {@code flags} ({@code null} is none); a one-line reason when it cannot. */
    static RegexItemPattern compile(String pattern, String flags) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("the regex replacement has no pattern");
        }
        String flagText = flags == null ? "" : flags;
        int compileFlags = 0;
        boolean firstOnly = false;
        boolean comments = false;
        for (char flag : flagText.toCharArray()) {
            switch (flag) {
                case 'i' -> compileFlags |= Pattern.CASE_INSENSITIVE;
                case 'm' -> compileFlags |= Pattern.MULTILINE;
                case 's' -> compileFlags |= Pattern.DOTALL;
                case 'x' -> comments = true;
                case 'u' -> {
                    // RE2 folds case by Unicode rules already
                }
                case '1' -> firstOnly = true;
                default -> throw new IllegalArgumentException("unknown regex flag '" + Quoted.escaped(String.valueOf(flag))
                        + "' in '" + Quoted.escaped(flagText) + "' (known: i m s x u 1)");
            }
        }
        String source = comments ? withoutComments(pattern) : pattern;
        if (source.isEmpty()) {
            throw new IllegalArgumentException("the pattern '" + Quoted.escaped(pattern)
                    + "' is empty once flag x removed its whitespace and comments");
        }
        try {
            Pattern compiled = Pattern.compile(source, compileFlags);
            boolean multilineCaseSensitive = (compileFlags & Pattern.MULTILINE) != 0
                    && (compileFlags & Pattern.CASE_INSENSITIVE) == 0;
            return new RegexItemPattern(compiled, firstOnly, multilineCaseSensitive ? linePrefix(source) : null);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("bad pattern '" + Quoted.escaped(pattern) + "'"
                    + (comments ? " (with flag x)" : "") + ": " + Quoted.escaped(e.getDescription())
                    + (e.getPattern() == null || e.getPattern().isEmpty() ? "" : " at '" + Quoted.escaped(e.getPattern()) + "'")
                    + "; patterns use RE2 syntax (no backreferences, lookaround or possessive quantifiers)", e);
        }
    }

    Pattern pattern() {
        return pattern;
    }

    boolean firstOnly() {
        return firstOnly;
    }

    int groupCount() {
        return pattern.groupCount();
    }

    /**
     * Finds the leftmost match starting at or after {@code from}, as {@code matcher.find(from)} does. RE2/J
     * has no DFA, so its search walks every position with an NFA; a multiline pattern such as
     * {@code ^Listen \d+$} can only match where a line starts with its literal, so the search starts at the
     * first such line (found by indexOf) instead: the same match, without walking the lines before it.
     */
    boolean find(Matcher matcher, String text, int from) {
        if (from > text.length()) {
            return false;
        }
        if (linePrefix == null) {
            return matcher.find(from);
        }
        int candidate;
        if (from == 0 && text.startsWith(linePrefix)) {
            candidate = 0;
        } else {
            int newline = text.indexOf("\n" + linePrefix, Math.max(0, from - 1));
            if (newline < 0) {
                return false;
            }
            candidate = newline + 1;
        }
        return matcher.find(candidate);
    }

    /**
     * The literal after a leading {@code ^}, up to the first character with a meaning of its own (and
     * without a last character a quantifier applies to); {@code null} when shorter than two characters.
     */
    static String linePrefix(String source) {
        if (!source.startsWith("^") || source.indexOf('|') >= 0) { // ^a|b matches b anywhere
            return null;
        }
        StringBuilder literal = new StringBuilder();
        for (int i = 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if ("\\.[](){}*+?|^$".indexOf(c) >= 0 || c < 0x20) {
                if (("*+?{".indexOf(c) >= 0) && !literal.isEmpty()) {
                    literal.setLength(literal.length() - 1); // the quantifier applies to the last character
                }
                break;
            }
            literal.append(c);
        }
        return literal.length() < 2 ? null : literal.toString();
    }

    /** The pattern as comments mode means it: whitespace and {@code #...} comments dropped outside classes. */
    static String withoutComments(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean inClass = false;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(i + 1);
                if (next == 'Q') { // quoted text is literal: copy up to and including \E
                    int end = pattern.indexOf("\\E", i + 2);
                    int stop = end < 0 ? pattern.length() : end + 2;
                    out.append(pattern, i, stop);
                    i = stop;
                    continue;
                }
                if (!inClass && WHITESPACE.indexOf(next) >= 0) {
                    out.append(next == ' ' ? "\\ " : escape(next));
                } else {
                    out.append(c).append(next);
                }
                i += 2;
            } else if (inClass) {
                if (c == '[' && pattern.startsWith("[:", i)) { // a POSIX class such as [:alpha:]
                    int end = pattern.indexOf(":]", i + 2);
                    int stop = end < 0 ? i + 1 : end + 2;
                    out.append(pattern, i, stop);
                    i = stop;
                    continue;
                }
                if (c == ']') {
                    inClass = false;
                }
                out.append(c);
                i++;
            } else if (WHITESPACE.indexOf(c) >= 0) {
                i++;
            } else if (c == '#') {
                while (i < pattern.length() && pattern.charAt(i) != '\n') {
                    i++;
                }
            } else {
                out.append(c);
                i++;
                if (c == '[') {
                    inClass = true;
                    // a ']' first in the class (after an optional '^') is a literal
                    if (i < pattern.length() && pattern.charAt(i) == '^') {
                        out.append('^');
                        i++;
                    }
                    if (i < pattern.length() && pattern.charAt(i) == ']') {
                        out.append(']');
                        i++;
                    }
                }
            }
        }
        return out.toString();
    }

    private static String escape(char whitespace) {
        return String.format("\\x%02x", (int) whitespace);
    }
}
