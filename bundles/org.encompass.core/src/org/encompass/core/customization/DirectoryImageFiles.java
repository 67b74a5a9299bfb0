package org.encompass.core.customization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An image's files as a plain directory tree (an unpacked or mounted image). Writes go to a temporary
 * file in the same directory, are synced, then renamed over the target, so a reader sees the old or the
 * new file, never a half-written one. Symbolic links inside the tree are followed only while they stay
 * inside it (an absolute link such as {@code /etc -> /usr/etc} would point at the host, so it is refused);
 * the target itself must not be a symbolic link. Extended attributes of a replaced file are not kept.
 */
public final class DirectoryImageFiles implements ImageFiles {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
    private static final int NEW_FILE_MODE = 0644;
    private static final int PERMISSION_BITS = 07777;

    private final Path root;

    public DirectoryImageFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("image directory " + root + " does not exist or is not a directory");
        }
        this.root = root.toRealPath();
    }

    @Override
    public String description() {
        return "directory " + root;
    }

    @Override
    public boolean exists(String path) throws IOException {
        Target target = locate(ImagePath.parse(path));
        return target.parentExists() && Files.exists(target.file(), NOFOLLOW);
    }

    @Override
    public byte[] read(String path) throws IOException {
        ImagePath imagePath = ImagePath.parse(path);
        Target target = locate(imagePath);
        if (!target.parentExists() || !Files.exists(target.file(), NOFOLLOW)) {
            throw new IOException(imagePath + " does not exist in " + description());
        }
        requireRegularFile(imagePath, target.file());
        return Files.readAllBytes(target.file());
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        ImagePath imagePath = ImagePath.parse(path);
        Target target = locate(imagePath);
        if (!target.parentExists()) {
            throw new IOException("directory " + imagePath.parent() + " does not exist in " + description()
                    + "; customization does not create directories");
        }
        boolean replacing = Files.exists(target.file(), NOFOLLOW);
        if (replacing) {
            requireRegularFile(imagePath, target.file());
        }
        Path temporary = Files.createTempFile(target.file().getParent(), ".encompass-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (replacing) {
                copyOwnerAndMode(target.file(), temporary);
            } else {
                Files.setAttribute(temporary, "unix:mode", NEW_FILE_MODE);
            }
            try {
                Files.move(temporary, target.file(), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + imagePath + " atomically in " + description(), e);
            }
            temporary = null;
            syncDirectory(target.file().getParent());
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    @Override
    public void delete(String path) throws IOException {
        ImagePath imagePath = ImagePath.parse(path);
        Target target = locate(imagePath);
        if (target.parentExists() && Files.exists(target.file(), NOFOLLOW)) {
            requireRegularFile(imagePath, target.file());
            Files.delete(target.file());
            syncDirectory(target.file().getParent());
        }
    }

    @Override
    public void close() {
        // nothing held open
    }

    /** Where a path lands on the host; {@code file} is only meaningful when {@code parentExists}. */
    private record Target(boolean parentExists, Path file) {
    }

    /**
     * Walks the parent directories one by one on their real paths, so a symbolic link anywhere on the way
     * is checked where it lands, before anything below it is looked at.
     */
    private Target locate(ImagePath path) throws IOException {
        Path directory = root;
        for (String segment : path.parentSegments()) {
            Path next = directory.resolve(segment);
            if (!Files.exists(next)) {
                return new Target(false, null);
            }
            directory = next.toRealPath();
            if (!directory.startsWith(root)) {
                throw new IOException("refused path " + path + ": " + imagePathOf(next)
                        + " is a symbolic link leading out of the image (to " + directory + ")");
            }
            if (!Files.isDirectory(directory)) {
                throw new IOException(imagePathOf(next) + " on the way to " + path + " is not a directory in "
                        + description());
            }
        }
        Path file = directory.resolve(path.name());
        if (Files.isSymbolicLink(file)) {
            throw new IOException("refused path " + path + ": it is a symbolic link (to "
                    + Files.readSymbolicLink(file) + "); customization does not write through symbolic links");
        }
        return new Target(true, file);
    }

    private String imagePathOf(Path hostPath) {
        Path relative = root.relativize(hostPath.normalize());
        return "/" + relative.toString();
    }

    private void requireRegularFile(ImagePath imagePath, Path file) throws IOException {
        if (!Files.isRegularFile(file, NOFOLLOW)) {
            throw new IOException(imagePath + " is not a regular file in " + description());
        }
    }

    /** Owner first: changing the owner clears set-user-ID bits, which the mode then restores. */
    private static void copyOwnerAndMode(Path from, Path to) throws IOException {
        for (String attribute : new String[] {"unix:uid", "unix:gid"}) {
            Object wanted = Files.getAttribute(from, attribute, NOFOLLOW);
            if (!wanted.equals(Files.getAttribute(to, attribute, NOFOLLOW))) {
                Files.setAttribute(to, attribute, wanted);
            }
        }
        int mode = (Integer) Files.getAttribute(from, "unix:mode", NOFOLLOW);
        Files.setAttribute(to, "unix:mode", mode & PERMISSION_BITS);
    }

    /** Makes the rename itself durable; best effort, as not every file system allows syncing a directory. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // the rename has happened; only its durability across a power loss is not guaranteed
        }
    }
}
