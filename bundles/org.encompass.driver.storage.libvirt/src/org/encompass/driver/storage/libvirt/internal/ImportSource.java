package org.encompass.driver.storage.libvirt.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.encompass.core.json.JsonReader;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ExternalCommand;
import org.encompass.core.spi.ImageFormat;

/**
 * An image file to import, checked with {@code qemu-img info}: its probed format must be the declared
 * one and it must stand alone (no backing file), and its virtual size is the new volume's capacity.
 */
record ImportSource(Path file, ImageFormat format, long virtualSize) {
    static ImportSource check(Path source, ImageFormat format) throws DriverException {
        if (source == null) {
            throw new DriverException("No file given to import.");
        }
        if (format == null) {
            throw new DriverException("No image format given for the import of " + source + ".");
        }
        Path file = source.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new DriverException("Cannot import " + file + ": no such file.");
        }
        String json = new ExternalCommand(Duration.ofMinutes(1), "qemu-img", "info", "-U", "--output=json",
                file.toString()).run(null);
        // The top level's keys; a backing image's own description would be under "backing-image".
        Map<?, ?> top = object(json, file);
        String probed = text(top.get("format"));
        if (!format.qemuName().equals(probed)) {
            throw new DriverException(file + " is a " + probed + " image, not " + format.qemuName()
                    + " as declared; nothing was imported.");
        }
        String backing = text(top.get("backing-filename"));
        if (backing != null) {
            throw new DriverException(file + " depends on the backing file " + backing
                    + "; import a self-contained image (flatten it with qemu-img convert first).");
        }
        if (!(top.get("virtual-size") instanceof Long size)) {
            throw new DriverException("qemu-img does not say how big " + file + " is: " + json.strip());
        }
        return new ImportSource(file, format, size);
    }

    private static Map<?, ?> object(String json, Path file) throws DriverException {
        try {
            if (JsonReader.parse(json) instanceof Map<?, ?> top) {
                return top;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new DriverException("qemu-img info did not describe " + file + " in JSON: " + json.strip());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
