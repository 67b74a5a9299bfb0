package org.encompass.driver.blade.cim.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import org.encompass.core.spi.DriverException;

/**
 * A CIM chassis' management address: {@code cim://NAME?url=http[s]://HOST:PORT[&namespace=root/cimv2]}.
 * NAME is the chassis' name and names its blades' iSCSI targets; the URL is the CIM server (the chassis'
 * management module). Holds no credentials (they come from secure storage under this address).
 */
record CimAddress(String name, URI url, String namespace) {
    static final String SCHEME = "cim://";
    static final String DEFAULT_NAMESPACE = "root/cimv2";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9_]+(/[A-Za-z0-9_]+)*");

    static CimAddress parse(String address) throws DriverException {
        if (address == null || !address.startsWith(SCHEME) || address.indexOf('?') < 0) {
            throw new DriverException("a CIM chassis address is cim://NAME?url=https://HOST:PORT; not '" + address + "'");
        }
        String name = address.substring(SCHEME.length(), address.indexOf('?'));
        if (!NAME.matcher(name).matches()) {
            throw new DriverException("the chassis name '" + name + "' in a CIM address must be letters, digits, . _ -");
        }
        String url = null;
        String namespace = DEFAULT_NAMESPACE;
        for (String pair : address.substring(address.indexOf('?') + 1).split("&")) {
            if (pair.startsWith("url=")) {
                url = pair.substring(4);
            } else if (pair.startsWith("namespace=") && NAMESPACE.matcher(pair.substring(10)).matches()) {
                namespace = pair.substring(10);
            } else {
                throw new DriverException("'" + pair + "' in a CIM chassis address is not url=URL or namespace=NAMESPACE");
            }
        }
        return new CimAddress(name, url(url), namespace);
    }

    /** The CIM server's URL: http or https, a host, a port; nothing else (no user, path or query). */
    static URI url(String url) throws DriverException {
        URI uri;
        try {
            uri = url == null ? null : new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getUserInfo() != null || uri.getQuery() != null || !(uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))) {
            throw new DriverException("the CIM server URL is http[s]://HOST[:PORT]; not '" + url + "'");
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 5989 : 5988;
        return URI.create(uri.getScheme() + "://" + (uri.getHost().contains(":") && !uri.getHost().startsWith("[") ? "[" + uri.getHost() + "]" : uri.getHost())
                + ":" + port);
    }

    /** The address of a chassis named {@code name} whose CIM server is at {@code url}. */
    static String of(String name, String url) throws DriverException {
        return SCHEME + name + "?url=" + url(url);
    }
}
