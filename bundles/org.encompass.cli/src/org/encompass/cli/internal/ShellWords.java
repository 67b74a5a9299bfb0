package org.encompass.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * Splits one line of a batch into words as a POSIX shell splits a simple command: blanks separate words,
 * {@code '...'} is taken literally, {@code "..."} takes a backslash before {@code " \ $ `} as that character,
 * a backslash outside quotes takes the next character literally, and {@code #} at the start of a word starts a
 * comment. Nothing is expanded: the characters a shell would give a meaning of its own (pipes, {@code ;},
 * {@code &}, redirections, parentheses, variables, command substitution) are refused unless quoted, so a line
 * never does something else than it would in a shell; glob characters are taken as they are (as a shell does
 * when nothing matches).
 */
final class ShellWords {
    private static final String SHELL_SYNTAX = "|;&<>()$`";
    private static final String ESCAPED_IN_DOUBLE_QUOTES = "\"\\$`";

    private ShellWords() {
    }

    /** The words of {@code line}; a {@link UsageException} for an unterminated quote or unquoted shell syntax. */
    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new UsageException(NLS.bind(Messages.batchUnterminatedQuote, "'"));
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(line, i + 1, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new UsageException(Messages.batchTrailingBackslash);
                }
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else if (SHELL_SYNTAX.indexOf(c) >= 0) {
                throw new UsageException(NLS.bind(Messages.batchShellSyntax, String.valueOf(c)));
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Appends the double-quoted text starting at {@code start} to {@code word}; returns the index after its closing quote. */
    private static int doubleQuoted(String line, int start, StringBuilder word) {
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < line.length() && ESCAPED_IN_DOUBLE_QUOTES.indexOf(line.charAt(i + 1)) >= 0) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else if (c == '$' || c == '`') {
                throw new UsageException(NLS.bind(Messages.batchShellSyntax, String.valueOf(c)));
            } else {
                word.append(c);
                i++;
            }
        }
        throw new UsageException(NLS.bind(Messages.batchUnterminatedQuote, "\""));
    }
}
