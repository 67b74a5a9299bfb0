package org.encompass.core.customization;

/**
 * Searches an existing text file (UTF-8) with a regular expression and replaces the matches.
 *
 * @param description what the operator called this item, used in messages
 * @param path        image-absolute path of an existing file
 * @param pattern     an RE2 expression (Java's syntax without backreferences, lookaround or possessive
 *                    quantifiers), matched in linear time; see {@link RegexItemPattern}
 * @param replacement the replacement: {@code $0}..{@code $9} are the match and its groups, {@code ${name}}
 *                    is the clone's value of variable {@code name} (inserted literally), {@code $${} is a
 *                    literal {@code ${}, and a backslash takes the next character literally ({@code \$1},
 *                    {@code \\}); any other {@code $} is literal
 * @param flags       any of {@code i} (case-insensitive), {@code m} (multiline), {@code s} (dot matches
 *                    newlines), {@code x} (comments: whitespace and {@code #...} ignored outside character classes), {@code u}
 *                    (Unicode case, always on) and {@code 1} (replace only
 *                    the first match; the default is all matches); may be {@code null} or empty
 */
public record RegexReplacement(String description, String path, String pattern, String replacement, String flags)
        implements CustomizationItem {
}
