package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository made before the model gained discovery conflicts and storage reachability still opens:
 * its tables get the new columns before CDO reads them (CDO 4.7 never adds columns itself).
 */
class CliOlderRepositoryTest {

    /**
     * A previous version left no record of the upgrades its tables had (the persistence bundle's file
     * SchemaUpgrades.DERBY_MARKER_FILE in the database's directory), so an open checks them.
     */
    private static void withoutSchemaMarker(Path repository) throws java.io.IOException {
        Files.delete(repository.resolve("db/encompass-schema-upgrades"));
    }

    @Test
    void aRepositoryFromBeforeDiscoveryOpensAndIsDiscovered(@TempDir Path temp) throws Exception {
        Path node = TestResources.copy("node.xml", temp.resolve("node.xml"));
        CliSite site = new CliSite(temp.resolve("repo"));
        Path nas = Files.createDirectories(temp.resolve("nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        site.ok("host", "add", "lab", "--uri", "test://" + node.toAbsolutePath());

        // make its tables what the previous version made: without the columns of the new features
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName(temp.resolve("repo/db").toString());
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (String drop : List.of("MODEL_SITE DROP COLUMN CONFLICTS", "MODEL_SITE DROP COLUMN NEXTCONFLICTID",
                    "MODEL_STORAGEDEVICE DROP COLUMN REACHABLE", "MODEL_STORAGEDEVICE DROP COLUMN LASTSEEN",
                    "MODEL_JOURNALENTRY DROP COLUMN RETRIEDBY", "MODEL_SITE DROP COLUMN UPDATES",
                    "MODEL_HYPERVISORHOST DROP COLUMN DISCOVEREDSTORAGE", "MODEL_VIRTUALMACHINE DROP COLUMN DISCOVEREDSEGMENTS")) {
                statement.executeUpdate("ALTER TABLE " + drop);
            }
        }
        database.setShutdownDatabase("shutdown");
        SQLException down = assertThrows(SQLException.class, database::getConnection);
        assertEquals("08006", down.getSQLState(), down::getMessage);
        withoutSchemaMarker(temp.resolve("repo"));

        site.json("storage", "list").expect("nas", "storageDevices", 0, "name");
        site.json("discover").expect(Boolean.TRUE, "hosts", 0, "reachable").expect(Boolean.TRUE, "storageDevices", 0, "reachable");
        site.json("conflicts").expect(List.of(), "conflicts");
        site.json("history").expect(0L, "entries", 0, "retriedBy"); // old journal rows read the new link as none
        site.json("update", "list").expect(List.of(), "updates"); // the site's new list of service updates reads empty
        site.json("host", "list").expect(List.of(), "hosts", 0, "discoveredStorage"); // the host's discovered reach reads none
        // the machines' discovered segments have a column of their own again, which a host refresh fills
        site.ok("host", "refresh", "lab");
        site.json("machine", "list").expect(List.of("default"), "machines", 0, "discoveredSegments")
                .expect("discovery", "machines", 0, "segmentsRecordedBy");
    }

    /**
     * A repository of the version that kept file contents in the repository, with the tester's 50 MiB content: on
     * its first start the content moves to the master's storage device and the repository keeps its digest and size.
     */
    @Test
    void contentsKeptInTheRepositoryMoveToTheStorageDeviceOnTheFirstStart(@TempDir Path temp) throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp");
        Path tree = Files.createDirectories(temp.resolve("tree/etc"));
        Files.writeString(tree.resolve("hostname"), "template\n");
        Path image = ImageTools.ext4(tree.getParent(), temp.resolve("web.img"), "96M");
        CliSite site = new CliSite(temp.resolve("repo"));
        Path nas = Files.createDirectories(temp.resolve("nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas");
        site.ok("master", "item-add", "web", "--path", "/etc/motd", "--content", "placeholder");
        try (var stored = Files.list(nas.resolve("contents"))) {
            for (Path file : stored.toList()) {
                Files.delete(file);
            }
        }
        String old = "kept in the repository by the previous version \u2713\n".repeat(1_000_000); // about 50 MiB
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName(temp.resolve("repo/db").toString());
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                var update = connection.prepareStatement("UPDATE MODEL_FILEREPLACEMENT SET CONTENT = ?")) {
            update.setString(1, old);
            assertEquals(true, update.executeUpdate() > 0);
            statement.executeUpdate("ALTER TABLE MODEL_FILEREPLACEMENT DROP COLUMN CONTENTSHA256");
            statement.executeUpdate("ALTER TABLE MODEL_FILEREPLACEMENT DROP COLUMN CONTENTSIZE");
        }
        database.setShutdownDatabase("shutdown");
        SQLException down = assertThrows(SQLException.class, database::getConnection);
        assertEquals("08006", down.getSQLState(), down::getMessage);
        withoutSchemaMarker(temp.resolve("repo"));

        byte[] bytes = old.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        site.json("master", "show", "web").expect(sha, "items", 0, "contentSha256").expect((long) bytes.length, "items", 0, "contentBytes");
        assertEquals(old, Files.readString(nas.resolve("contents").resolve(sha)), "moved to the storage device");
        database.setShutdownDatabase(null);
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM MODEL_FILEREPLACEMENT WHERE CONTENT IS NOT NULL"
                        + " AND CDO_REVISED = 0")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "the repository no longer holds the content");
        } finally {
            database.setShutdownDatabase("shutdown");
            assertThrows(SQLException.class, database::getConnection);
        }
        site.ok("clone", "web");
        site.ok("customize", "apply", "web-01");
        Path cloneImage = Path.of(site.json("clone", "show", "web-01").string("location"));
        assertEquals(old, ImageTools.readInImage(cloneImage, "/etc/motd"));
    }
}
