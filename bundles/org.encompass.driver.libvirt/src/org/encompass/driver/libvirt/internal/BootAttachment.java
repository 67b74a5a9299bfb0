package org.encompass.driver.libvirt.internal;

import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;

/**
 * The disk Encompass made a domain boot from, as recorded in the domain's metadata.
 *
 * @param source the image file
 * @param format its format
 */
record BootAttachment(String source, ImageFormat format) {

    static BootAttachment of(ImageRef disk) {
        return new BootAttachment(disk.location(), disk.format());
    }

    boolean isOf(ImageRef disk) {
        return source.equals(disk.location()) && format == disk.format();
    }
}
