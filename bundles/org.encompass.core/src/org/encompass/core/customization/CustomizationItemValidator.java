package org.encompass.core.customization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.encompass.core.Limits;
import org.encompass.core.Quoted;

/**
 * The one check of a customization item on its own, without an image or a clone: the path is confined to
 * the image and printable, a regex item's flags and pattern compile for the linear-time engine
 * ({@link RegexItemPattern}, flags such as {@code x} taken into account), its replacement is well formed and
 * refers only to groups the pattern has, a template is well formed, content stays within
 * {@link #MAX_CONTENT_BYTES}, and every text is within its documented maximum ({@link Limits}) without
 * control characters that could forge output. Adding an item, importing an archive and the customization engine all call
 * this, so an item one of them accepts the others accept too. Reasons are one line, naming what is wrong.
 */
public final class CustomizationItemValidator {

    /**
     * The largest content a file replacement may carry: 64 MiB (in UTF-8). The content is kept on the master's
     * storage device beside its image, addressed by its SHA-256; the repository records only the digest and the
     * size, so a large content never slows a read of the master. Bigger files belong in the master's image.
     */
    public static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;

    /**
     * The largest content kept in the repository itself, for a master whose storage device keeps no contents
     * ({@code StorageDriver.contentDirectory} is null): 1 MiB. A repository object of tens of MiB makes every
     * later read of the master time out.
     */
    public static final long MAX_INLINE_CONTENT_BYTES = 1024L * 1024;

    /** The regex flags an item may carry (see {@link RegexReplacement#flags()} and {@link RegexItemPattern}). */
    public static final String REGEX_FLAGS = RegexItemPattern.KNOWN_FLAGS;

    /** What an accepted item compiles to; the engine applies these. */
    record Checked(ImagePath path, RegexItemPattern pattern, Template template) {
    }

    private CustomizationItemValidator() {
    }

    /**
     * Checks {@code item}.
     *
     * @throws IllegalArgumentException with a one-line reason when the item can never be applied
     */
    public static void check(CustomizationItem item) {
        checked(item);
    }

    /** The one-line reason {@code item} is refused, or {@code null} when it is acceptable. */
    public static String problem(CustomizationItem item) {
        try {
            checked(item);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** The item checked and compiled; throws IllegalArgumentException with a one-line reason. */
    static Checked checked(CustomizationItem item) {
        if (item == null) {
            throw new IllegalArgumentException("the item is missing (null)");
        }
        ImagePath path = path(item.path());
        String text = textProblem(item);
        if (text != null) {
            throw new IllegalArgumentException(text);
        }
        return switch (item) {
            case FileReplacement file -> new Checked(path, null, file(file));
            case RegexReplacement regex -> regex(path, regex);
        };
    }

    /** Every text of the item within its documented maximum (content: {@link #MAX_CONTENT_BYTES}, in {@code file}) ({@link Limits}), without forging control characters. */
    private static String textProblem(CustomizationItem item) {
        String problem = Limits.IMAGE_PATH.problem("the item's path", item.path());
        if (problem == null) {
            problem = Limits.DESCRIPTION.problem("the item's description", item.description());
        }
        if (problem == null && item instanceof RegexReplacement regex) {
            String where = " for " + quoted(regex.path());
            problem = Limits.PATTERN.problem("the pattern" + where, regex.pattern());
            problem = problem != null ? problem : Limits.REPLACEMENT.problem("the replacement" + where, regex.replacement());
            problem = problem != null ? problem : Limits.FLAGS.problem("the flags" + where, regex.flags());
        }
        return problem;
    }

    private static String quoted(String value) {
        return Quoted.of(value);
    }

    /** A checked image path: confined to the image, no control characters (a name with a newline cannot be meant). */
    static ImagePath path(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("refused an empty path: a customization item needs a path inside the image");
        }
        try {
            ImagePath parsed = ImagePath.parse(path);
            if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw new IOException("refused path '" + Quoted.escaped(path)
                        + "': control characters (such as newlines) are not allowed in image paths");
            }
            return parsed;
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static Template file(FileReplacement item) {
        if (item.content() == null) {
            throw new IllegalArgumentException("the file replacement has no content");
        }
        long size = utf8Length(item.content());
        if (size > MAX_CONTENT_BYTES) {
            throw new IllegalArgumentException("the content for " + quoted(item.path()) + " has " + size + " bytes, more than the limit of "
                    + MAX_CONTENT_BYTES + " bytes (" + MAX_CONTENT_BYTES / (1024 * 1024) + " MiB) for a file replacement");
        }
        if (!item.template()) {
            return null;
        }
        try {
            return Template.content(item.content());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("template: " + Quoted.escaped(e.getMessage()), e);
        }
    }

    private static Checked regex(ImagePath path, RegexReplacement item) {
        RegexItemPattern pattern = RegexItemPattern.compile(item.pattern(), item.flags());
        Template replacement;
        try {
            replacement = Template.regexReplacement(item.replacement() == null ? "" : item.replacement());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("replacement: " + Quoted.escaped(e.getMessage()), e);
        }
        int groups = pattern.groupCount();
        if (replacement.highestGroup() > groups) {
            throw new IllegalArgumentException("the replacement refers to group $" + replacement.highestGroup()
                    + " but the pattern has " + groups + (groups == 1 ? " group" : " groups"));
        }
        return new Checked(path, pattern, replacement);
    }

    private static long utf8Length(String text) {
        return text.length() * 3L <= MAX_CONTENT_BYTES ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
