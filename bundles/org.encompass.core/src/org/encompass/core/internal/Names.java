package org.encompass.core.internal;

import java.util.regex.Pattern;

import org.encompass.core.EncompassException;

/** Names operators give to masters, clones, devices and hosts. */
public final class Names {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Names() {
    }

    /** Throws when {@code name} could not serve as a file name and a command-line word. */
    public static String check(String what, String name) {
        if (name == null || !VALID.matcher(name).matches()) {
            throw new EncompassException("invalid " + what + " name " + org.encompass.core.Quoted.of(name)
                    + ": use 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return name;
    }
}
