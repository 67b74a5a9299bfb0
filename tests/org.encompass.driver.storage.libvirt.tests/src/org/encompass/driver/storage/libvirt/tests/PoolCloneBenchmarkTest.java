package org.encompass.driver.storage.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.driver.storage.libvirt.internal.LibvirtPoolStorageDriver;
import org.encompass.tests.support.RawImages;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark figure for pools, not a test: one VOLUME_COPY and one COW clone of a 3 GiB sparse raw
 * master with 1 GiB of random data on the real daemon, beside {@code cp --sparse=always} of the same
 * file. Runs only with {@code ENCOMPASS_POOL_BENCH=1} in the environment (it writes gigabytes); prints
 * the table and writes it to {@code target/pool-bench.txt}.
 */
class PoolCloneBenchmarkTest {
    @TempDir
    Path temp;

    @Test
    void cloneA3GiBMaster() throws Exception {
        assumeTrue(System.getenv("ENCOMPASS_POOL_BENCH") != null, "set ENCOMPASS_POOL_BENCH=1 to run the pool benchmark");
        LibvirtPoolStorageDriver driver = new LibvirtPoolStorageDriver();
        try (TempDirPool pool = TempDirPool.create()) {
            Path source = RawImages.sparseSpread(temp.resolve("master.img"), 3072, 1024, 42);
            List<String> rows = new ArrayList<>();
            long start = System.nanoTime();
            ImageRef master = driver.importImage(pool.device(), source, ImageFormat.RAW, "master", null);
            rows.add(row("import (cp --sparse=always into the volume)", start));
            Shell.run("sync");

            Path reference = pool.directory.resolve("reference.img");
            start = System.nanoTime();
            Shell.run("cp", "--sparse=always", master.location(), reference.toString());
            rows.add(row("reference: cp --sparse=always of the master volume", start));
            Files.delete(reference);
            Shell.run("sync");
            start = System.nanoTime();
            Shell.run("cp", "--sparse=always", master.location(), reference.toString());
            Shell.run("sync"); // libvirt syncs its copy to disk before it returns
            rows.add(row("reference: the same cp, then sync", start));
            Files.delete(reference);
            Shell.run("sync");

            start = System.nanoTime();
            ImageRef copy = driver.cloneImage(pool.device(), master, "copy", CloneMethod.VOLUME_COPY, null);
            rows.add(row("VOLUME_COPY (storageVolCreateXMLFrom, allocation 0)", start));
            long allocated = Shell.allocatedBytes(Path.of(copy.location()));
            rows.add(String.format(Locale.ROOT, "  copy allocated %d MiB of %d MiB", allocated >> 20,
                    Files.size(Path.of(copy.location())) >> 20));

            start = System.nanoTime();
            ImageRef cow = driver.cloneImage(pool.device(), master, "cow", CloneMethod.COW, null);
            rows.add(row("COW (qcow2 volume with the master as backing store)", start));

            assertEquals(RawImages.sha256(source), RawImages.sha256(Path.of(copy.location())));
            driver.deleteImage(pool.device(), cow);
            driver.deleteImage(pool.device(), copy);
            driver.deleteImage(pool.device(), master);
            String table = "libvirt pool clones of a 3 GiB sparse raw master with 1 GiB of random data (qemu:///system, dir pool)\n"
                    + String.join("\n", rows) + "\n";
            System.out.println(table);
            Files.writeString(Path.of("target", "pool-bench.txt"), table);
        }
    }

    private static String row(String what, long startNanos) {
        return String.format(Locale.ROOT, "%-55s %7.2f s", what, (System.nanoTime() - startNanos) / 1e9);
    }
}
