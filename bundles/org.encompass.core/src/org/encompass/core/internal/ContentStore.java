package org.encompass.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.SoftReference;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.encompass.core.EncompassException;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.StorageDeviceSpec;

/**
 * File-replacement contents on a storage device, beside the images of its masters: one file per content in
 * the driver's {@link org.encompass.core.spi.StorageDriver#contentDirectory content directory}, named by the
 * lowercase hex SHA-256 of its UTF-8 bytes. A content is written to a hidden temporary file, forced to disk and
 * renamed, so a crash never leaves a half-written content under its digest. Every read checks the size and the
 * digest the repository recorded: a missing or changed file is refused with a clear reason, never applied.
 */
public final class ContentStore {
    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMPORARY_SUFFIX = ".tmp";
    /** A content younger than this is never swept: an item-add of another process may not have committed yet. */
    static final Duration SWEEP_GRACE = Duration.ofMinutes(10);

    /**
     * Contents read and verified, shared while in use (a deploy of many clones reads each once); read again when
     * the file's size or modification time is no longer what it was when it was checked.
     */
    private static final Map<Path, SoftReference<Verified>> VERIFIED = new ConcurrentHashMap<>();

    private record Verified(String content, long size, FileTime modified) {
    }

    /** What the repository records of a stored content. */
    public record Stored(String sha256, long size) {
    }

    private final StorageDeviceSpec device;
    private final Path directory;

    private ContentStore(StorageDeviceSpec device, Path directory) {
        this.device = device;
        this.directory = directory;
    }

    /** The store of {@code device}, or {@code null} when its driver keeps no contents (they stay in the repository). */
    public static ContentStore of(StorageDeviceSpec device) {
        if (device == null) {
            return null;
        }
        try {
            Path directory = Drivers.storage().driver(device.kind()).contentDirectory(device);
            return directory == null ? null : new ContentStore(device, directory);
        } catch (DriverException e) {
            throw new EncompassException("storage " + device.name() + " cannot keep file contents: " + e.getMessage(), e);
        }
    }

    /** Digest and size of {@code content}'s UTF-8 bytes, as the repository records them. */
    public static Stored describe(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new Stored(sha256(bytes), bytes.length);
    }

    /** Stores {@code content} (UTF-8) under its digest, durably; an intact copy already there is kept. */
    public Stored put(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Stored stored = new Stored(sha256(bytes), bytes.length);
        Path target = file(stored.sha256());
        if (intact(target, stored)) {
            touch(target); // a sweep running now sees it as new
            return stored;
        }
        Path temporary = directory.resolve("." + stored.sha256() + "." + UUID.randomUUID() + TEMPORARY_SUFFIX);
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceDirectory();
            return stored;
        } catch (IOException e) {
            throw new EncompassException("cannot store the content (" + stored.size() + " bytes) on storage " + device.name()
                    + " (" + directory + "): " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // a hidden leftover that no digest names; the sweep removes it
            }
        }
    }

    /**
     * The content recorded as {@code sha256} and {@code size}, checked against both. {@code what} names the item
     * in the refusal ("item 2 (/etc/motd) of master web").
     */
    public String read(String sha256, long size, String what) {
        Path file = file(sha256);
        SoftReference<Verified> cached = VERIFIED.get(file);
        Verified known = cached == null ? null : cached.get();
        if (known != null && known.size() == size && known.modified().equals(modified(file))) {
            return known.content();
        }
        FileTime modified = modified(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, size + 1));
        } catch (NoSuchFileException e) {
            throw new EncompassException("the content of " + what + " is missing: storage " + device.name() + " has no "
                    + file + " (sha256 " + sha256 + ", " + size + " bytes)");
        } catch (IOException e) {
            throw new EncompassException("cannot read the content of " + what + " from " + file + ": " + e.getMessage(), e);
        }
        String actual = sha256(bytes);
        if (bytes.length != size || !actual.equals(sha256)) {
            throw new EncompassException("the content of " + what + " on storage " + device.name() + " (" + file
                    + ") was changed: it has " + (bytes.length > size ? "more than " + size : bytes.length)
                    + " bytes with sha256 " + actual + ", the repository recorded " + size + " bytes with sha256 " + sha256);
        }
        String content = new String(bytes, StandardCharsets.UTF_8);
        if (modified != null) {
            VERIFIED.put(file, new SoftReference<>(new Verified(content, size, modified)));
        }
        return content;
    }

    /** The digests of the contents this store holds. */
    public Set<String> digests() {
        Set<String> digests = new TreeSet<>();
        if (!Files.isDirectory(directory)) {
            return digests;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (DIGEST.matcher(name).matches()) {
                    digests.add(name);
                }
            }
        } catch (IOException e) {
            throw new EncompassException("cannot list the contents of storage " + device.name() + " (" + directory + "): "
                    + e.getMessage(), e);
        }
        return digests;
    }

    /**
     * Deletes the contents (and leftover temporary files) not in {@code referenced} that are older than
     * {@link #SWEEP_GRACE}; returns how many contents it deleted.
     */
    public int sweep(Set<String> referenced) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        Instant before = Instant.now().minus(SWEEP_GRACE);
        int deleted = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean content = DIGEST.matcher(name).matches();
                boolean leftover = name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX);
                if ((content && !referenced.contains(name) || leftover) && olderThan(entry, before)) {
                    Files.deleteIfExists(entry);
                    VERIFIED.remove(entry);
                    deleted += content ? 1 : 0;
                }
            }
        } catch (IOException e) {
            throw new EncompassException("cannot remove unused contents of storage " + device.name() + " (" + directory
                    + "): " + e.getMessage(), e);
        }
        return deleted;
    }

    /** The file of a content; only a well-formed digest names one, so no recorded value can point elsewhere. */
    public Path file(String sha256) {
        if (sha256 == null || !DIGEST.matcher(sha256).matches()) {
            throw new EncompassException("not a content digest: " + org.encompass.core.Quoted.of(sha256));
        }
        return directory.resolve(sha256);
    }

    public StorageDeviceSpec device() {
        return device;
    }

    private static boolean olderThan(Path file, Instant instant) throws IOException {
        return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(instant);
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // only the sweep's grace depends on it
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean intactSize(Path file, long size) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == size;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean intact(Path file, Stored stored) {
        if (!intactSize(file, stored.size())) {
            return false;
        }
        try {
            read(stored.sha256(), stored.size(), "a content being stored again");
            return true;
        } catch (EncompassException e) {
            return false; // changed on disk: written anew
        }
    }

    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system lets a directory be opened; the rename itself is atomic
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
