package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topology-aware placement and the replication of an exported deployment at another site, end to end: file
 * storage, libvirt's test driver ({@code test:///node.xml}, vm-01..vm-04) and real ext4 images; the head office
 * and the branch are two repositories.
 */
class CliTopologyTest {
    @TempDir
    static Path shared;
    private static Path image;
    private static String nodeUri;

    @BeforeAll
    static void buildImageAndNode() throws IOException, InterruptedException {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp");
        Path tree = Files.createDirectories(shared.resolve("tree/etc"));
        Files.writeString(tree.resolve("hostname"), "template\n");
        image = ImageTools.ext4(tree.getParent(), shared.resolve("web.img"), "16M");
        nodeUri = "test://" + TestResources.copy("node.xml", shared.resolve("node.xml")).toAbsolutePath();
    }

    /** Storage nas, a host lab with four machines, the master web (x86_64) with its hostname item. */
    private static CliSite site(Path dir) throws IOException {
        CliSite site = new CliSite(dir.resolve("repo"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", Files.createDirectories(dir.resolve("nas")).toString());
        site.ok("host", "add", "lab", "--uri", nodeUri);
        return site;
    }

    private static void importWeb(CliSite site) {
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas", "--arch", "x86_64");
        site.ok("master", "item-add", "web", "--path", "/etc/hostname", "--content", "${hostname}\n", "--template");
    }

    /** Clone name to state and machine. */
    private static Map<String, String> clones(CliSite site) {
        Map<String, String> clones = new TreeMap<>();
        for (Object c : site.json("clone", "list").list("clones")) {
            clones.put(Json.string(c, "name"), Json.string(c, "state") + " " + Json.string(c, "machine"));
        }
        return clones;
    }

    @Test
    void placementGoesByTheRecordedReachAndSegments(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        importWeb(site);
        site.ok("storage", "add", "far", "--kind", "file", "--location", Files.createDirectories(temp.resolve("far")).toString());

        site.json("host", "reach", "lab", "--storage", "far").expect(List.of("far"), "reachableStorage")
                .expect("operator", "reachRecordedBy").expect(List.of(), "discoveredStorage");
        site.json("machine", "list").expect(List.of("far"), "machines", 0, "reachableStorage");
        site.fails(1, List.of("machine lab/vm-01 cannot boot a clone of master web", "image on: nas", "host lab reaches far"),
                "deploy", "web", "lab/vm-01");
        site.ok("clone", "web");
        site.fails(1, List.of("machine lab/vm-02 cannot boot clone web-01: it does not reach storage device nas"),
                "assign", "web-01", "lab/vm-02");
        site.fails(1, List.of("cannot boot a clone of master web"), "reassign", "lab/vm-02", "--to", "web");
        assertTrue(site.ok("host", "reach", "lab", "--clear").out().contains("every device counts as reachable"));

        site.json("master", "segment", "web", "--segment", "dmz").expect("dmz", "segment");
        site.json("master", "show", "web").expect("dmz", "requirements", "segment");
        // discovery recorded the libvirt network each machine is on
        site.json("machine", "list").expect(List.of("default"), "machines", 0, "segments")
                .expect("discovery", "machines", 0, "segmentsRecordedBy");
        site.fails(1, List.of("machine lab/vm-01 does not meet the requirements of master web",
                "not on network segment dmz (on default)"), "deploy", "web", "lab/vm-01");
        site.json("machine", "segment", "lab/vm-01", "--segment", "dmz", "--segment", "lan")
                .expect(List.of("dmz", "lan"), "segments").expect("operator", "segmentsRecordedBy")
                .expect(List.of("default"), "discoveredSegments");
        site.json("deploy", "web", "lab/vm-01", "--var", "lab/vm-01:hostname=w1").expect(Boolean.TRUE, "succeeded");
        site.fails(1, List.of("not on network segment dmz"), "migrate", "web-02", "lab/vm-03");
        assertEquals("OPERATIONAL/ACTIVE lab/vm-01", clones(site).get("web-02"), "migrate refused before it moved anything");
        site.ok("host", "refresh", "lab"); // discovery's own record is refreshed behind the operator's
        site.json("machine", "show", "lab/vm-01").expect(List.of("dmz", "lan"), "segments").expect(List.of("default"),
                "discoveredSegments");
        assertEquals("Machine lab/vm-01: on network segment(s) default (found by discovery; nothing recorded by the operator)",
                site.ok("machine", "segment", "lab/vm-01", "--clear").out().strip());

        // bad input: one line each, nothing recorded
        site.fails(2, List.of("--storage DEVICE", "--clear"), "host", "reach", "lab");
        site.fails(2, List.of("--storage DEVICE", "--clear"), "host", "reach", "lab", "--storage", "nas", "--clear");
        site.fails(1, List.of("unknown storage device 'nope' (known: nas, far)"), "host", "reach", "lab", "--storage", "nope");
        site.fails(1, List.of("unknown chassis 'rack'"), "chassis", "reach", "rack", "--storage", "nas");
        site.fails(1, List.of("invalid network segment name"), "machine", "segment", "lab/vm-02", "--segment", "../x");
        site.fails(1, List.of("unknown machine 'lab/vm-09'"), "machine", "segment", "lab/vm-09", "--segment", "dmz");
        site.json("host", "list").expect(List.of(), "hosts", 0, "reachableStorage");
    }

    /** The test node with a libvirt directory pool for each of {@code pools} (name to directory). */
    private static Path nodeWithPools(Path file, Map<String, Path> pools) throws IOException {
        StringBuilder xml = new StringBuilder();
        pools.forEach((name, directory) -> xml.append("<pool type=\"dir\"><name>").append(name)
                .append("</name><target><path>").append(directory).append("</path></target></pool>\n"));
        String node = Files.readString(shared.resolve("node.xml"));
        return Files.writeString(file, node.replace("</node>", xml + "</node>"));
    }

    @Test
    void eachHostRefreshRefreshesTheDiscoveredReachAndTheOperatorsRecordStandsOverIt(@TempDir Path temp) throws Exception {
        Path nas = Files.createDirectories(temp.resolve("nas"));
        Path far = Files.createDirectories(temp.resolve("far"));
        Path node = nodeWithPools(temp.resolve("node.xml"), Map.of("nas-pool", nas));
        CliSite site = new CliSite(temp.resolve("repo"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        site.json("host", "add", "lab", "--uri", "test://" + node.toAbsolutePath()).expect(List.of("nas"), "reachableStorage")
                .expect("discovery", "reachRecordedBy");

        // a device added later joins at the next refresh (before, only a cleared record let it in)
        site.ok("storage", "add", "far", "--kind", "file", "--location", far.toString());
        nodeWithPools(node, new TreeMap<>(Map.of("nas-pool", nas, "far-pool", far)));
        site.json("host", "refresh", "lab").expect(List.of("nas", "far"), "reachableStorage").expect("discovery", "reachRecordedBy");

        // the operator's record stands over it, and both are shown
        assertEquals("Host lab: reaches far (recorded by the operator; discovery found nas, far)",
                site.ok("host", "reach", "lab", "--storage", "far").out().strip());
        nodeWithPools(node, Map.of("nas-pool", nas)); // far's pool goes away
        site.json("host", "refresh", "lab").expect(List.of("far"), "reachableStorage").expect("operator", "reachRecordedBy")
                .expect(List.of("nas"), "discoveredStorage");
        assertEquals("Host lab: reaches nas (found by discovery; nothing recorded by the operator)",
                site.ok("host", "reach", "lab", "--clear").out().strip());
    }

    @Test
    void anExportedDeploymentIsReplicatedOntoAnotherRepository(@TempDir Path temp) throws Exception {
        CliSite hq = site(temp.resolve("hq"));
        importWeb(hq);
        hq.json("deploy", "web", "lab/vm-01", "lab/vm-02", "--var", "lab/vm-01:hostname=hq1", "--var", "lab/vm-02:hostname=hq2")
                .expect(Boolean.TRUE, "succeeded");
        hq.ok("clone", "web"); // web-03: on no machine, so not replicated
        Path archive = temp.resolve("branch.zip");
        hq.ok("archive", "export", archive.toString());

        CliSite branch = site(temp.resolve("branch"));
        String file = archive.toString();
        // bad input is refused before anything is imported
        branch.fails(2, List.of("--map web-01: expected CLONE=MACHINE"), "archive", "import", file, "--storage", "nas",
                "--replicate", "--map", "web-01");
        branch.fails(2, List.of("need --replicate"), "archive", "import", file, "--storage", "nas", "--dry-run");
        branch.fails(1, List.of("--map names clone nope, which the archive's snapshot does not hold"), "archive", "import",
                file, "--storage", "nas", "--replicate", "--map", "nope=lab/vm-02");
        branch.fails(1, List.of("unknown machine 'lab/vm-09'"), "archive", "import", file, "--storage", "nas", "--replicate",
                "--map", "web-01=lab/vm-09");
        assertEquals(0, branch.json("master", "list").list("masters").size(), "nothing imported");

        // the branch has masters and a machine busy with a clone of its own
        branch.ok("archive", "import", file, "--storage", "nas");
        branch.json("deploy", "web", "lab/vm-01", "--var", "lab/vm-01:hostname=own").expect(Boolean.TRUE, "succeeded");
        branch.fails(1, List.of("cannot map clone web-01 onto lab/vm-01: it holds clone web-01"), "archive", "import", file,
                "--storage", "nas", "--replicate", "--map", "web-01=lab/vm-01");

        // dry run: the mapping, nothing deployed
        Doc plan = branch.json("archive", "import", file, "--replicate", "--dry-run", "--var", "web-02:hostname=b2");
        plan.expect("web-01", "clones", 0, "clone").expect("lab/vm-02", "clones", 0, "machine")
                .expect("hq1", "clones", 0, "variables", "hostname")
                .expect("web-02", "clones", 1, "clone").expect("lab/vm-03", "clones", 1, "machine")
                .expect("b2", "clones", 1, "variables", "hostname")
                .expect("web-03", "clones", 2, "clone").expect(null, "clones", 2, "machine")
                .expect("it ran on no machine at default", "clones", 2, "notPlacedBecause");
        assertEquals(1, clones(branch).size(), "a dry run deploys nothing");
        CliRun text = branch.ok("archive", "import", file, "--replicate", "--dry-run", "--map", "web-02=lab/vm-04");
        assertTrue(text.out().contains("Dry run: 2 of 3 clone(s) of branch.zip would be deployed; not placed: web-03"), text::describe);
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("web-02") && l.contains("lab/vm-04") && l.contains("mapped")),
                text::describe);

        // the run: one journaled replicate, what cannot be placed listed on stderr (exit status 1)
        CliRun run = branch.run("archive", "import", file, "--storage", "nas", "--replicate", "--var", "web-02:hostname=b2");
        assertEquals(1, run.exitCode(), run::describe);
        assertEquals("encompass: clone web-03 not placed: it ran on no machine at default\n", run.err(), run::describe);
        assertTrue(run.out().contains("Replicated 2 of 3 clone(s) of branch.zip; not placed: web-03"), run::describe);
        Map<String, String> clones = clones(branch);
        assertEquals("OPERATIONAL/ACTIVE lab/vm-02", clones.get("web-02"), clones::toString);
        assertEquals("OPERATIONAL/ACTIVE lab/vm-03", clones.get("web-03"), clones::toString);
        assertEquals("b2\n", ImageTools.readInImage(temp.resolve("branch/nas/web-03.img"), "/etc/hostname"), "the --var value");
        assertEquals("hq1\n", ImageTools.readInImage(temp.resolve("branch/nas/web-02.img"), "/etc/hostname"), "the exported value");
        String history = branch.ok("history", "--limit", "100", "--json").out();
        assertTrue(history.contains("\"replicate\""), history);
    }

    @Test
    void replicationProposesNoMachineThatIsPoweredOnWithoutAClone(@TempDir Path temp) throws Exception {
        CliSite hq = site(temp.resolve("hq"));
        importWeb(hq);
        hq.json("deploy", "web", "lab/vm-01", "lab/vm-02", "--var", "lab/vm-01:hostname=hq1", "--var",
                "lab/vm-02:hostname=hq2").expect(Boolean.TRUE, "succeeded");
        Path archive = temp.resolve("hq.zip");
        hq.ok("archive", "export", archive.toString());

        // at the branch vm-01 runs something of its own (powered on, no clone of ours)
        String node = Files.readString(shared.resolve("node.xml"));
        int vm01 = node.indexOf("<name>vm-01</name>");
        int state = node.indexOf("<test:runstate>5</test:runstate>", vm01);
        Path branchNode = Files.writeString(temp.resolve("branch-node.xml"), node.substring(0, state)
                + "<test:runstate>1</test:runstate>" + node.substring(state + "<test:runstate>5</test:runstate>".length()));
        CliSite branch = new CliSite(temp.resolve("branch/repo"));
        branch.ok("storage", "add", "nas", "--kind", "file", "--location",
                Files.createDirectories(temp.resolve("branch/nas")).toString());
        branch.ok("host", "add", "lab", "--uri", "test://" + branchNode.toAbsolutePath());
        branch.json("machine", "list").expect("RUNNING", "machines", 0, "power");
        String file = archive.toString();

        // web-01 ran on vm-01, whose namesake here is powered on: it goes to the first idle machine
        branch.json("archive", "import", file, "--storage", "nas", "--replicate", "--dry-run")
                .expect("web-01", "clones", 0, "clone").expect("lab/vm-02", "clones", 0, "machine")
                .expect("web-02", "clones", 1, "clone").expect("lab/vm-03", "clones", 1, "machine");
        branch.fails(1, List.of("cannot map clone web-01 onto lab/vm-01: it is powered on (RUNNING) without a clone of this"
                + " site, so it runs something else; power it off first"), "archive", "import", file, "--storage", "nas",
                "--replicate", "--map", "web-01=lab/vm-01");
        assertEquals(0, branch.json("master", "list").list("masters").size(), "nothing imported");
    }

    @Test
    void aMachineThatReachesOnlyASeedCloneGetsItsCloneFromItOnThatDevice(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        importWeb(site);
        site.ok("storage", "add", "far", "--kind", "file", "--location", Files.createDirectories(temp.resolve("far")).toString());
        site.fails(2, List.of("--storage makes one seed clone"), "clone", "web", "--storage", "far", "--count", "2");
        site.fails(1, List.of("unknown storage device 'nope'"), "clone", "web", "--storage", "nope");

        // a seed: a pristine clone of web on far, a self-contained copy even though COW is asked for
        site.json("clone", "web", "--storage", "far", "--method", "cow").expect("web-01", "clones", 0, "name")
                .expect("far", "clones", 0, "storage").expect("SPARSE", "clones", 0, "method");
        site.json("host", "reach", "lab", "--storage", "far");
        site.json("deploy", "web", "lab/vm-01", "--var", "lab/vm-01:hostname=near").expect(Boolean.TRUE, "succeeded");
        Doc made = site.json("clone", "show", "web-02");
        made.expect("web", "master").expect("far", "storage").expect("OPERATIONAL/ACTIVE", "state");
        Path location = Path.of(made.string("location"));
        assertTrue(location.startsWith(temp.resolve("far")), location.toString());
        assertEquals("near\n", ImageTools.readInImage(location, "/etc/hostname"));
        assertEquals("template\n", ImageTools.readInImage(temp.resolve("far/web-01.img"), "/etc/hostname"), "the seed stays pristine");
        assertEquals("CLEAN/UNASSIGNED", site.state("web-01"));
        String history = site.ok("history", "--limit", "100", "--json").out();
        assertTrue(history.contains("copied from clone web-01"), history);

        // once the seed is used up (assigned), nothing on far is pristine: refused, saying how to seed
        site.ok("set-var", "web-01", "hostname=seed");
        site.ok("assign", "web-01", "lab/vm-02");
        site.fails(1, List.of("machine lab/vm-03 cannot boot a clone of master web", "nor a pristine clone of it",
                "encompass clone web --storage DEVICE"), "deploy", "web", "lab/vm-03");
    }

    /** The machine a clone is on and its device, by clone name. */
    private static Map<String, String> placed(CliSite site) {
        Map<String, String> placed = new TreeMap<>();
        for (Object c : site.json("clone", "list").list("clones")) {
            placed.put(Json.string(c, "name"), Json.string(c, "machine") + " " + Json.string(c, "storage"));
        }
        return placed;
    }

    private static String cloneOn(Map<String, String> placed, String machine, String master) {
        return placed.entrySet().stream().filter(e -> e.getKey().startsWith(master + "-0") && e.getValue().startsWith(machine + " "))
                .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(machine + " in " + placed));
    }

    @Test
    void reassignAndARolloutCloneFromASeedWhereTheMachinesReachOnlyThatDevice(@TempDir Path temp) throws Exception {
        // head office: host lab reaches nas (the masters); branch: host branch reaches far only
        CliSite site = site(temp);
        importWeb(site);
        site.ok("storage", "add", "far", "--kind", "file", "--location", Files.createDirectories(temp.resolve("far")).toString());
        site.ok("host", "add", "branch", "--uri", "test://" + TestResources.copy("node.xml", temp.resolve("branch.xml")).toAbsolutePath());
        site.ok("host", "reach", "lab", "--storage", "nas");
        site.ok("host", "reach", "branch", "--storage", "far");
        site.json("clone", "web", "--storage", "far").expect("web-01", "clones", 0, "name");
        site.json("deploy", "web", "lab/vm-01", "branch/vm-01", "--var", "lab/vm-01:hostname=hq",
                "--var", "branch/vm-01:hostname=br").expect(Boolean.TRUE, "succeeded");
        // reassign makes its fresh clone as deploy does: from the seed, on far
        String fresh = site.json("reassign", "branch/vm-02", "--to", "web", "--var", "hostname=br2").string("clone", "name");
        assertEquals("branch/vm-02 far", placed(site).get(fresh));

        // the update's new master is on nas, out of the branch's reach: refused before any machine moves
        site.json("update", "start", "web", "--on", "lab/vm-02", "--var", "hostname=maint");
        site.json("update", "capture").expect("web-v2", "newMaster");
        site.fails(1, List.of("cannot roll out upd-web-1: machine branch/vm-0", "cannot boot a clone of master web-v2",
                "image on: nas; host branch reaches far", "encompass clone web-v2 --storage DEVICE",
                "(and 1 more machine(s))"), "update", "rollout");
        site.json("update", "show").expect("CAPTURED", "phase").expect(List.of(), "machines");

        // seeded on far, the branch's machines get their new clones read from the seed, on far
        site.json("clone", "web-v2", "--storage", "far").expect("web-v2-01", "clones", 0, "name");
        site.json("update", "rollout").expect("ROLLED_OUT", "phase");
        Map<String, String> placed = placed(site);
        assertTrue(placed.get(cloneOn(placed, "lab/vm-01", "web-v2")).endsWith(" nas"), placed::toString);
        String branchClone = cloneOn(placed, "branch/vm-01", "web-v2");
        assertTrue(placed.get(branchClone).endsWith(" far"), placed::toString);
        assertTrue(placed.get(cloneOn(placed, "branch/vm-02", "web-v2")).endsWith(" far"), placed::toString);
        assertEquals("br\n", ImageTools.readInImage(Path.of(site.json("clone", "show", branchClone).string("location")),
                "/etc/hostname"), "the machine's variables carried over onto the clone read from the seed");
        assertEquals("CLEAN/UNASSIGNED", site.state("web-v2-01"), "the seed stays a seed");
        assertTrue(site.ok("history", "--limit", "100", "--json").out().contains("copied from clone web-v2-01"));
    }
}
