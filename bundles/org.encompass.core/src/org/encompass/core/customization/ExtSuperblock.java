package org.encompass.core.customization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/** The few ext2/3/4 superblock fields needed to find a file system and to refuse one that is not clean. */
record ExtSuperblock(int magic, int state, long featureIncompat) {

    static final int MAGIC = 0xEF53;
    private static final int SUPERBLOCK_OFFSET = 1024;
    private static final int STATE_VALID = 0x1;
    private static final int STATE_ERRORS = 0x2;
    private static final long INCOMPAT_RECOVER = 0x4;

    /** Reads the superblock of a file system starting at {@code fsOffset}; {@code null} past the end. */
    static ExtSuperblock read(FileChannel channel, long fsOffset) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(0x64).order(ByteOrder.LITTLE_ENDIAN);
        long position = fsOffset + SUPERBLOCK_OFFSET;
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return new ExtSuperblock(Short.toUnsignedInt(buffer.getShort(0x38)), Short.toUnsignedInt(buffer.getShort(0x3A)),
                Integer.toUnsignedLong(buffer.getInt(0x60)));
    }

    boolean isExt() {
        return magic == MAGIC;
    }

    /** Why writing to this file system with debugfs would be unsafe, or {@code null} if it is clean. */
    String uncleanReason() {
        if ((featureIncompat & INCOMPAT_RECOVER) != 0) {
            return "its journal needs recovery (it is mounted or was not cleanly unmounted)";
        }
        if ((state & STATE_ERRORS) != 0) {
            return "it has errors recorded";
        }
        if ((state & STATE_VALID) == 0) {
            return "it is mounted or was not cleanly unmounted";
        }
        return null;
    }
}
