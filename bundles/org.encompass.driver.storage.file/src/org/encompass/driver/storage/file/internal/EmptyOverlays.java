package org.encompass.driver.storage.file.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;

/**
 * Creates empty qcow2 overlays. All empty overlays of one backing file are byte-for-byte identical:
 * qemu-img writes the backing file's path, format and size and nothing about the overlay itself. So
 * qemu-img creates the first overlay of a backing file and later ones are copies of its bytes, which
 * saves a process per copy-on-write clone (a third of the CPU a clone cost when deploying many).
 * Templates are keyed by the backing file's identity, size and modification time: a changed or
 * replaced backing file gets a new template from qemu-img.
 */
final class EmptyOverlays {
    /** An empty overlay of a multi-terabyte backing file is still well below this. */
    private static final long MAX_TEMPLATE_BYTES = 8L << 20;
    private static final int MAX_TEMPLATES = 64;

    private record Key(String backing, ImageFormat format, long size, long modified, Object fileKey) {
        static Key of(Path backing, ImageFormat format) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(backing, BasicFileAttributes.class);
            return new Key(backing.toString(), format, attributes.size(),
                    attributes.lastModifiedTime().toMillis(), attributes.fileKey());
        }
    }

    private final Map<Key, byte[]> templates = new ConcurrentHashMap<>();

    /** Writes {@code overlay} (a staging file, replaced if it exists) as an empty qcow2 overlay of {@code backing}. */
    void create(Path backing, ImageFormat backingFormat, Path overlay, IProgressMonitor monitor) throws DriverException {
        Key key;
        try {
            key = Key.of(backing, backingFormat);
        } catch (IOException e) {
            throw new DriverException("cannot read the backing file " + backing + ": " + e.getMessage(), e);
        }
        byte[] template = templates.get(key);
        if (template == null) {
            QemuImg.createOverlay(backing, backingFormat, overlay, monitor);
            remember(key, overlay);
            return;
        }
        try (FileChannel channel = FileChannel.open(overlay, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(template);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new DriverException("cannot write the overlay " + overlay + ": " + e.getMessage(), e);
        }
    }

    private void remember(Key key, Path overlay) {
        try {
            if (Files.size(overlay) <= MAX_TEMPLATE_BYTES) {
                if (templates.size() >= MAX_TEMPLATES) {
                    templates.clear(); // masters are few; this only bounds memory in odd cases
                }
                templates.put(key, Files.readAllBytes(overlay));
            }
        } catch (IOException e) {
            // no template: the next clone asks qemu-img again
        }
    }
}
