package org.encompass.core.spi;

import java.util.List;
import java.util.Map;

/**
 * What a hypervisor host tells about its place in the site (paper, section 5): the storage it reaches (libvirt
 * storage pools defined on it, datastores mounted on an ESXi host), each as its name and where it keeps images
 * (a directory path), and the networks each of its machines is on (by machine name).
 */
public record HostTopology(List<String> storage, Map<String, List<String>> networks) {
    /** A host whose driver reports nothing: the engine keeps what is recorded. */
    public static final HostTopology UNKNOWN = new HostTopology(List.of(), Map.of());

    public HostTopology {
        storage = storage == null ? List.of() : List.copyOf(storage);
        networks = networks == null ? Map.of() : Map.copyOf(networks);
    }
}
