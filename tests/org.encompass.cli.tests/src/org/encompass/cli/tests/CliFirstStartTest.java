package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new repository opened by the command line starts with the console's defaults: local file storage,
 * libvirt's test host with eight machines and the demo master, which deploys at once. Once only: a
 * repository that exists is never seeded again. {@code ENCOMPASS_DEFAULTS} chooses or refuses them.
 */
class CliFirstStartTest {
    @TempDir
    Path temp;

    private Path data;

    @BeforeEach
    void tools() {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp");
        data = temp.resolve("repo");
    }

    private CliRun run(Map<String, String> environment, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        return CliRun.run(environment, all.toArray(String[]::new));
    }

    private static final Map<String, String> ALL = Map.of("ENCOMPASS_DEFAULTS", "all");

    @Test
    void aNewRepositoryHasTheDefaultsAndTheDemoMasterDeploysAtOnce() throws Exception {
        CliRun first = run(ALL, "status", "--json");
        assertEquals(0, first.exitCode(), first::describe);
        assertTrue(first.err().contains("set up with its defaults: storage local, host test, master demo"), first::describe);
        Doc status = Doc.of(first);
        status.expect(1L, "storageDevices").expect(1L, "hosts").expect(1L, "masters", "total");
        status.expect(8L, "machines", "total").expect(8L, "machines", "free");
        assertTrue(Files.isDirectory(data.resolve("storage")), "the local storage is the data directory's storage/");

        Doc demo = Doc.of(run(ALL, "master", "show", "demo", "--json"));
        assertEquals(2, demo.list("items").size(), demo::describe);
        Path master = Path.of(demo.string("location"));
        assertEquals("demo\n", ImageTools.readInImage(master, "/etc/hostname"));

        CliRun deploy = run(ALL, "deploy", "demo", "test/vm-01", "--json");
        assertEquals(0, deploy.exitCode(), deploy::describe);
        Doc.of(deploy).expect(Boolean.TRUE, "succeeded");
        Path clone = Path.of(Doc.of(run(ALL, "clone", "show", "demo-01", "--json")).string("location"));
        assertEquals("demo-01\n", ImageTools.readInImage(clone, "/etc/hostname"));
        assertEquals("127.0.0.1\tlocalhost\n127.0.1.1\tdemo-01\n", ImageTools.readInImage(clone, "/etc/hosts"));
        assertEquals("demo\n", ImageTools.readInImage(master, "/etc/hostname"), "the master itself is untouched");
    }

    @Test
    void theDefaultsAreSetUpOnceAndARemovedDemoStaysRemoved() {
        assertEquals(0, run(ALL, "status").exitCode());
        CliRun delete = run(ALL, "master", "delete", "demo");
        assertEquals(0, delete.exitCode(), delete::describe);
        CliRun again = run(ALL, "master", "list", "--json");
        assertEquals(0, again.exitCode(), again::describe);
        assertFalse(again.err().contains("defaults"), again::describe);
        assertEquals(0, present(Doc.of(again)), again::describe);
    }

    /** Masters not retired (a deleted master stays listed as retired). */
    private static long present(Doc masters) {
        return masters.list("masters").stream().filter(m -> Boolean.FALSE.equals(((Map<?, ?>) m).get("retired"))).count();
    }

    @Test
    void aRepositoryMadeEmptyIsNeverSeededLater() {
        CliRun empty = run(Map.of("ENCOMPASS_DEFAULTS", "none"), "status", "--json");
        Doc.of(empty).expect(0L, "storageDevices").expect(0L, "masters", "total");
        CliRun later = run(ALL, "status", "--json");
        Doc.of(later).expect(0L, "storageDevices").expect(0L, "hosts").expect(0L, "masters", "total");
        assertEquals("", later.err(), later::describe);
    }

    @Test
    void aListOfDefaultsLeavesOutTheOthers() {
        CliRun run = run(Map.of("ENCOMPASS_DEFAULTS", "storage, host"), "status", "--json");
        Doc.of(run).expect(1L, "storageDevices").expect(1L, "hosts").expect(0L, "masters", "total");
    }

    @Test
    void anUnknownDefaultIsAUsageErrorAndCreatesNothing() {
        CliRun run = run(Map.of("ENCOMPASS_DEFAULTS", "storage,blades"), "status");
        assertEquals(2, run.exitCode(), run::describe);
        assertEquals(1, run.err().lines().count(), run::describe);
        assertTrue(run.err().startsWith("encompass: ENCOMPASS_DEFAULTS: 'blades' is not a default"), run::describe);
        assertFalse(Files.exists(data), "nothing was created");
    }
}
