package org.encompass.server;

import java.util.Locale;

/**
 * What an authenticated user of the repository server may do. Each role includes the ones before it: a viewer
 * reads (and commits nothing at all), an operator also runs lifecycle operations, an administrator also
 * changes storage, hosts, chassis, credentials and users.
 */
public enum Role {
    VIEWER, OPERATOR, ADMINISTRATOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** @throws IllegalArgumentException naming the roles when {@code label} is none of them */
    public static Role fromLabel(String label) {
        for (Role role : values()) {
            if (role.label().equals(label)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role must be viewer, operator or administrator, not '" + label + "'");
    }
}
