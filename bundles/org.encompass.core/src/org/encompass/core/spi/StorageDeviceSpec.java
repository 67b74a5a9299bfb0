package org.encompass.core.spi;

/**
 * A storage device as handed to its driver.
 *
 * @param name     the operator's name for the device
 * @param kind     the driver kind that serves it (matches a {@code storageDrivers} contribution)
 * @param location driver-specific location: a directory for file storage, a pool URI for pools
 */
public record StorageDeviceSpec(String name, String kind, String location) {
}
