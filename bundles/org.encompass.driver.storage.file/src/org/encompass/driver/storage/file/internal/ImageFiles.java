package org.encompass.driver.storage.file.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageRef;

/** Turns image references into local files. */
final class ImageFiles {
    private ImageFiles() {
    }

    /** The absolute path in {@code image}'s location. */
    static Path path(ImageRef image) throws DriverException {
        if (image == null) {
            throw new DriverException("No image given.");
        }
        Path file;
        try {
            file = Path.of(image.location());
        } catch (InvalidPathException e) {
            throw new DriverException("Image location '" + image.location() + "' is not a file path.", e);
        }
        if (!file.isAbsolute()) {
            throw new DriverException("Image location '" + image.location() + "' must be an absolute path.");
        }
        return file.normalize();
    }

    /** Like {@link #path} but the file must exist as a regular, readable file. */
    static Path existing(ImageRef image) throws DriverException {
        Path file = path(image);
        return existing(file);
    }

    static Path existing(Path file) throws DriverException {
        if (!Files.exists(file)) {
            throw new DriverException("Image file " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file)) {
            throw new DriverException(file + " is not a regular file.");
        }
        if (!Files.isReadable(file)) {
            throw new DriverException("Image file " + file + " is not readable.");
        }
        return file;
    }
}
