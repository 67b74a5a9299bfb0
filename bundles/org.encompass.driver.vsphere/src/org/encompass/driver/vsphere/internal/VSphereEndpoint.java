package org.encompass.driver.vsphere.internal;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.encompass.core.spi.DriverException;

/**
 * A vCenter or ESXi SDK endpoint, parsed from the URI an operator configures:
 * <ul>
 * <li>{@code vsphere://host[:port][/sdk]} - HTTPS to the host's SDK (port 443 unless given);</li>
 * <li>{@code https://host[:port]/sdk} - the SDK URL itself ({@code http://} only for test servers).</li>
 * </ul>
 * Query parameters: {@code ignoreCert=true} accepts any server certificate (only for test servers
 * such as the vCenter simulator, whose certificate is self-signed); {@code datastore=NAME} and
 * {@code datacenter=NAME} select a datastore for storage devices. User and password never go in the
 * URI: they come from secure storage.
 */
public record VSphereEndpoint(String uri, URL sdkUrl, boolean ignoreCert, Map<String, String> parameters) {

    public static VSphereEndpoint parse(String uri) throws DriverException {
        if (uri == null || uri.isBlank()) {
            throw new DriverException("No vSphere URI given (expected vsphere://host[:port]/sdk or https://host/sdk).");
        }
        URI parsed;
        try {
            parsed = new URI(uri.trim());
        } catch (URISyntaxException e) {
            throw new DriverException("Not a vSphere URI: " + uri + " (" + e.getReason()
                    + "); expected vsphere://host[:port]/sdk or https://host/sdk.", e);
        }
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("vsphere") && !scheme.equals("https") && !scheme.equals("http")) {
            throw new DriverException("Not a vSphere URI: " + uri
                    + "; expected vsphere://host[:port]/sdk or https://host/sdk.");
        }
        if (parsed.getHost() == null) {
            throw new DriverException("The vSphere URI " + uri + " names no host.");
        }
        if (parsed.getUserInfo() != null) {
            throw new DriverException("The vSphere URI for " + parsed.getHost()
                    + " must not contain a user or password: set them as the host's credentials.");
        }
        String path = parsed.getPath() == null || parsed.getPath().isEmpty() || parsed.getPath().equals("/")
                ? "/sdk" : parsed.getPath();
        String protocol = scheme.equals("http") ? "http" : "https";
        Map<String, String> parameters;
        try {
            parameters = query(parsed.getRawQuery());
        } catch (IllegalArgumentException e) {
            throw new DriverException("Not a vSphere URI: " + uri + " (bad query: " + e.getMessage() + ").", e);
        }
        try {
            URL sdk = new URI(protocol, null, parsed.getHost(), parsed.getPort(), path, null, null).toURL();
            return new VSphereEndpoint(uri, sdk, Boolean.parseBoolean(parameters.get("ignoreCert")), parameters);
        } catch (URISyntaxException | MalformedURLException e) {
            throw new DriverException("Not a vSphere URI: " + uri + " (" + e.getMessage() + ").", e);
        }
    }

    /** {@code host:port} as messages name the server. */
    public String server() {
        int port = sdkUrl.getPort() == -1 ? sdkUrl.getDefaultPort() : sdkUrl.getPort();
        return sdkUrl.getHost() + ":" + port;
    }

    /** A query parameter, or {@code null}. */
    public String parameter(String name) {
        return parameters.get(name);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "true" : pair.substring(equals + 1);
            result.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return result;
    }
}
