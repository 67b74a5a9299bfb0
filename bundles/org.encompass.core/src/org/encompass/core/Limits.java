package org.encompass.core;

import java.math.BigInteger;

/**
 * The allowed range of every number and the longest text an operator or a site archive gives the engine.
 * The CLI, the wizards and the archive reader check against the same limits, and the engine checks again
 * before it writes anything, so no value is stored silently truncated (4294967297 CPUs read as 1), none
 * fails inside the repository's commit, and none carries control characters into later output. Names
 * have their own rule ({@code Names}: 1-100 letters, digits, '.', '_', '-').
 */
public final class Limits {
    /** A master's minimum CPU count (0 = no requirement). */
    public static final Range MIN_CPUS = new Range(0, 4096);
    /** A master's minimum memory in MiB (0 = no requirement); 1 PiB at most. */
    public static final Range MIN_MEMORY_MIB = new Range(0, 1L << 30);
    /** A master's minimum disk in GiB (0 = no requirement); 1 EiB at most. */
    public static final Range MIN_DISK_GIB = new Range(0, 1L << 30);
    /** The size in bytes of an image carried in a site archive; 1 PiB at most. */
    public static final Range IMAGE_BYTES = new Range(1, 1L << 50);

    /** A master's version, its architecture requirement. */
    public static final Text VERSION = new Text(100, false);
    public static final Text ARCHITECTURE = new Text(100, false);
    /** A master's service and software profiles. */
    public static final Text PROFILE = new Text(200, false);
    /** What an operator wrote about a master or an item; may hold line breaks and tabs. */
    public static final Text DESCRIPTION = new Text(2000, true);
    /** A path inside an image (Linux's PATH_MAX). */
    public static final Text IMAGE_PATH = new Text(4096, false);
    /** A regex item's pattern (a plain column of the repository, which holds at most 32,672). */
    public static final Text PATTERN = new Text(8192, true);
    /** A regex item's replacement; may hold line breaks and tabs. */
    public static final Text REPLACEMENT = new Text(1 << 20, true);
    /** A regex item's flags (letters of {@code imsxu1}). */
    public static final Text FLAGS = new Text(16, false);
    /**
     * A file replacement's content: any text, as the file holds it; 64 Mi characters, and 64 MiB in UTF-8
     * ({@code CustomizationItemValidator.MAX_CONTENT_BYTES}): it is stored on the master's storage device, the
     * repository records its SHA-256 and size.
     */
    public static final Text CONTENT = new Text(64 << 20, true, true);
    /** A storage device's location, a host's URI, a local file the CLI names. */
    public static final Text LOCATION = new Text(4096, false);
    /** A clone's customization variable's value. */
    public static final Text VARIABLE_VALUE = new Text(4000, false);
    /** What a driver's discovery reports of a machine: its name, UUID, architecture, MAC addresses. */
    public static final Text DISCOVERED = new Text(200, false);
    /** Who made a site archive, where and when, the parent it names: what {@code archive show} prints. */
    public static final Text ARCHIVE_NOTE = new Text(200, false);

    private Limits() {
    }

    /**
     * Text stored in the repository: at most {@code max} characters, and no control characters, which could
     * forge output when the value is printed (a line break only where {@code multiline} allows it, with tabs;
     * any character where {@code anyCharacter}: file contents).
     */
    public record Text(int max, boolean multiline, boolean anyCharacter) {
        public Text(int max, boolean multiline) {
            this(max, multiline, false);
        }

        /** What is wrong with {@code value} as {@code what}, or {@code null} when it may be stored ({@code null} may). */
        public String problem(String what, String value) {
            if (value == null) {
                return null;
            }
            if (value.length() > max) {
                return what + " is " + value.length() + " characters long; at most " + max + " are allowed ("
                        + Quoted.of(value) + ")";
            }
            if (!anyCharacter) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    boolean allowed = multiline && (c == '\n' || c == '\t' || c == '\r');
                    if (Quoted.isControl(c) && !allowed) {
                        return what + " holds a control character (" + String.format(java.util.Locale.ROOT, "U+%04X", (int) c)
                                + " at character " + (i + 1) + "): " + Quoted.of(value);
                    }
                }
            }
            return null;
        }

        /** {@code value} if it may be stored as {@code what}, else a refusal saying why. */
        public String check(String what, String value) {
            String problem = problem(what, value);
            if (problem != null) {
                throw new EncompassException(problem);
            }
            return value;
        }
    }

    /** Whole numbers from {@code min} to {@code max}, both included. */
    public record Range(long min, long max) {
        /** {@code value} if it is in range, else a refusal naming {@code what} and the range. */
        public long check(String what, long value) {
            if (value < min || value > max) {
                throw new EncompassException(refusal(what, Long.toString(value)));
            }
            return value;
        }

        /** The whole number {@code text} (which may be too large for a long) if in range, else a refusal. */
        public long parse(String what, String text) {
            BigInteger number;
            try {
                number = new BigInteger(text.strip());
            } catch (NumberFormatException e) {
                throw new EncompassException(what + " must be a whole number from " + min + " to " + max + ", not "
                        + Quoted.of(text));
            }
            if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
                throw new EncompassException(refusal(what, text.strip()));
            }
            return number.longValueExact();
        }

        private String refusal(String what, String value) {
            return what + " " + (value.length() > 40 ? Quoted.of(value) : value) + " is out of range: allowed " + min
                    + ".." + max;
        }
    }
}
