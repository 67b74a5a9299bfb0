package org.encompass.driver.storage.file.internal;

import java.util.Map;
import org.encompass.core.json.JsonReader;

/**
 * What {@code qemu-img info} says about an image.
 *
 * @param format      qemu's format name ({@code raw}, {@code qcow2}, ...)
 * @param virtualSize size the guest sees, in bytes
 * @param backingFile the backing file as qemu resolves it, or {@code null}
 */
record QemuImgInfo(String format, long virtualSize, String backingFile) {

    /** Reads the top-level fields of {@code qemu-img info --output=json}. */
    static QemuImgInfo fromJson(String json) {
        if (!(JsonReader.parse(json) instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException("qemu-img info did not print a JSON object");
        }
        if (!(fields.get("format") instanceof String format)) {
            throw new IllegalArgumentException("qemu-img info printed no \"format\"");
        }
        if (!(fields.get("virtual-size") instanceof Long virtualSize)) {
            throw new IllegalArgumentException("qemu-img info printed no \"virtual-size\"");
        }
        Object backing = fields.get("full-backing-filename");
        if (backing == null) {
            backing = fields.get("backing-filename");
        }
        return new QemuImgInfo(format, virtualSize, backing instanceof String s ? s : null);
    }
}
