package org.encompass.core.internal;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;

/**
 * Whether an iSCSI portal ({@code HOST:PORT}, {@code [IPV6]:PORT}, as a target daemon reports it) is served on this
 * machine: a wildcard, loopback or own interface address, or {@code localhost}. Host names are not resolved (a
 * discovery must not wait for DNS): any other name is not local.
 */
final class LocalPortal {
    private LocalPortal() {
    }

    static boolean isLocal(String portal) {
        if (portal == null || portal.isBlank()) {
            return false;
        }
        String host = portal.startsWith("[") && portal.indexOf(']') > 0 ? portal.substring(1, portal.indexOf(']'))
                : portal.lastIndexOf(':') > 0 ? portal.substring(0, portal.lastIndexOf(':')) : portal;
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!host.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !host.contains(":")) {
            return false; // a name: not resolved
        }
        try {
            InetAddress address = InetAddress.getByName(host); // a literal: no lookup
            return address.isAnyLocalAddress() || address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
        } catch (UnknownHostException | SocketException e) {
            return false;
        }
    }
}
