package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code discover}, {@code conflicts}, {@code conflict resolve} and {@code credentials} end to end,
 * against libvirt's in-process test driver. Its node file is read afresh by every connection, so
 * editing the file between runs is the physical world changing behind Encompass's back.
 */
class CliDiscoveryTest {
    private static final String PASSWORD = "cli-Secret-77123";

    private static String edit(Path node, String from, String to) throws Exception {
        String text = Files.readString(node);
        assertTrue(text.contains(from), from);
        Files.writeString(node, text.replace(from, to));
        return text;
    }

    private static Map<?, ?> machine(Doc machines, String name) {
        return machines.list("machines").stream().map(m -> (Map<?, ?>) m).filter(m -> name.equals(m.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError(name + " missing\n" + machines.describe()));
    }

    @Test
    void everyDiscoveryMessageIsDefinedAndQuotedTheNlsWay() throws Exception {
        for (java.lang.reflect.Field field : org.encompass.cli.internal.DiscoveryMessages.class.getFields()) {
            String value = (String) field.get(null);
            assertTrue(value != null && !value.startsWith("NLS missing message"), field.getName());
            boolean bound = value.contains("{0}");
            assertFalse(bound ? value.replace("''", "").contains("'") : value.contains("''"), field.getName() + ": " + value);
        }
    }

    @Test
    void discoveryReconcilesChangesAndTheOperatorResolvesConflicts(@TempDir Path temp) throws Exception {
        Path node = TestResources.copy("node.xml", temp.resolve("node.xml"));
        String uri = "test://" + node.toAbsolutePath();
        CliSite site = new CliSite(temp.resolve("repo"));
        site.json("host", "add", "lab", "--uri", uri).expect(4L, "machines");

        site.json("discover").expect(Boolean.TRUE, "hosts", 0, "reachable").expect(4L, "hosts", 0, "machines")
                .expect(0L, "hosts", 0, "added").expect(0L, "hosts", 0, "conflicts").expect(0L, "openConflicts");

        // the world changes: vm-02 gets another MAC, vm-04 is gone, vm-05 is new
        edit(node, "52:54:00:e1:00:02", "52:54:00:e1:00:99");
        String text = Files.readString(node);
        int start = text.indexOf("<domain type=\"test\">\n    <name>vm-04</name>");
        int end = text.indexOf("</domain>", start) + "</domain>".length();
        String vm04 = text.substring(start, end);
        Files.writeString(node, text.replace(vm04, vm04.replace("vm-04", "vm-05").replace("1904", "1905")
                .replace("52:54:00:e1:00:04", "52:54:00:e1:00:05")));

        CliRun textRun = site.ok("discover");
        assertTrue(textRun.out().contains("Discovered 1 hosts (1 reachable): 4 machines reported, 1 new, 1 vanished, 1 new conflicts."),
                textRun::describe);
        assertTrue(textRun.out().contains("1 open conflicts"), textRun::describe);

        Doc machines = site.json("machine", "list");
        assertEquals(Boolean.FALSE, machine(machines, "lab/vm-04").get("reachable"), machines::describe);
        assertEquals(Boolean.TRUE, machine(machines, "lab/vm-05").get("reachable"), machines::describe);
        assertEquals(List.of("52:54:00:e1:00:02"), machine(machines, "lab/vm-02").get("macs"), "kept until resolved");

        Doc conflicts = site.json("conflicts");
        conflicts.expect(1L, "conflicts", 0, "id").expect("mac-mismatch", "conflicts", 0, "kind")
                .expect("lab/vm-02", "conflicts", 0, "subject").expect("52:54:00:e1:00:99", "conflicts", 0, "discoveredValue");
        assertTrue(site.ok("conflict", "list").out().contains("mac-mismatch"));

        site.fails(2, List.of("--accept-discovered", "--keep-model"), "conflict", "resolve", "1");
        site.fails(1, List.of("no conflict #99"), "conflict", "resolve", "99", "--keep-model");
        site.json("conflict", "resolve", "1", "--accept-discovered").expect("accept-discovered", "resolution")
                .expect(Boolean.TRUE, "resolved");
        assertEquals(List.of("52:54:00:e1:00:99"), machine(site.json("machine", "list"), "lab/vm-02").get("macs"));
        site.fails(1, List.of("conflict #1 was resolved already"), "conflict", "resolve", "1", "--keep-model");
        assertEquals(0, site.json("conflicts").list("conflicts").size());
        site.json("conflicts", "--all").expect("accept-discovered", "conflicts", 0, "resolution");
        site.json("discover").expect(0L, "openConflicts").expect(0L, "hosts", 0, "conflicts");

        String history = site.ok("history", "--limit", "100", "--json").out();
        assertTrue(history.contains("\"discover\"") && history.contains("\"resolve-conflict\""), history);

        // the host goes away: discovery says so, marks its machines unreachable, and still succeeds
        Files.delete(node);
        Doc down = site.json("discover").expect(Boolean.FALSE, "hosts", 0, "reachable");
        assertTrue(down.string("hosts", 0, "error").contains(uri), down::describe);
        assertEquals(Boolean.FALSE, machine(site.json("machine", "list"), "lab/vm-01").get("reachable"));
        site.json("host", "list").expect(Boolean.FALSE, "hosts", 0, "reachable");
    }

    @Test
    void credentialsAreStoredInSecureStorageAndTheirPasswordAppearsNowhereElse(@TempDir Path temp) throws Exception {
        Path node = TestResources.copy("node.xml", temp.resolve("node.xml"));
        String uri = "test://" + node.toAbsolutePath();
        String before = System.getProperty("encompass.secure.storage");
        InputStream stdin = System.in;
        System.setProperty("encompass.secure.storage", temp.resolve("secure").toString());
        try {
            CliSite site = new CliSite(temp.resolve("repo"));
            site.fails(2, List.of("--password-stdin"), "credentials", "set", uri, "--user", "admin");
            System.setIn(new ByteArrayInputStream(new byte[0]));
            site.fails(2, List.of("no password on standard input"), "credentials", "set", uri, "--user", "admin",
                    "--password-stdin");

            System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
            CliRun set = site.ok("credentials", "set", uri, "--user", "admin", "--password-stdin");
            assertTrue(set.out().contains("admin"), set::describe);
            site.json("credentials", "list").expect(uri, "credentials", 0, "uri").expect("admin", "credentials", 0, "user");

            // connecting uses them (the test driver needs none, so this proves they do not get in the way)
            List<CliRun> runs = List.of(set, site.ok("credentials", "list"), site.ok("host", "add", "lab", "--uri", uri),
                    site.ok("discover"), site.ok("host", "refresh", "lab"), site.ok("history", "--json", "--limit", "100"),
                    site.ok("status", "--json"));
            for (CliRun run : runs) {
                assertFalse(run.out().contains(PASSWORD) || run.err().contains(PASSWORD), run::describe);
            }
            try (Stream<Path> files = Files.walk(temp.resolve("repo"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    assertFalse(bytes.contains(PASSWORD), file + " (repository, journal or log) holds the password");
                }
            }
            for (Path file : Files.list(temp.resolve("secure")).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(PASSWORD), file + " in clear");
            }

            CliRun refused = site.fails(1, List.of("carries a password", "credentials set"), "host", "add", "leaky", "--uri",
                    "qemu+tcp://admin:" + PASSWORD + "@kvm1/system");
            assertFalse(refused.err().contains(PASSWORD), refused::describe);
            assertFalse(site.ok("history", "--json", "--limit", "100").out().contains(PASSWORD));

            site.json("credentials", "clear", uri).expect(Boolean.TRUE, "cleared");
            site.json("credentials", "clear", uri).expect(Boolean.FALSE, "cleared");
            assertTrue(site.ok("credentials", "list").out().contains("No credentials are stored."));
        } finally {
            System.setIn(stdin);
            if (before == null) {
                System.clearProperty("encompass.secure.storage");
            } else {
                System.setProperty("encompass.secure.storage", before);
            }
        }
    }
}
