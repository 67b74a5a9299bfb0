package org.encompass.core.customization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A blkid-like look at an image's first bytes, so a file that is no disk image at all (a text file, an empty
 * image) is told apart in milliseconds instead of after an appliance launch. Only signatures at fixed offsets are
 * checked: a partition table (MBR or GPT, both end their first sector with 0x55AA, as FAT and NTFS boot sectors
 * do), an LVM physical volume, and the superblocks of the usual file systems on the whole disk.
 */
final class DiskSignatures {

    private record Signature(long offset, byte[] magic) {
        Signature(long offset, String magic) {
            this(offset, magic.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static final Signature[] KNOWN = {
        new Signature(510, "\u0055\u00aa"), // MBR, protective MBR of GPT, FAT and NTFS boot sectors
        new Signature(0, "QFI\u00fb"), // qcow2
        new Signature(0, "XFSB"),
        new Signature(1080, "\u0053\u00ef"), // ext2/3/4
        new Signature(0x10040, "_BHRfS_M"), // btrfs
        new Signature(3, "NTFS    "),
        new Signature(512, "LABELONE"), new Signature(0, "LABELONE"), new Signature(1024, "LABELONE"),
        new Signature(1536, "LABELONE"), // LVM physical volume, in one of its first four sectors
        new Signature(0, "LUKS\u00ba\u00be"),
        new Signature(4086, "SWAPSPACE2"),
        new Signature(32769, "CD001"), // ISO 9660
        new Signature(0, "hsqs"), // squashfs
        new Signature(1024, "\u0010\u0020\u00f5\u00f2"), // f2fs
        new Signature(0x10034, "ReIsEr"), new Signature(0x8000, "JFS1"),
    };

    private DiskSignatures() {
    }

    /** Whether any known signature is where it belongs: whether libguestfs could find anything in the image. */
    static boolean anyKnown(Path image) throws IOException {
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
            for (Signature signature : KNOWN) {
                ByteBuffer bytes = ByteBuffer.allocate(signature.magic().length);
                int read = channel.read(bytes, signature.offset());
                if (read == bytes.capacity() && java.util.Arrays.equals(bytes.array(), signature.magic())) {
                    return true;
                }
            }
            return false;
        }
    }
}
