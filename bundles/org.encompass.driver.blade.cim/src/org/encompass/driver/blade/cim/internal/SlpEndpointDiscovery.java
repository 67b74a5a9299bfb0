package org.encompass.driver.blade.cim.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.spi.DiscoveryProvider;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.EndpointCandidate;
import org.encompass.core.spi.MachineInfo;
import org.livetribe.slp.Scopes;
import org.livetribe.slp.ServiceInfo;
import org.livetribe.slp.ServiceLocationException;
import org.livetribe.slp.ServiceType;
import org.livetribe.slp.settings.Keys;
import org.livetribe.slp.settings.MapSettings;
import org.livetribe.slp.ua.UserAgentClient;

/**
 * Management endpoints announced over SLP (livetribe's user agent): CIM servers ({@code service:wbem},
 * DSP0206) and blade management modules, with their attributes. Unicast to the directory agents given,
 * else multicast; every wait bounded, at most {@link #MAX_CANDIDATES} answers, attribute texts cut to
 * {@link #MAX_TEXT} characters (they come from the network; printers escape them).
 */
public final class SlpEndpointDiscovery implements DiscoveryProvider {
    static final int MAX_CANDIDATES = 256;
    static final int MAX_TEXT = 256;
    static final int MAX_ATTRIBUTES = 32;
    static final int SLP_PORT = 427;
    /** A directory agent's whole reply is refused beyond this (livetribe's default, 4 KiB, is one big announcement). */
    static final int MAX_REPLY_BYTES = 256 * 1024;
    private static final int WAIT_MS = 3000;
    /** The types asked for: CIM servers, and management modules that announce themselves by their own type. */
    static final List<String> SERVICE_TYPES = List.of("service:wbem", "service:management-hardware.IBM:management-module");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\(([^=()]{1,256})=([^()]*)\\)|([^,()=]+)");

    @Override
    public List<MachineInfo> discoverMachines(String endpoint, IProgressMonitor monitor) throws DriverException {
        throw new DriverException("SLP finds management endpoints, not machines: use 'encompass discover --slp'");
    }

    @Override
    public List<EndpointCandidate> discoverEndpoints(String scope, String directoryAgents, IProgressMonitor monitor) throws DriverException {
        MapSettings settings = new MapSettings();
        settings.put(Keys.UNICAST_TIMEOUTS_KEY, new int[] { 500, 1000 });
        settings.put(Keys.MULTICAST_TIMEOUTS_KEY, new int[] { 500, 1000 });
        settings.put(Keys.MULTICAST_MAX_WAIT_KEY, WAIT_MS);
        settings.put(Keys.TCP_READ_TIMEOUT_KEY, WAIT_MS);
        settings.put(Keys.UA_UNICAST_PREFER_TCP, true); // answers with many attributes do not fit a datagram
        settings.put(Keys.TCP_MESSAGE_MAX_LENGTH_KEY, MAX_REPLY_BYTES);
        if (directoryAgents != null && !directoryAgents.isBlank()) {
            List<String> hosts = new ArrayList<>();
            int port = -1;
            for (String da : directoryAgents.split(",")) {
                String[] hostPort = parse(da.trim());
                hosts.add(hostPort[0]);
                int p = hostPort[1] == null ? SLP_PORT : Integer.parseInt(hostPort[1]);
                if (port >= 0 && p != port) {
                    throw new DriverException("all directory agents must listen on the same port (" + directoryAgents + ")");
                }
                port = p;
            }
            settings.put(Keys.DA_ADDRESSES_KEY, hosts.toArray(String[]::new));
            settings.put(Keys.PORT_KEY, port);
        }
        Scopes scopes = scope == null || scope.isBlank() ? Scopes.DEFAULT : Scopes.from(scope.split(","));
        UserAgentClient client = org.livetribe.slp.SLP.newUserAgentClient(settings);
        List<EndpointCandidate> found = new ArrayList<>();
        for (String type : SERVICE_TYPES) {
            if (monitor != null && monitor.isCanceled()) {
                break;
            }
            List<ServiceInfo> services;
            try {
                services = client.findServices(new ServiceType(type), null, scopes, null);
            } catch (ServiceLocationException | IllegalArgumentException e) {
                throw new DriverException("SLP: asking for " + type + (directoryAgents == null ? " by multicast" : " at " + directoryAgents)
                        + " failed: " + reason(e), e);
            }
            for (ServiceInfo service : services) {
                if (found.size() >= MAX_CANDIDATES) {
                    return found;
                }
                found.add(candidate(type, service));
            }
        }
        return found;
    }

    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() != null ? t.getMessage() : e.getMessage();
        return message == null ? t.getClass().getSimpleName() : message.replaceAll("\\s+", " ");
    }

    private static String[] parse(String hostPort) throws DriverException {
        Matcher m = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:]+\\])(?::([0-9]{1,5}))?").matcher(hostPort);
        if (!m.matches() || (m.group(2) != null && (Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 65535))) {
            throw new DriverException("'" + hostPort + "' is not a directory agent's HOST[:PORT]");
        }
        return new String[] { m.group(1), m.group(2) };
    }

    /** A service as a candidate: its URL without the {@code service:TYPE:} prefix, bounded attributes. */
    static EndpointCandidate candidate(String type, ServiceInfo service) {
        String url = cut(service.getServiceURL().getURL());
        String bare = url;
        String prefix = type + ":"; // service:wbem:https://HOST:PORT is a wbem service at https://HOST:PORT
        if (bare.startsWith(prefix) && bare.length() > prefix.length()) {
            bare = bare.substring(prefix.length());
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        String text = service.getAttributes() == null ? "" : service.getAttributes().asString();
        Matcher m = ATTRIBUTE.matcher(text.length() > 64 * 1024 ? text.substring(0, 64 * 1024) : text);
        while (m.find() && attributes.size() < MAX_ATTRIBUTES) {
            if (m.group(1) != null) {
                attributes.putIfAbsent(cut(m.group(1).trim()), cut(m.group(2)));
            } else if (!m.group(3).isBlank()) {
                attributes.putIfAbsent(cut(m.group(3).trim()), "");
            }
        }
        String kind = type.equals("service:wbem") && bare.toLowerCase(Locale.ROOT).matches("https?://.*") ? "cim" : null;
        return new EndpointCandidate(type, bare, kind, attributes);
    }

    private static String cut(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "..." : s;
    }
}
