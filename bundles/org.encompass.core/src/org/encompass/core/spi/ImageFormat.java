package org.encompass.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** On-disk format of an image. */
public enum ImageFormat {
    RAW, QCOW2;

    /** The first bytes of every qcow2 file: "QFI" 0xfb. */
    private static final byte[] QCOW2_MAGIC = { 'Q', 'F', 'I', (byte) 0xfb };

    /** The name qemu-img and libvirt use for this format. */
    public String qemuName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** qcow2 by its magic number, else raw; an unreadable file is left to the import to report. */
    public static ImageFormat detect(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return java.util.Arrays.equals(in.readNBytes(QCOW2_MAGIC.length), QCOW2_MAGIC) ? QCOW2 : RAW;
        } catch (IOException e) {
            return RAW;
        }
    }
}
