package org.encompass.server.internal;

import java.util.Set;

import org.encompass.server.Role;
import org.encompass.server.ServerRequests;

/**
 * The role a request needs: an administrator's for what changes the site's hardware, a viewer's for reading the
 * site's summary, else an operator's.
 */
final class RequestPermissions {
    private static final Set<String> ADMINISTRATIVE = Set.of("add-storage", "add-host", "refresh-host", "add-chassis",
            "remove-chassis", "discover", "resolve-conflict");

    private RequestPermissions() {
    }

    static Role needed(String operation) {
        if (ServerRequests.STATUS.equals(operation)) {
            return Role.VIEWER;
        }
        return ADMINISTRATIVE.contains(operation) ? Role.ADMINISTRATOR : Role.OPERATOR;
    }
}
