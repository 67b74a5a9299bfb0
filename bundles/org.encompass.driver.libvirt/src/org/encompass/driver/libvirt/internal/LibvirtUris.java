package org.encompass.driver.libvirt.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.encompass.core.spi.DriverException;

/**
 * Checks a libvirt connection URI before libvirt sees it, so a typo gets a clear message instead of
 * libvirt's. Accepted: {@code driver[+transport]://[user@][host][:port]/path[?params]}, for example
 * {@code test:///default}, {@code qemu:///system}, {@code qemu+ssh://admin@kvm1/system},
 * {@code qemu+tcp://kvm1:16509/system}.
 */
final class LibvirtUris {
    static final Set<String> DRIVERS = Set.of("test", "qemu", "xen", "lxc", "bhyve", "vz", "ch");
    static final Set<String> TRANSPORTS = Set.of("unix", "ssh", "libssh", "libssh2", "tcp", "tls", "ext");
    static final String EXAMPLES = "for example qemu:///system, qemu+ssh://user@host/system, test:///default";

    private LibvirtUris() {
    }

    static void check(String text) throws DriverException {
        if (text == null || text.isBlank()) {
            throw new DriverException("No hypervisor URI given (" + EXAMPLES + ").");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new DriverException("'" + text + "' is not a libvirt URI: " + e.getReason() + " (" + EXAMPLES + ").", e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.isOpaque()) {
            throw new DriverException("'" + text + "' is not a libvirt URI: it needs driver:// (" + EXAMPLES + ").");
        }
        String[] parts = scheme.toLowerCase(Locale.ROOT).split("\\+", 2);
        if (!DRIVERS.contains(parts[0])) {
            throw new DriverException("'" + text + "' names no libvirt driver: " + parts[0] + " is not one of "
                    + String.join(", ", new java.util.TreeSet<>(DRIVERS)) + " (" + EXAMPLES + ").");
        }
        if (parts.length == 2 && !TRANSPORTS.contains(parts[1])) {
            throw new DriverException("'" + text + "' names an unknown libvirt transport '" + parts[1] + "': use one of "
                    + String.join(", ", new java.util.TreeSet<>(TRANSPORTS)) + ".");
        }
        boolean network = parts.length == 2 && !parts[1].equals("unix") && !parts[1].equals("ext");
        if (network && (uri.getHost() == null || uri.getHost().isBlank())) {
            throw new DriverException("'" + text + "' uses the " + parts[1] + " transport but names no host ("
                    + parts[0] + "+" + parts[1] + "://user@host/system).");
        }
    }
}
