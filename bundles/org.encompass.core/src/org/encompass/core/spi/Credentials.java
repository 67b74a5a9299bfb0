package org.encompass.core.spi;

import java.util.Arrays;

/**
 * A user name and password for a host or endpoint, read from secure storage just before a driver
 * connects. Never stored in the model, the journal, logs or exports: {@link #toString()} hides the
 * password, and callers {@link #wipe()} it when done.
 */
public record Credentials(String user, char[] password) {

    /** No credentials: the driver connects anonymously or by its own means (ssh keys, local socket). */
    public static final Credentials NONE = new Credentials(null, new char[0]);

    public boolean isEmpty() {
        return user == null || user.isEmpty();
    }

    /** Overwrites the password in memory. */
    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
