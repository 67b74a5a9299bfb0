package org.encompass.core.customization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds ext2/3/4 file systems in a raw disk image: on the whole disk, in MBR primary partitions of type
 * 0x83, or in GPT partitions (512- or 4096-byte sectors). Only partition starts are read; nothing is
 * trusted beyond the superblock magic found there.
 */
final class ExtFileSystemLocator {

    /** A file system's byte offset and where it was found, for messages. */
    record Candidate(long offset, String where) {
    }

    static final String SUPPORTED = "a directory tree, or a raw image holding ext2/3/4 on the whole disk, in an MBR"
            + " primary partition of type 0x83, or in a GPT partition";

    private static final int SECTOR = 512;
    private static final int MBR_ENTRIES = 446;
    private static final int MBR_LINUX = 0x83;
    private static final int MBR_GPT_PROTECTIVE = 0xEE;
    private static final long GPT_SIGNATURE = 0x5452415020494645L; // "EFI PART" little-endian
    private static final int GPT_MAX_ENTRIES = 1024;

    private ExtFileSystemLocator() {
    }

    static List<Candidate> find(Path image) throws IOException {
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
            List<Candidate> found = new ArrayList<>();
            if (holdsExt(channel, 0)) {
                found.add(new Candidate(0, "the whole disk"));
                return found;
            }
            ByteBuffer mbr = read(channel, 0, SECTOR);
            if (mbr == null || Short.toUnsignedInt(mbr.getShort(510)) != 0xAA55) {
                return found;
            }
            boolean protective = false;
            for (int i = 0; i < 4; i++) {
                int entry = MBR_ENTRIES + 16 * i;
                int type = Byte.toUnsignedInt(mbr.get(entry + 4));
                long start = Integer.toUnsignedLong(mbr.getInt(entry + 8)) * SECTOR;
                protective |= type == MBR_GPT_PROTECTIVE;
                if (type == MBR_LINUX && start > 0 && holdsExt(channel, start)) {
                    found.add(new Candidate(start, "MBR partition " + (i + 1)));
                }
            }
            if (protective) {
                for (int sectorSize : new int[] {512, 4096}) {
                    if (findInGpt(channel, sectorSize, found)) {
                        break;
                    }
                }
            }
            return found;
        }
    }

    /** Whether the file starts with the qcow2 magic: its bytes are a container, never to be edited as raw. */
    static boolean isQcow2(Path image) throws IOException {
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
            ByteBuffer head = read(channel, 0, 4);
            return head != null && head.order(ByteOrder.BIG_ENDIAN).getInt(0) == 0x514649FB;
        }
    }

    /**
     * The backing file named in a qcow2 image's header (resolved against the image's directory), or null when
     * it has none. Only the header is read: no qemu process.
     */
    static Path qcow2Backing(Path image) throws IOException {
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
            ByteBuffer header = read(channel, 0, 20);
            if (header == null) {
                return null;
            }
            header.order(ByteOrder.BIG_ENDIAN);
            long offset = header.getLong(8);
            int size = header.getInt(16);
            if (offset <= 0 || size <= 0 || size > 1023) { // qcow2 caps the name at 1023 bytes
                return null;
            }
            ByteBuffer name = read(channel, offset, size);
            if (name == null) {
                return null;
            }
            Path backing = Path.of(new String(name.array(), StandardCharsets.UTF_8));
            Path parent = image.toAbsolutePath().getParent();
            return parent == null ? backing : parent.resolve(backing);
        }
    }

    /** Why nothing was found, with a hint for formats we recognize but cannot edit. */
    static String notFoundMessage(Path image) throws IOException {
        String hint = "";
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
            ByteBuffer head = read(channel, 0, 4);
            if (head != null && head.order(ByteOrder.BIG_ENDIAN).getInt(0) == 0x514649FB) {
                hint = " (this is a qcow2 image: customize a raw image, or the raw file it is based on)";
            }
        }
        return "no ext4 file system found in " + image + hint + "; supported: " + SUPPORTED;
    }

    /** Adds the GPT partitions holding ext file systems; {@code false} if there is no GPT header at this sector size. */
    private static boolean findInGpt(FileChannel channel, int sectorSize, List<Candidate> found) throws IOException {
        ByteBuffer header = read(channel, sectorSize, 92);
        if (header == null || header.getLong(0) != GPT_SIGNATURE) {
            return false;
        }
        long entriesLba = header.getLong(72);
        long count = Integer.toUnsignedLong(header.getInt(80));
        long entrySize = Integer.toUnsignedLong(header.getInt(84));
        if (count > GPT_MAX_ENTRIES || entrySize < 128 || entrySize > 4096) {
            return true; // a damaged header: nothing trustworthy to find
        }
        ByteBuffer entries = read(channel, entriesLba * sectorSize, (int) (count * entrySize));
        if (entries == null) {
            return true;
        }
        for (int i = 0; i < count; i++) {
            int entry = (int) (i * entrySize);
            boolean used = entries.getLong(entry) != 0 || entries.getLong(entry + 8) != 0;
            long firstLba = entries.getLong(entry + 32);
            if (used && firstLba > 0 && firstLba < Long.MAX_VALUE / sectorSize
                    && holdsExt(channel, firstLba * sectorSize)) {
                found.add(new Candidate(firstLba * sectorSize, "GPT partition " + (i + 1) + " ("
                        + gptName(entries, entry) + ")"));
            }
        }
        return true;
    }

    private static String gptName(ByteBuffer entries, int entry) {
        byte[] name = new byte[72];
        entries.get(entry + 56, name);
        String text = new String(name, StandardCharsets.UTF_16LE);
        int end = text.indexOf('\0');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean holdsExt(FileChannel channel, long offset) throws IOException {
        ExtSuperblock superblock = ExtSuperblock.read(channel, offset);
        return superblock != null && superblock.isExt();
    }

    /** {@code length} bytes at {@code position}, little-endian, or {@code null} when the file is shorter. */
    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer;
    }
}
