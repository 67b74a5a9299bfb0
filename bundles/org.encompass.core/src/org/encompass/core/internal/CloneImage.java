package org.encompass.core.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.encompass.core.customization.ImageFiles;
import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.RawImage;

/**
 * A clone's image opened for customization. A qcow2 overlay (a copy-on-write clone) whose file system is for
 * libguestfs is opened by libguestfs itself, as qcow2: its writes land in the overlay and QEMU opens the
 * master, its backing file, read-only. Everything else is edited through its raw bytes ({@link RawImage}: a
 * qcow2 overlay of an ext4 master through a FUSE export, for debugfs). In a deploy, an image for libguestfs
 * may be in an appliance the deploy shares among its clones ({@link SharedAppliances}).
 */
final class CloneImage implements AutoCloseable {
    private final RawImage raw;
    private final ImageFiles files;

    private CloneImage(RawImage raw, ImageFiles files) {
        this.raw = raw;
        this.files = files;
    }

    static CloneImage open(CloneCustomizer.Work work) throws DriverException, IOException {
        ImageFiles shared = SharedAppliances.files(work);
        if (shared != null) {
            return new CloneImage(null, shared);
        }
        if (work.image() != null && work.image().format() == ImageFormat.QCOW2) {
            Path overlay = Drivers.storage().driver(work.device().kind()).localImageFile(work.device(), work.image());
            ImageFiles files = overlay == null ? null : ImageFilesFactory.openQcow2(overlay);
            if (files != null) {
                return new CloneImage(null, files);
            }
        }
        RawImage raw = CloneCustomizer.open(work);
        try {
            return new CloneImage(raw, ImageFilesFactory.open(raw.file()));
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    ImageFiles files() {
        return files;
    }

    @Override
    public void close() throws IOException, DriverException {
        try {
            files.close();
        } finally {
            if (raw != null) {
                raw.close();
            }
        }
    }
}
