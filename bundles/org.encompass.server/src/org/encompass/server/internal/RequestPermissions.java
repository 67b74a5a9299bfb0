package org.encompass.server.internal;

import java.util.Set;

import org.encompass.server.Role;

/** The role a request needs: an administrator's for what changes the site's hardware, else an operator's. */
final class RequestPermissions {
    private static final Set<String> ADMINISTRATIVE = Set.of("add-storage", "add-host", "refresh-host", "add-chassis",
            "remove-chassis", "discover", "resolve-conflict");

    private RequestPermissions() {
    }

    static Role needed(String operation) {
        return ADMINISTRATIVE.contains(operation) ? Role.ADMINISTRATOR : Role.OPERATOR;
    }
}
