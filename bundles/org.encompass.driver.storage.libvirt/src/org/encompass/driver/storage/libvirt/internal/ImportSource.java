package org.encompass.driver.storage.libvirt.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ExternalCommand;
import org.encompass.core.spi.ImageFormat;

/**
 * An image file to import, checked with {@code qemu-img info}: its probed format must be the declared
 * one and it must stand alone (no backing file), and its virtual size is the new volume's capacity.
 */
record ImportSource(Path file, ImageFormat format, long virtualSize) {
    private static final Pattern FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SIZE = Pattern.compile("\"virtual-size\"\\s*:\\s*(\\d+)");
    private static final Pattern BACKING = Pattern.compile("\"backing-filename\"\\s*:\\s*\"([^\"]*)\"");

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
        // The top level's keys come first; a backing image's own description would follow in "backing-image".
        String top = json.contains("\"backing-image\"") ? json.substring(0, json.indexOf("\"backing-image\"")) : json;
        String probed = group(FORMAT, top);
        if (!format.qemuName().equals(probed)) {
            throw new DriverException(file + " is a " + probed + " image, not " + format.qemuName()
                    + " as declared; nothing was imported.");
        }
        String backing = group(BACKING, top);
        if (backing != null) {
            throw new DriverException(file + " depends on the backing file " + backing
                    + "; import a self-contained image (flatten it with qemu-img convert first).");
        }
        String size = group(SIZE, top);
        if (size == null) {
            throw new DriverException("qemu-img does not say how big " + file + " is: " + json.strip());
        }
        return new ImportSource(file, format, Long.parseLong(size));
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
