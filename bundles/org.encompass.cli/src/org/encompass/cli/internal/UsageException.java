package org.encompass.cli.internal;

/**
 * The command line itself is wrong: an unknown command or option, a missing or malformed argument.
 * Exit code 2; the message names what was wrong and where to find the right syntax.
 */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
