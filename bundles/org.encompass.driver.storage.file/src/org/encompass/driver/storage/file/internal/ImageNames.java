package org.encompass.driver.storage.file.internal;

import java.util.regex.Pattern;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;

/** Image names as the operator gives them, and the file names they map to on a directory device. */
final class ImageNames {
    /** Starts with a letter or digit so it can never clash with our hidden staging files. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private ImageNames() {
    }

    /** Throws a {@link DriverException} explaining what is wrong with {@code name}, if anything. */
    static void check(String name) throws DriverException {
        if (name == null || name.isEmpty()) {
            throw new DriverException("An image name must not be empty.");
        }
        if (name.contains("/") || name.contains("\\")) {
            throw new DriverException("Image name '" + name + "' must not contain a path separator.");
        }
        if (name.contains("..")) {
            throw new DriverException("Image name '" + name + "' must not contain '..'.");
        }
        if (!VALID.matcher(name).matches()) {
            throw new DriverException("Image name '" + name
                    + "' may use only letters, digits, '.', '_' and '-', and must start with a letter or digit.");
        }
    }

    /** {@code <name>.img} for raw images, {@code <name>.qcow2} for qcow2. */
    static String fileName(String name, ImageFormat format) {
        return name + switch (format) {
            case RAW -> ".img";
            case QCOW2 -> ".qcow2";
        };
    }

    /** The format a file's name says: {@code .qcow2} (also inside a staging name) is qcow2, anything else raw. */
    static ImageFormat formatOf(java.nio.file.Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".qcow2") || name.contains(".qcow2.") ? ImageFormat.QCOW2 : ImageFormat.RAW;
    }
}
