package org.encompass.core.spi;

/**
 * Where an image lives on a storage device, as a driver understands it.
 *
 * @param location    driver-specific location: an absolute file path for file storage, a volume key for pools
 * @param format      image format
 * @param backing     location of the image this one depends on (copy-on-write), or {@code null}
 */
public record ImageRef(String location, ImageFormat format, String backing) {
    public ImageRef {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("image location must not be empty");
        }
        if (format == null) {
            throw new IllegalArgumentException("image format must not be null");
        }
    }

    public ImageRef(String location, ImageFormat format) {
        this(location, format, null);
    }
}
