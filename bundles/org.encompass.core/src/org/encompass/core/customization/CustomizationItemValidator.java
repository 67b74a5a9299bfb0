package org.encompass.core.customization;

import java.io.IOException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.encompass.core.Limits;
import org.encompass.core.Quoted;

/**
 * The one check of a customization item before it is stored: {@code master item-add}, the import master
 * wizard's items page and every item read from a site archive pass through it, so an item the engine
 * stores is one that {@link CustomizationEngine} can apply (given its variables and files). Checks
 * everything that can be known without an image: the path stays inside the image, a template is well
 * formed, regex flags are known, the pattern compiles and the replacement refers to groups it has.
 */
public final class CustomizationItemValidator {
    /** The regex flags an item may carry (see {@link RegexReplacement#flags()}). */
    public static final String REGEX_FLAGS = "imsxu1";

    private CustomizationItemValidator() {
    }

    /** Throws {@link IllegalArgumentException} with a sentence saying what is wrong with {@code item}. */
    public static void check(CustomizationItem item) {
        String problem = problem(item);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** What is wrong with {@code item}, as a sentence naming its path; {@code null} when it can be stored. */
    public static String problem(CustomizationItem item) {
        if (item == null) {
            return "no customization item";
        }
        String text = textProblem(item);
        if (text != null) {
            return text;
        }
        String path = item.path();
        if (path == null || path.isBlank()) {
            return "a customization item needs a path inside the image";
        }
        if (!path.startsWith("/")) {
            return "the path " + quoted(path) + " must be image-absolute (start with /)";
        }
        try {
            ImagePath.parse(path);
        } catch (IOException e) {
            return e.getMessage();
        }
        return switch (item) {
            case FileReplacement file -> fileProblem(file);
            case RegexReplacement regex -> regexProblem(regex);
        };
    }

    /** Every text of the item within its documented maximum ({@link Limits}), without forging control characters. */
    private static String textProblem(CustomizationItem item) {
        String problem = Limits.IMAGE_PATH.problem("the item's path", item.path());
        if (problem == null) {
            problem = Limits.DESCRIPTION.problem("the item's description", item.description());
        }
        if (problem == null && item instanceof FileReplacement file) {
            problem = Limits.CONTENT.problem("the content for " + quoted(file.path()), file.content());
        }
        if (problem == null && item instanceof RegexReplacement regex) {
            String where = " for " + quoted(regex.path());
            problem = Limits.PATTERN.problem("the pattern" + where, regex.pattern());
            problem = problem != null ? problem : Limits.REPLACEMENT.problem("the replacement" + where, regex.replacement());
            problem = problem != null ? problem : Limits.FLAGS.problem("the flags" + where, regex.flags());
        }
        return problem;
    }

    private static String fileProblem(FileReplacement item) {
        if (item.content() == null) {
            return "the file replacement for " + quoted(item.path()) + " has no content";
        }
        if (item.template()) {
            try {
                Template.content(item.content());
            } catch (IllegalArgumentException e) {
                return "the template for " + quoted(item.path()) + " is malformed: " + e.getMessage();
            }
        }
        return null;
    }

    private static String regexProblem(RegexReplacement item) {
        String where = " for " + quoted(item.path());
        if (item.pattern() == null || item.pattern().isEmpty()) {
            return "the regex replacement" + where + " has no pattern";
        }
        int flags = 0;
        for (char flag : (item.flags() == null ? "" : item.flags()).toCharArray()) {
            switch (flag) {
                case 'i' -> flags |= Pattern.CASE_INSENSITIVE;
                case 'm' -> flags |= Pattern.MULTILINE;
                case 's' -> flags |= Pattern.DOTALL;
                case 'x' -> flags |= Pattern.COMMENTS;
                case 'u' -> flags |= Pattern.UNICODE_CASE;
                case '1' -> {
                    // replace the first match only: no pattern flag
                }
                default -> {
                    return "unknown regex flag " + quoted(String.valueOf(flag)) + where + " (known: i m s x u 1)";
                }
            }
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(item.pattern(), flags);
        } catch (PatternSyntaxException e) {
            return "bad regular expression" + where + ": " + e.getDescription() + " near index " + e.getIndex() + " of "
                    + quoted(item.pattern());
        }
        Template replacement;
        try {
            replacement = Template.regexReplacement(item.replacement() == null ? "" : item.replacement());
        } catch (IllegalArgumentException e) {
            return "the replacement" + where + " is malformed: " + e.getMessage();
        }
        int groups = pattern.matcher("").groupCount();
        if (replacement.highestGroup() > groups) {
            return "the replacement" + where + " refers to group $" + replacement.highestGroup() + " but the pattern has "
                    + groups + (groups == 1 ? " group" : " groups");
        }
        return null;
    }

    private static String quoted(String value) {
        return Quoted.of(value);
    }
}
