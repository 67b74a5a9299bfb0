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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository made before the model gained discovery conflicts and storage reachability still opens:
 * its tables get the new columns before CDO reads them (CDO 4.7 never adds columns itself).
 */
class CliOlderRepositoryTest {

    @Test
    void aRepositoryFromBeforeDiscoveryOpensAndIsDiscovered(@TempDir Path temp) throws Exception {
        Path node = Tools.resource("node.xml", temp.resolve("node.xml"));
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
                    "MODEL_JOURNALENTRY DROP COLUMN RETRIEDBY", "MODEL_SITE DROP COLUMN UPDATES")) {
                statement.executeUpdate("ALTER TABLE " + drop);
            }
        }
        database.setShutdownDatabase("shutdown");
        SQLException down = assertThrows(SQLException.class, database::getConnection);
        assertEquals("08006", down.getSQLState(), down::getMessage);

        site.json("storage", "list").expect("nas", "storageDevices", 0, "name");
        site.json("discover").expect(Boolean.TRUE, "hosts", 0, "reachable").expect(Boolean.TRUE, "storageDevices", 0, "reachable");
        site.json("conflicts").expect(List.of(), "conflicts");
        site.json("history").expect(0L, "entries", 0, "retriedBy"); // old journal rows read the new link as none
        site.json("update", "list").expect(List.of(), "updates"); // the site's new list of service updates reads empty
    }
}
