package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, as an operator would use it, against the real drivers: the file
 * storage driver on a temp directory and libvirt's in-process test driver ({@code test:///node.xml}
 * with vm-01..vm-04). Images are real raw ext4 file systems made by mkfs.ext4, and what
 * customization wrote into them is read back with e2cp. Every command is a separate {@link CliRun}
 * that opens and closes the repository, so each is also a restart.
 *
 * <p>Runs inside OSGi (tycho-surefire), where the drivers come through the extension registry.
 */
class CliEndToEndTest {
    private static final String HOSTNAME = "template\n";
    private static final String HOSTS = "127.0.0.1 localhost\n127.0.1.1 template\n";
    private static final String HOSTS_PATTERN = "127\\.0\\.1\\.1\\s+\\S+";

    @TempDir
    static Path shared;
    private static WebSite web;

    @BeforeAll
    static void buildImageAndNode() throws IOException, InterruptedException {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp");
        web = WebSite.prepare(shared, Map.of("hostname", HOSTNAME, "hosts", HOSTS));
        CliRun drivers = CliRun.run("drivers", "--json");
        assertEquals(0, drivers.exitCode(), drivers::describe);
        Set<String> kinds = new HashSet<>();
        for (Object driver : Doc.of(drivers).list("drivers")) {
            kinds.add(Json.string(driver, "type") + ":" + Json.string(driver, "kind"));
        }
        assertTrue(kinds.containsAll(List.of("storage:file", "hypervisor:libvirt")),
                () -> "the file storage and libvirt drivers must be installed\n" + drivers.describe());
    }

    /** Storage, a host with four machines, and the master "web" with its image. */
    private static CliSite site(Path temp) throws IOException {
        return web.site(temp);
    }

    @Test
    void deploysCustomizedClonesAndShowsTheSameStatesAfterARestart(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        Doc free = site.json("machine", "list", "--free");
        assertEquals(List.of("lab/vm-01", "lab/vm-02", "lab/vm-03", "lab/vm-04"), names(free.list("machines")), free::describe);
        free.expect("x86_64", "machines", 0, "architecture");

        site.json("master", "item-add", "web", "--path", "/etc/hostname", "--content", "${hostname}\n", "--template",
                "--description", "host name").expect(1L, "item", "number").expect(Boolean.TRUE, "item", "template");
        site.json("master", "item-add", "web", "--path", "/etc/hosts", "--pattern", HOSTS_PATTERN, "--replacement",
                "127.0.1.1 ${hostname}").expect(2L, "item", "number").expect("regex", "item", "type");

        Doc cloned = site.json("clone", "web", "--count", "3", "--method", "SPARSE");
        assertEquals(List.of("web-01", "web-02", "web-03"), names(cloned.list("clones")), cloned::describe);
        for (int i = 0; i < 3; i++) {
            cloned.expect("CLEAN/UNASSIGNED", "clones", i, "state").expect("SPARSE", "clones", i, "method");
        }

        for (int i = 1; i <= 3; i++) {
            String clone = "web-0" + i;
            String machine = "lab/vm-0" + i;
            site.json("set-var", clone, "hostname=web0" + i).expect("web0" + i, "variables", "hostname");
            site.json("assign", clone, machine).expect("CLEAN/ASSIGNED", "state").expect(machine, "machine")
                    .expect(2L, "customization", "pointer"); // assign applies every pending item
            site.json("attach", clone).expect("CLEAN/ATTACHED", "state");
            site.json("activate", clone).expect("OPERATIONAL/ACTIVE", "state").expect(machine, "machine");
        }

        site.json("deploy", "web", "lab/vm-04", "--var", "lab/vm-04:hostname=h4").expect(Boolean.TRUE, "succeeded")
                .expect("web-04", "outcomes", 0, "clone").expect("OPERATIONAL/ACTIVE", "outcomes", 0, "state");

        Map<String, String> hostnames = Map.of("web-01", "web01", "web-02", "web02", "web-03", "web03", "web-04", "h4");
        for (Map.Entry<String, String> expected : hostnames.entrySet()) {
            Path cloneImage = Path.of(site.json("clone", "show", expected.getKey()).string("location"));
            assertEquals(expected.getValue() + "\n", ImageTools.readInImage(cloneImage, "/etc/hostname"), expected.getKey());
            assertEquals("127.0.0.1 localhost\n127.0.1.1 " + expected.getValue() + "\n",
                    ImageTools.readInImage(cloneImage, "/etc/hosts"), expected.getKey());
        }
        assertEquals(HOSTNAME, ImageTools.readInImage(Path.of(site.json("master", "show", "web").string("location")),
                "/etc/hostname"), "the master itself is never customized");

        stagedCustomizationAndDestroy(site);

        Doc noneFree = site.json("machine", "list", "--free");
        assertTrue(noneFree.list("machines").isEmpty(), noneFree::describe);
        site.json("status").expect(4L, "clones", "byState", "OPERATIONAL", "ACTIVE").expect(4L, "machines", "used")
                .expect(0L, "journal", "interrupted");

        Doc history = site.json("history", "--target", "web-01");
        List<?> entries = history.list("entries");
        List<String> succeeded = entries.stream().filter(e -> "SUCCEEDED".equals(Json.string(e, "outcome")))
                .map(e -> Json.string(e, "operation")).toList();
        assertEquals(List.of("set-variables", "assign", "attach", "activate"), succeeded, history::describe);
        history.expect("OPERATIONAL/ACTIVE", "entries", entries.size() - 1, "stateAfter");
        Doc all = site.json("history", "--limit", "1000");
        List<Long> ids = all.list("entries").stream().map(e -> (Long) Json.at(e, "id")).toList();
        assertEquals(ids.stream().sorted().toList(), ids, () -> "history lists the newest last\n" + all.describe());

        // A restart: a new run opens the repository afresh and must report the same states.
        Map<String, String> before = states(site.json("clone", "list", "--all"));
        Doc restarted = site.json("clone", "list", "--all");
        Map<String, String> after = states(restarted);
        assertEquals(before, after, restarted::describe);
        assertEquals(Map.of("web-01", "OPERATIONAL/ACTIVE lab/vm-01", "web-02", "OPERATIONAL/ACTIVE lab/vm-02", "web-03",
                "OPERATIONAL/ACTIVE lab/vm-03", "web-04", "OPERATIONAL/ACTIVE lab/vm-04", "web-05", "DESTROYED null"),
                after, restarted::describe);
        CliRun text = site.ok("clone", "show", "web-01");
        assertTrue(text.out().contains("OPERATIONAL/ACTIVE") && text.out().contains("lab/vm-01")
                && text.out().contains("hostname=web01") && text.out().contains("[x] 2."), text::describe);
        site.json("reconfigure", "web-03").expect("MAINTENANCE/ACTIVE", "state");
        site.json("clone", "show", "web-03").expect(List.of("deactivate"), "allowed");
    }

    /** A fifth clone customized item by item and back, then destroyed: real bytes each step. */
    private static void stagedCustomizationAndDestroy(CliSite site) throws Exception {
        String clone = site.json("clone", "web").string("clones", 0, "name");
        assertEquals("web-05", clone);
        Path file = Path.of(site.json("clone", "show", clone).string("location"));
        site.ok("set-var", clone, "hostname=stage", "domain=example.org");
        site.ok("set-var", clone, "--unset", "domain");
        site.json("clone", "show", clone).expect(Map.of("hostname", "stage"), "variables");

        site.json("customize", "apply", clone, "--to", "1").expect(1L, "customization", "pointer");
        assertEquals("stage\n", ImageTools.readInImage(file, "/etc/hostname"));
        assertEquals(HOSTS, ImageTools.readInImage(file, "/etc/hosts"), "item 2 is not applied yet");
        site.json("customize", "apply", clone).expect(2L, "customization", "pointer");
        assertEquals("127.0.0.1 localhost\n127.0.1.1 stage\n", ImageTools.readInImage(file, "/etc/hosts"));
        CliRun shown = site.ok("clone", "show", clone);
        assertTrue(shown.out().contains("2 of 2 item(s) applied"), shown::describe);

        site.json("customize", "rollback", clone).expect(0L, "customization", "pointer");
        assertEquals(HOSTNAME, ImageTools.readInImage(file, "/etc/hostname"));
        assertEquals(HOSTS, ImageTools.readInImage(file, "/etc/hosts"));

        site.json("destroy", clone).expect("DESTROYED", "state");
        assertFalse(Files.exists(file), "destroy deletes the image " + file);
        Doc live = site.json("clone", "list");
        assertFalse(names(live.list("clones")).contains(clone),
                () -> "clone list hides destroyed clones without --all\n" + live.describe());
    }

    private static List<String> names(List<?> objects) {
        return objects.stream().map(o -> Json.string(o, "name")).toList();
    }

    private static Map<String, String> states(Doc clones) {
        Map<String, String> states = new TreeMap<>();
        for (Object clone : clones.list("clones")) {
            states.put(Json.string(clone, "name"), Json.string(clone, "state") + " " + Json.string(clone, "machine"));
        }
        return states;
    }

    @Test
    void refusesBadInputWithOneClearLineAndChangesNothing(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.ok("clone", "web");

        CliRun illegal = site.fails(1, List.of("activate", "web-01", "CLEAN/UNASSIGNED", "allowed: ", "assign"),
                "activate", "web-01");
        assertEquals("CLEAN/UNASSIGNED", site.state("web-01"), illegal::describe);

        site.fails(1, List.of("unknown machine 'lab/vm-99'", "lab/vm-01"), "assign", "web-01", "lab/vm-99");
        site.fails(1, List.of("unknown clone 'web-99'", "web-01"), "assign", "web-99", "lab/vm-01");
        assertEquals("CLEAN/UNASSIGNED", site.state("web-01"));
        Doc free = site.json("machine", "list", "--free");
        assertEquals(4, free.list("machines").size(), () -> "no machine was taken\n" + free.describe());

        site.fails(1, List.of("bad pattern", "RE2"), "master", "item-add", "web", "--path", "/etc/hosts", "--pattern",
                "([a-z", "--replacement", "x");
        site.fails(2, List.of("either a file replacement", "'encompass master item-add --help'"), "master", "item-add",
                "web", "--path", "/etc/hosts", "--content", "x", "--pattern", "y");
        site.fails(2, List.of("missing --path PATH"), "master", "item-add", "web", "--content", "x");
        site.fails(1, List.of("cannot read --content-file", "no such file"), "master", "item-add", "web", "--path",
                "/etc/motd", "--content-file", temp.resolve("missing.txt").toString());
        Doc master = site.json("master", "show", "web");
        assertEquals(0, master.list("items").size(), () -> "no item was added\n" + master.describe());

        site.fails(2, List.of("expected NAME=VALUE, not 'hostname'"), "set-var", "web-01", "hostname");
        site.fails(2, List.of("--var names machine lab/vm-02", "lab/vm-01"), "deploy", "web", "lab/vm-01", "--var",
                "lab/vm-02:hostname=x");
        site.fails(1, List.of("names a machine twice"), "deploy", "web", "lab/vm-01", "lab/vm-01");
        site.fails(1, List.of("cannot delete master web", "web-01"), "master", "delete", "web");
        site.fails(1, List.of("no journal entry #9999"), "journal", "retry", "9999");
        site.fails(2, List.of("unknown command 'frobnicate'"), "frobnicate");
        site.fails(2, List.of("unknown option --colour", "'encompass clone list --help'"), "clone", "list", "--colour");
        Doc clones = site.json("clone", "list");
        assertEquals(1, clones.list("clones").size(), () -> "the refused deploys cloned nothing\n" + clones.describe());

        Doc history = site.json("history", "--target", "web-01");
        assertTrue(history.list("entries").stream().anyMatch(e -> "activate".equals(Json.string(e, "operation"))
                && "FAILED".equals(Json.string(e, "outcome")) && Json.string(e, "message").contains("CLEAN/UNASSIGNED")),
                () -> "refusals are journaled\n" + history.describe());
    }

    @Test
    void anUnreachableHostIsNotAdded(@TempDir Path temp) {
        CliSite site = new CliSite(temp.resolve("repo"));
        site.fails(1, List.of("ghost"), "host", "add", "ghost", "--uri", "qemu+tcp://127.0.0.1:1/system");
        site.json("host", "list").expect(List.of(), "hosts");
        site.json("machine", "list").expect(List.of(), "machines");
        Doc journal = site.json("journal");
        int last = journal.list("entries").size() - 1;
        journal.expect("add-host", "entries", last, "operation").expect("FAILED", "entries", last, "outcome");
    }

    @Test
    void textOutputIsAlignedTables(@TempDir Path temp) throws IOException {
        CliSite site = site(temp);
        CliRun machines = site.ok("machine", "list");
        List<String> lines = new ArrayList<>(machines.out().lines().toList());
        assertEquals(5, lines.size(), machines::describe);
        int column = lines.get(0).indexOf("ARCH");
        for (String line : lines.subList(1, lines.size())) {
            assertEquals("x86_64", line.substring(column, column + 6), machines::describe);
        }
        CliRun masters = site.ok("master", "list");
        assertTrue(masters.out().startsWith("NAME") && masters.out().contains("web") && masters.out().contains("16 MiB"),
                masters::describe);
    }
}
