package org.encompass.core.exchange;

import java.util.List;

import org.encompass.core.customization.CustomizationItem;

/**
 * A master as a site archive carries it to a branch site: its description, requirements and ordered
 * customization items, and its image (raw bytes, {@code sizeBytes} of them, checked by {@code sha256})
 * in the archive entry {@code entry}. {@code parent} names the master it was captured from, if any
 * (name and version), for the record.
 */
public record ArchivedMaster(String name, String version, String description, String serviceProfile,
        String softwareProfile, String architecture, int minCpus, long minMemoryMiB, long minDiskGiB, long sizeBytes,
        String sha256, String entry, String parent, List<CustomizationItem> items) {

    public ArchivedMaster {
        items = List.copyOf(items);
    }
}
