package org.encompass.core.spi;

/** On-disk format of an image. */
public enum ImageFormat {
    RAW, QCOW2;

    /** The name qemu-img and libvirt use for this format. */
    public String qemuName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
