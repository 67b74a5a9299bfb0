package org.encompass.core.tests.customization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.zip.CRC32;

import org.encompass.tests.support.ImageTools;

/**
 * Builds the images the tests customize: a small Linux-like tree, as a directory, as a whole-disk ext4
 * made by {@code mkfs.ext4 -d}, and spliced into MBR and GPT partitioned disks written byte by byte
 * (sfdisk is not installed here, and writing the tables ourselves keeps the tests free of it).
 */
final class TestImages {

    static final int SECTOR = 512;
    static final long PARTITION_START = 1024 * 1024;
    static final long FS_SIZE = 8 * 1024 * 1024;

    static final String HOSTNAME = "template-host\n";
    static final String HOSTS = "127.0.0.1 localhost\n127.0.1.1 template-host\n::1 localhost\n";
    static final String NETWORK = "NETWORKING=yes\nHOSTNAME=template-host\nDOMAIN=example.org\n";
    static final byte[] LATIN1 = "caf\u00e9=1\n".getBytes(StandardCharsets.ISO_8859_1);

    private TestImages() {
    }

    /**
     * The template tree: {@code /etc/hostname} (mode 0640), {@code /etc/hosts}, {@code /etc/sysconfig/network},
     * a Latin-1 file, and the symbolic links {@code /etc/hosts.link -> hosts}, {@code /confdir -> etc} and
     * {@code /etc/escape -> <outside>} (an absolute link that leaves the image).
     */
    static Path tree(Path dir, Path outside) throws IOException {
        Files.createDirectories(dir.resolve("etc/sysconfig"));
        Files.createDirectories(dir.resolve("var/empty"));
        Files.writeString(dir.resolve("etc/hostname"), HOSTNAME);
        Files.setAttribute(dir.resolve("etc/hostname"), "unix:mode", 0640);
        Files.writeString(dir.resolve("etc/hosts"), HOSTS);
        Files.setAttribute(dir.resolve("etc/hosts"), "unix:mode", 0644);
        Files.writeString(dir.resolve("etc/sysconfig/network"), NETWORK);
        Files.setAttribute(dir.resolve("etc/sysconfig/network"), "unix:mode", 0600);
        Files.write(dir.resolve("etc/latin1.conf"), LATIN1);
        Files.createSymbolicLink(dir.resolve("etc/hosts.link"), Path.of("hosts"));
        Files.createSymbolicLink(dir.resolve("confdir"), Path.of("etc"));
        Files.createSymbolicLink(dir.resolve("etc/escape"), outside.toAbsolutePath());
        return dir;
    }

    /** A whole-disk ext4 image of {@code tree}. */
    static Path ext4(Path tree, Path image) throws IOException, InterruptedException {
        ImageTools.check("mkfs.ext4", "-q", "-F", "-d", tree.toString(), image.toString(), (FS_SIZE / 1024) + "k");
        return image;
    }

    /** A 16 MiB disk with an MBR whose first partition (type 0x83, at 1 MiB) holds {@code fs}. */
    static Path mbrDisk(Path fs, Path disk) throws IOException {
        ByteBuffer mbr = ByteBuffer.allocate(SECTOR).order(ByteOrder.LITTLE_ENDIAN);
        putMbrEntry(mbr, 0, 0x83, PARTITION_START / SECTOR, Files.size(fs) / SECTOR);
        mbr.putShort(510, (short) 0xAA55);
        writeDisk(disk, 16 * 1024 * 1024, mbr, 0);
        splice(fs, disk, PARTITION_START);
        return disk;
    }

    /**
     * A 24 MiB GPT disk: partition 1 holds {@code boot} (an ext4 without {@code /etc}), partition 2 holds
     * {@code root}; both in the Linux file system type. Headers and entries carry correct CRCs.
     */
    static Path gptDisk(Path boot, Path root, Path disk) throws IOException {
        long size = 24 * 1024 * 1024;
        long sectors = size / SECTOR;
        ByteBuffer mbr = ByteBuffer.allocate(SECTOR).order(ByteOrder.LITTLE_ENDIAN);
        putMbrEntry(mbr, 0, 0xEE, 1, Math.min(sectors - 1, 0xFFFFFFFFL));
        mbr.putShort(510, (short) 0xAA55);
        writeDisk(disk, size, mbr, 0);

        int entryCount = 128;
        int entrySize = 128;
        ByteBuffer entries = ByteBuffer.allocate(entryCount * entrySize).order(ByteOrder.LITTLE_ENDIAN);
        long bootStart = PARTITION_START / SECTOR;
        long rootStart = bootStart + FS_SIZE / SECTOR;
        putGptEntry(entries, 0, bootStart, bootStart + Files.size(boot) / SECTOR - 1, "boot");
        putGptEntry(entries, 1, rootStart, rootStart + Files.size(root) / SECTOR - 1, "root");
        CRC32 entriesCrc = new CRC32();
        entriesCrc.update(entries.array());

        ByteBuffer header = ByteBuffer.allocate(SECTOR).order(ByteOrder.LITTLE_ENDIAN);
        header.put("EFI PART".getBytes(StandardCharsets.US_ASCII));
        header.putInt(8, 0x00010000); // revision 1.0
        header.putInt(12, 92); // header size
        header.putLong(24, 1); // this header's LBA
        header.putLong(32, sectors - 1); // backup header's LBA (not written: readers here use the primary)
        header.putLong(40, 34); // first usable LBA
        header.putLong(48, sectors - 34); // last usable LBA
        putGuid(header, 56, UUID.randomUUID());
        header.putLong(72, 2); // entries start at LBA 2
        header.putInt(80, entryCount);
        header.putInt(84, entrySize);
        header.putInt(88, (int) entriesCrc.getValue());
        CRC32 headerCrc = new CRC32();
        headerCrc.update(header.array(), 0, 92);
        header.putInt(16, (int) headerCrc.getValue());
        writeAt(disk, header, SECTOR);
        writeAt(disk, entries, 2 * SECTOR);
        splice(boot, disk, bootStart * SECTOR);
        splice(root, disk, rootStart * SECTOR);
        return disk;
    }

    /** Copies {@code fs} into {@code disk} at {@code offset}, like {@code dd conv=notrunc seek=...}. */
    static void splice(Path fs, Path disk, long offset) throws IOException {
        try (FileChannel in = FileChannel.open(fs, StandardOpenOption.READ);
                FileChannel out = FileChannel.open(disk, StandardOpenOption.WRITE)) {
            long copied = 0;
            long size = in.size();
            while (copied < size) {
                copied += in.transferTo(copied, size - copied, out.position(offset + copied));
            }
            assertEquals(size, copied);
        }
    }

    private static void putMbrEntry(ByteBuffer mbr, int index, int type, long startLba, long sectors) {
        int entry = 446 + 16 * index;
        mbr.put(entry + 4, (byte) type);
        mbr.putInt(entry + 8, (int) startLba);
        mbr.putInt(entry + 12, (int) sectors);
    }

    private static void putGptEntry(ByteBuffer entries, int index, long firstLba, long lastLba, String name) {
        int entry = index * 128;
        putGuid(entries, entry, UUID.fromString("0FC63DAF-8483-4772-8E79-3D69D8477DE4")); // Linux file system
        putGuid(entries, entry + 16, UUID.randomUUID());
        entries.putLong(entry + 32, firstLba);
        entries.putLong(entry + 40, lastLba);
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        entries.put(entry + 56, utf16);
    }

    /** GPT stores the first three GUID fields little-endian, the rest as bytes. */
    private static void putGuid(ByteBuffer buffer, int offset, UUID uuid) {
        ByteBuffer big = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        byte[] b = big.array();
        byte[] mixed = {b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14],
                b[15]};
        buffer.put(offset, mixed);
    }

    private static void writeDisk(Path disk, long size, ByteBuffer firstSector, long offset) throws IOException {
        try (FileChannel out = FileChannel.open(disk, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.allocate(1), size - 1);
        }
        writeAt(disk, firstSector, offset);
    }

    private static void writeAt(Path disk, ByteBuffer data, long offset) throws IOException {
        try (FileChannel out = FileChannel.open(disk, StandardOpenOption.WRITE)) {
            ByteBuffer copy = data.duplicate().clear();
            while (copy.hasRemaining()) {
                out.write(copy, offset + copy.position());
            }
        }
    }
}
