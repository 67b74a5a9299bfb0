package org.encompass.core.spi;

import java.nio.file.Path;

/**
 * An image's guest-visible bytes as a local raw file, open for reading and writing until closed.
 * For a raw image this is the image file itself; for other formats a driver may export the image
 * through a helper process (a qcow2 overlay through a FUSE export), which {@link #close()} stops so
 * that every write has reached the image.
 */
public interface RawImage extends AutoCloseable {

    /** The raw bytes of the image as a local file. */
    Path file();

    @Override
    void close() throws DriverException;

    /** A raw image file that needs no export. */
    static RawImage of(Path file) {
        return new RawImage() {
            @Override
            public Path file() {
                return file;
            }

            @Override
            public void close() {
                // the image file itself: nothing to stop
            }
        };
    }
}
