package org.encompass.driver.storage.libvirt.internal;

import java.net.URI;
import java.net.URISyntaxException;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.StorageDeviceSpec;

/**
 * Where a {@code libvirt-pool} storage device is: a libvirt connection URI and a storage pool name,
 * written {@code <uri>#<pool>}, for example {@code qemu:///system#encompass} or
 * {@code test:///default#default-pool}. The pool name is the URI's fragment, which libvirt URIs never use.
 */
public record PoolLocation(String uri, String pool) {

    public static PoolLocation of(StorageDeviceSpec device) throws DriverException {
        return parse(device.location());
    }

    public static PoolLocation parse(String location) throws DriverException {
        String syntax = " (expected <libvirt URI>#<pool>, for example qemu:///system#encompass or "
                + "test:///default#default-pool)";
        if (location == null || location.isBlank()) {
            throw new DriverException("No pool location given" + syntax + ".");
        }
        int hash = location.lastIndexOf('#');
        if (hash < 0) {
            throw new DriverException("Pool location '" + location + "' names no pool" + syntax + ".");
        }
        String uri = location.substring(0, hash).strip();
        String pool = location.substring(hash + 1).strip();
        if (uri.isEmpty() || pool.isEmpty()) {
            throw new DriverException("Pool location '" + location + "' lacks a URI or a pool name" + syntax + ".");
        }
        try {
            if (new URI(uri).getScheme() == null) {
                throw new DriverException("'" + uri + "' is not a libvirt URI" + syntax + ".");
            }
        } catch (URISyntaxException e) {
            throw new DriverException("'" + uri + "' is not a libvirt URI: " + e.getMessage() + syntax + ".", e);
        }
        return new PoolLocation(uri, pool);
    }

    /** libvirt's in-process test driver: it keeps volume metadata only, no bytes. */
    public boolean metadataOnly() {
        return scheme().equals("test");
    }

    /** The daemon runs on this machine (no host in the URI), so a dir pool's volume paths are our files. */
    public boolean localDaemon() {
        try {
            String host = new URI(uri).getHost();
            return !metadataOnly() && (host == null || host.isEmpty());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private String scheme() {
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? uri : uri.substring(0, colon);
        int plus = scheme.indexOf('+'); // qemu+ssh: the driver is what counts
        return plus < 0 ? scheme : scheme.substring(0, plus);
    }

    /** "pool encompass on qemu:///system", for messages. */
    public String describe() {
        return "pool " + pool + " on " + uri;
    }

    @Override
    public String toString() {
        return uri + "#" + pool;
    }
}
