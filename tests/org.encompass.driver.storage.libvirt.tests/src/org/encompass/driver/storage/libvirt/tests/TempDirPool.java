package org.encompass.driver.storage.libvirt.tests;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.driver.storage.libvirt.internal.PoolConnections;
import org.libvirt.Connect;
import org.libvirt.StoragePool;

/**
 * A dir pool on the real libvirt daemon ({@code qemu:///system}) in a directory of its own, defined,
 * built and started for a test, and destroyed, undefined and removed with its volumes afterwards.
 * Skips the test when no daemon runs here (start it with {@code releng/scripts/libvirtd.sh start}).
 */
final class TempDirPool implements AutoCloseable {
    static final String URI = "qemu:///system";

    final String name;
    final Path directory;
    private final StoragePool pool;

    private TempDirPool(String name, Path directory, StoragePool pool) {
        this.name = name;
        this.directory = directory;
        this.pool = pool;
    }

    static void assumeDaemon() {
        assumeTrue(Files.exists(Path.of("/var/run/libvirt/libvirt-sock")),
                "no libvirt daemon runs here (releng/scripts/libvirtd.sh start); real pool tests skipped");
    }

    static TempDirPool create() throws Exception {
        assumeDaemon();
        String name = "encompass-test-" + UUID.randomUUID().toString().substring(0, 8);
        return create(name, Files.createTempDirectory(name));
    }

    /** A pool over {@code directory} (which it removes when closed). */
    static TempDirPool in(Path parent) throws Exception {
        assumeDaemon();
        String name = "encompass-test-" + UUID.randomUUID().toString().substring(0, 8);
        return create(name, Files.createDirectories(parent.resolve(name)));
    }

    private static TempDirPool create(String name, Path directory) throws Exception {
        Connect connection = PoolConnections.shared().connect(URI);
        StoragePool pool = connection.storagePoolDefineXML("<pool type='dir'><name>" + name + "</name><target><path>"
                + directory + "</path></target></pool>", 0);
        pool.build(0);
        pool.create(0);
        return new TempDirPool(name, directory, pool);
    }

    StorageDeviceSpec device() {
        return new StorageDeviceSpec(name, "libvirt-pool", URI + "#" + name);
    }

    String location() {
        return URI + "#" + name;
    }

    /** Stops the pool but keeps it defined (to see the inactive-pool error). */
    void stop() throws Exception {
        pool.destroy();
    }

    @Override
    public void close() throws Exception {
        try {
            if (pool.isActive() == 1) {
                pool.destroy();
            }
        } finally {
            pool.undefine();
            deleteTree(directory);
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
