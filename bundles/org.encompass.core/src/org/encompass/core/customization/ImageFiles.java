package org.encompass.core.customization;

import java.io.IOException;

/**
 * The files inside one image, for customization. Paths are image-absolute ({@code /etc/hostname}; a
 * relative path is taken from the image root). Every implementation refuses paths that could leave the
 * image: {@code ..} segments, NUL characters, symbolic links escaping the image, and writing through a
 * symbolic link. Not thread-safe: one user per image at a time.
 */
public interface ImageFiles extends AutoCloseable {

    /** Whether something (file, directory, ...) exists at {@code path}; {@code false} if a parent is missing. */
    boolean exists(String path) throws IOException;

    /** The content of the regular file at {@code path}. */
    byte[] read(String path) throws IOException;

    /**
     * Replaces or creates the regular file at {@code path}. Atomic as far as the medium allows: on failure
     * the old file is still there, never a half-written one. A replaced file keeps its permissions and
     * owner; a new file gets mode 0644. The parent directory must exist.
     */
    void write(String path, byte[] content) throws IOException;

    /** Deletes the regular file at {@code path}; a file that is already gone is not an error. */
    void delete(String path) throws IOException;

    /** Where these files live, for messages, for example "ext4 file system at offset 1048576 of /x.img". */
    String description();

    @Override
    void close() throws IOException;
}
