package org.encompass.driver.storage.file.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import org.encompass.core.spi.DriverException;

/**
 * A new image written under a hidden name in the device directory and published under its real name
 * only when complete. Until then nothing carries the image's name, and closing an unpublished stage
 * deletes it, so a failed or cancelled copy leaves nothing behind; after a crash only a hidden
 * {@code .*.partial} file can remain.
 */
final class StagedImage implements AutoCloseable {
    static final String SUFFIX = ".partial";

    private final Path target;
    private final Path staging;
    private boolean published;

    private StagedImage(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * A staging name next to {@code target}, unique by its UUID; the step that writes the image creates the
     * file. It must: on ext4, a writer that truncates an existing file (cp, an O_TRUNC open) makes the kernel
     * allocate and start writing the whole file when it is closed (auto_da_alloc), and the next journal commit
     * of the file system, any fsync such as the repository's own commit, then waits for all of it: measured,
     * 1.65 s instead of 0.2 s after a 1 GiB copy. A write-behind copy would not be behind any more.
     */
    static StagedImage next(Path target) {
        Path staging = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + SUFFIX);
        return new StagedImage(target, staging);
    }

    /** Where the image is being written. */
    Path path() {
        return staging;
    }

    /**
     * Gives the staged image its real name, failing (never replacing) when an image of that name appeared
     * meanwhile. {@code durable}: flushes it to disk first and the name after; otherwise the caller does
     * later (a write-behind copy).
     */
    Path publish(boolean durable) throws DriverException {
        try {
            if (durable) {
                force(staging);
            }
            if (link()) {
                published = true;
                deleteQuietly(staging);
            } else {
                Files.move(staging, target); // no hard links here: a rename that refuses an existing target
                published = true;
            }
            if (durable) {
                force(target.getParent());
            }
            return target;
        } catch (FileAlreadyExistsException e) {
            throw new DriverException("Image file " + target + " already exists; it was not replaced.", e);
        } catch (IOException e) {
            throw new DriverException("Cannot store image " + target + ": " + e, e);
        }
    }

    /** Links the staged file under the real name: atomic, and fails instead of replacing. */
    private boolean link() throws FileAlreadyExistsException {
        try {
            Files.createLink(target, staging);
            return true;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** fsync of a file, or of a directory (its entries). */
    static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    @Override
    public void close() {
        if (!published) {
            deleteQuietly(staging);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more we can do; the hidden .partial name marks it as garbage
        }
    }
}
