package org.encompass.tests.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A 512 MiB XFS made with {@code mkfs.xfs -m reflink=1} in a temporary file and loop-mounted, for the reflink
 * tests. Needs root: without it, or when the loop mount fails, the calling test is skipped with the reason.
 */
public final class LoopXfs implements AutoCloseable {
    private final Path image;
    private final Path mountPoint;

    private LoopXfs(Path image, Path mountPoint) {
        this.image = image;
        this.mountPoint = mountPoint;
    }

    /** Makes and mounts the file system; {@code prefix} names its temporary image and mount point. */
    public static LoopXfs mount(String prefix) throws IOException, InterruptedException {
        assumeTrue("0".equals(Shell.run("id", "-u").strip()), "loop-mounting XFS needs root; skipped");
        Path image = Files.createTempFile(prefix + "-", ".img");
        Path mountPoint = null;
        try {
            Shell.run("truncate", "-s", "512M", image.toString());
            Shell.run("mkfs.xfs", "-q", "-f", "-m", "reflink=1", image.toString());
            mountPoint = Files.createTempDirectory(prefix + "-mnt-");
            Shell.run("mount", "-o", "loop", image.toString(), mountPoint.toString());
            return new LoopXfs(image, mountPoint);
        } catch (IOException e) {
            if (mountPoint != null) {
                Files.deleteIfExists(mountPoint);
            }
            Files.deleteIfExists(image);
            assumeTrue(false, "cannot loop-mount XFS here; skipped: " + e.getMessage());
            throw e; // not reached
        }
    }

    public Path mountPoint() {
        return mountPoint;
    }

    /** Unmounts it and deletes the mount point and the image. */
    @Override
    public void close() throws IOException, InterruptedException {
        Shell.run("umount", mountPoint.toString());
        Files.deleteIfExists(mountPoint);
        Files.deleteIfExists(image);
    }
}
