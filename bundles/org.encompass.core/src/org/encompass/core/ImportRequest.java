package org.encompass.core;

import java.nio.file.Path;

import org.encompass.core.spi.ImageFormat;

/**
 * What an operator says about a master image being imported (paper, sections 2.2 and 2.6).
 * Requirements of 0 or {@code null} mean "no requirement".
 */
public record ImportRequest(String name, Path file, ImageFormat format, String storage, String version,
        String description, String serviceProfile, String softwareProfile, String architecture, int minCpus,
        long minMemoryMiB, long minDiskGiB) {

    public static ImportRequest of(String name, Path file, ImageFormat format, String storage) {
        return new ImportRequest(name, file, format, storage, "1", null, null, null, null, 0, 0, 0);
    }

    public ImportRequest withRequirements(String arch, int cpus, long memoryMiB, long diskGiB) {
        return new ImportRequest(name, file, format, storage, version, description, serviceProfile, softwareProfile,
                arch, cpus, memoryMiB, diskGiB);
    }

    public ImportRequest withProfile(String newVersion, String newDescription, String service, String software) {
        return new ImportRequest(name, file, format, storage, newVersion, newDescription, service, software,
                architecture, minCpus, minMemoryMiB, minDiskGiB);
    }
}
