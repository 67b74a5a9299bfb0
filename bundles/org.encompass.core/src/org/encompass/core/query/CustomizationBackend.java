package org.encompass.core.query;

import java.io.IOException;
import java.nio.file.Path;

import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.model.Clone;

/**
 * Which backend customizes a clone's image ({@link ImageFilesFactory#backend}): read from the first sectors
 * of its image file (a qcow2 overlay: of its backing chain's base), never by launching an appliance.
 */
public final class CustomizationBackend {
    private CustomizationBackend() {
    }

    /** The backend's name, or why none can be named (no image, not a local file, unreadable). */
    public static String of(Clone clone) {
        if (clone.getLocation() == null || clone.getStorage() == null) {
            return "none (the clone has no image)";
        }
        ImageRef image = new ImageRef(clone.getLocation(),
                clone.getFormat() == null ? null : ImageFormat.valueOf(clone.getFormat().getName()),
                clone.getBackingLocation());
        StorageDeviceSpec device = new StorageDeviceSpec(clone.getStorage().getName(), clone.getStorage().getKind(),
                clone.getStorage().getLocation());
        try {
            Path file = Drivers.storage().driver(device.kind()).localImageFile(device, image);
            if (file == null) {
                return "none (the image is not a local file its storage driver can open)";
            }
            return ImageFilesFactory.backend(file);
        } catch (DriverException | IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
