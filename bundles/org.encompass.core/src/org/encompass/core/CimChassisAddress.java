package org.encompass.core;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A CIM chassis' address {@code cim://NAME?url=http[s]://HOST:PORT}, made of the URL of its CIM server as an
 * operator gives it (the protocol's CIM port, 5988 or 5989, when none is given); also the key of its login in
 * secure storage. The command line ({@code chassis add --kind cim --url}) and the console's New Chassis
 * wizard both use it.
 */
public final class CimChassisAddress {
    /** The chassis kind whose address this is. */
    public static final String KIND = "cim";
    private static final String SCHEME = "cim://";

    private CimChassisAddress() {
    }

    /** {@code cim://NAME?url=URL} with the URL normalized by {@link #url}. */
    public static String of(String name, String url) {
        return SCHEME + name + "?url=" + url(url);
    }

    /**
     * {@code http[s]://HOST:PORT}; refused (IllegalArgumentException naming {@code url}) with a user, a path,
     * a query or a fragment, or another scheme.
     */
    public static String url(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url + " is not http[s]://HOST[:PORT]", e);
        }
        boolean https = "https".equals(uri.getScheme());
        if (!(https || "http".equals(uri.getScheme())) || uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null
                || uri.getFragment() != null || !(uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
            throw new IllegalArgumentException(url + " is not http[s]://HOST[:PORT]");
        }
        return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() > 0 ? uri.getPort() : https ? 5989 : 5988);
    }
}
