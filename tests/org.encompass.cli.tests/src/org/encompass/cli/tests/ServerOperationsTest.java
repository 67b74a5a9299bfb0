package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.encompass.core.credentials.CredentialStore;
import org.encompass.server.Role;
import org.encompass.server.internal.UserFile;
import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository server runs EVERY operation a client asks for, not only the lifecycle transitions: deploy, update
 * start/apply/capture/rollout/finish, discovery, storage registration and imports (of a file on the server's host)
 * are sent with {@code --server}, journaled
 * by the server as a {@code request} entry before they run (under the client's user; the client follows it with
 * {@code journal show ID}), and run by its engine. One site and one server for the class (the first test kills the
 * first server mid-deploy and leaves its restart serving the others): real file storage, real ext4 images,
 * libvirt's test driver held by the server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerOperationsTest {
    private static final String PAUSE = "clone.copied";
    private static final Pattern FOLLOW = Pattern.compile("journal show (\\d+)");

    @TempDir
    static Path shared;
    private static CliSite site;
    private static ServerProcess server;
    private static String address;
    private static Map<String, String> alice;
    private static Map<String, String> adam;
    private static Map<String, String> vera;

    @BeforeAll
    static void siteUsersAndServer() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp", "debugfs");
        WebSite web = WebSite.prepare(shared, Map.of("hostname", "template\n"));
        site = web.siteWithHostnameItem(shared.resolve("site"));
        UserFile users = new UserFile(site.data());
        users.add("alice", Role.OPERATOR, "alice-pw-1".toCharArray());
        users.add("adam", Role.ADMINISTRATOR, "adam-pw-2".toCharArray());
        users.add("vera", Role.VIEWER, "vera-pw-3".toCharArray());
        // the first server pauses for ever in every clone's copy: the first test kills it there
        server = ServerProcess.start(shared.resolve("server-a"), ServerProcess.SERVER, Map.of("encompass.test.pauseAt", PAUSE),
                serverEnvironment(), "", "--data", site.data().toString(), "--listen", "127.0.0.1:0");
        address = server.awaitServing();
        alice = login("alice", "alice-pw-1");
        adam = login("adam", "adam-pw-2");
        vera = login("vera", "vera-pw-3");
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        ServerProcess.killAll();
    }

    @Test
    @Order(1)
    void aServerKilledMidDeployShowsTheRequestInterruptedAndItsRetryDeploys() throws Exception {
        ServerProcess client = ServerProcess.start(shared.resolve("alice-deploy"), ServerProcess.CLI, Map.of(), alice, "",
                "--server", address, "--user", "alice", "deploy", "web", "lab/vm-01", "--var", "lab/vm-01:hostname=one");
        server.awaitErr("encompass: paused at " + PAUSE);
        server.kill();
        assertEquals(1, client.waitFor(), client.out() + client.err());
        List<String> lines = client.err().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("encompass: the repository server went away while it ran deploy web"), client.err());
        Matcher follow = FOLLOW.matcher(last); // the request was journaled before it ran: its id is known
        assertTrue(follow.find(), last);
        String request = follow.group(1);

        server = ServerProcess.start(shared.resolve("server-b"), ServerProcess.SERVER, Map.of(), serverEnvironment(), "",
                "--data", site.data().toString(), "--listen", address);
        server.awaitServing();
        assertTrue(server.out().contains("operation(s) of the previous run marked INTERRUPTED"), server.out());
        Doc interrupted = json(alice, "alice", "journal", "show", request);
        interrupted.expect("request", "operation").expect("web", "target").expect("alice", "user")
                .expect("INTERRUPTED", "outcome").expect("deploy", "arguments", "kind")
                .expect("lab/vm-01", "arguments", "machines");

        json(alice, "alice", "journal", "retry", request).expect("SUCCEEDED", "outcome");
        Doc retried = json(alice, "alice", "journal", "show", request);
        Doc retry = json(alice, "alice", "journal", "show", String.valueOf(((Number) retried.at("retriedBy")).longValue()));
        retry.expect("request", "operation").expect("SUCCEEDED", "outcome").expect("alice", "user");
        assertEquals("OPERATIONAL/ACTIVE", cloneOn("lab/vm-01").get("state"));
    }

    @Test
    @Order(2)
    void aDeployRunsOnTheServerUnderTheClientsUser() throws Exception {
        int before = journal().size();
        Doc deployed = json(alice, "alice", "deploy", "web", "lab/vm-02", "lab/vm-03", "--var", "lab/vm-02:hostname=two",
                "--var", "lab/vm-03:hostname=three");
        deployed.expect(Boolean.TRUE, "succeeded").expect("OPERATIONAL/ACTIVE", "outcomes", 0, "state")
                .expect("OPERATIONAL/ACTIVE", "outcomes", 1, "state");
        List<?> entries = journal();
        List<String> operations = new ArrayList<>();
        for (Object entry : entries.subList(before, entries.size())) {
            assertEquals("alice", Json.string(entry, "user"), entry::toString); // also those of the parallel jobs
            operations.add(Json.string(entry, "operation"));
        }
        assertTrue(operations.containsAll(List.of("request", "clone", "assign", "attach", "activate")), operations::toString);
        assertEquals(2, operations.stream().filter("activate"::equals).count(), operations::toString);
        Object request = entries.get(before);
        assertEquals("request", Json.string(request, "operation"), request::toString); // journaled before it ran
        assertEquals("SUCCEEDED", Json.string(request, "outcome"), request::toString);

        // the same text as in embedded mode: one row per machine
        CliRun text = client(alice, "alice", "clone", "list");
        assertEquals(0, text.exitCode(), text::describe);
        assertTrue(text.out().contains("lab/vm-02") && text.out().contains("lab/vm-03"), text::describe);
    }

    @Test
    @Order(3)
    void aViewerIsRefusedADeployAndAnOperatorTheAdministratorsRequests() throws Exception {
        int before = journal().size();
        refused(client(vera, "vera", "deploy", "web", "lab/vm-04"), "permission denied: deploy needs an operator or administrator; vera is a viewer");
        refused(client(vera, "vera", "update", "start", "web", "--on", "lab/vm-04"), "permission denied: update-start needs an operator");
        refused(client(alice, "alice", "discover"), "permission denied: discover needs an administrator; alice is a");
        refused(client(alice, "alice", "storage", "add", "nas2", "--kind", "file", "--location", shared.toString()),
                "permission denied: add-storage needs an administrator");
        assertEquals(before, journal().size(), "a refused request is not journaled");
    }

    @Test
    @Order(5)
    void discoveryAndStorageRegistrationRunOnTheServerForAnAdministrator() throws Exception {
        Doc discovered = json(adam, "adam", "discover");
        discovered.expect(Boolean.TRUE, "hosts", 0, "reachable").expect(4L, "hosts", 0, "machines")
                .expect(0L, "openConflicts");
        Path nas2 = Files.createDirectories(shared.resolve("nas2"));
        json(adam, "adam", "storage", "add", "nas2", "--kind", "file", "--location", nas2.toString())
                .expect(nas2.toString(), "location");
        Object last = journal().get(journal().size() - 1);
        assertEquals("add-storage", Json.string(last, "operation"), last::toString);
        assertEquals("adam", Json.string(last, "user"), last::toString);
    }

    @Test
    @Order(4)
    void aServiceUpdateRollsOutOnTheServer() throws Exception {
        json(alice, "alice", "update", "start", "web", "--on", "lab/vm-04", "--var", "hostname=maint")
                .expect("MAINTENANCE/ACTIVE", "maintenanceState");
        json(alice, "alice", "update", "apply", "--path", "/etc/motd", "--content", "patched\nby the server\n")
                .expect(1L, "appliedItems");
        json(alice, "alice", "update", "capture").expect("web-v2", "newMaster").expect("CAPTURED", "phase");
        Doc rolledOut = json(alice, "alice", "update", "rollout", "--batch", "2");
        rolledOut.expect("ROLLED_OUT", "phase");
        for (Object row : rolledOut.list("machines")) {
            assertEquals("DONE", Json.string(row, "status"), row::toString);
            assertEquals("OPERATIONAL/ACTIVE", Json.string(row, "newState"), row::toString);
        }
        String clone = Json.string(rolledOut.list("machines").get(0), "newClone");
        String location = json(alice, "alice", "clone", "show", clone).string("location");
        assertEquals("patched\nby the server\n", ImageTools.readInImage(Path.of(location), "/etc/motd"));
        json(alice, "alice", "update", "finish").expect("FINISHED", "phase");
        for (Object entry : journal()) {
            if (Json.string(entry, "operation").startsWith("update-")) {
                assertEquals("alice", Json.string(entry, "user"), entry::toString);
            }
        }
    }

    @Test
    @Order(6)
    void importsReadTheFileOnTheServersHostAndAFileItCannotReadIsRefused() throws Exception {
        Path image = shared.resolve("imp.img");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(4 << 20);
        }
        usage(client(alice, "alice", "master", "import", "imp", "--file", "imp.img", "--storage", "nas"),
                "--file imp.img: with --server the repository server reads the file on its own host: give its absolute path there");
        Path missing = shared.resolve("missing.img");
        refused(client(alice, "alice", "master", "import", "imp", "--file", missing.toString(), "--storage", "nas"),
                "the server cannot read " + missing + ": no such file on the server's host");

        int before = journal().size();
        json(alice, "alice", "master", "import", "imp", "--file", image.toString(), "--storage", "nas", "--description", "by the server",
                "--min-cpus", "2").expect("imp", "name").expect("by the server", "description").expect("RAW", "format");
        assertEquals(List.of("request import-master imp alice", "import-master imp alice"), entriesSince(before));

        Path archive = shared.resolve("imp.zip");
        json(alice, "alice", "archive", "export", archive.toString(), "--master", "imp");
        json(alice, "alice", "master", "delete", "imp").expect(Boolean.FALSE, "retired");
        before = journal().size();
        json(alice, "alice", "archive", "import", archive.toString(), "--storage", "nas").expect("imp", "masters", 0);
        assertEquals("request archive-import " + archive + " alice", entriesSince(before).get(0));
    }

    /** The journal's entries after the first {@code before}: "OPERATION TARGET USER", a request's kind after "request". */
    private static List<String> entriesSince(int before) {
        List<?> entries = journal();
        List<String> since = new ArrayList<>();
        for (Object entry : entries.subList(before, entries.size())) {
            String operation = Json.string(entry, "operation");
            if (operation.equals("request")) {
                operation += " " + ((Map<?, ?>) ((Map<?, ?>) entry).get("arguments")).get("kind");
            }
            since.add(operation + " " + Json.string(entry, "target") + " " + Json.string(entry, "user"));
        }
        return since;
    }

    private static Map<String, Object> cloneOn(String machine) {
        for (Object clone : json(alice, "alice", "clone", "list").list("clones")) {
            if (machine.equals(Json.string(clone, "machine"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> found = (Map<String, Object>) clone;
                return found;
            }
        }
        throw new AssertionError("no clone on " + machine);
    }

    private static List<?> journal() {
        return json(alice, "alice", "journal").list("entries");
    }

    private static Map<String, String> serverEnvironment() {
        return Map.of("ENCOMPASS_SECURE_STORAGE", shared.resolve("server-secure").toString());
    }

    private static Map<String, String> login(String user, String password) {
        Path secure = shared.resolve("secure-" + user);
        new CredentialStore(secure).set("encompass://" + address, user, password.toCharArray());
        return Map.of("ENCOMPASS_SECURE_STORAGE", secure.toString());
    }

    private static CliRun client(Map<String, String> environment, String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--server", address, "--user", user));
        all.addAll(List.of(args));
        return CliRun.run(environment, all.toArray(String[]::new));
    }

    private static Doc json(Map<String, String> environment, String user, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--json");
        CliRun run = client(environment, user, all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::describe);
        assertEquals("", run.err(), run::describe);
        return Doc.of(run);
    }

    /** A usage error (exit code 2), refused by the client before it asks the server. */
    private static void usage(CliRun run, String text) {
        assertEquals(2, run.exitCode(), run::describe);
        assertTrue(run.err().startsWith("encompass: ") && run.err().contains(text), run::describe);
    }

    private static void refused(CliRun run, String text) {
        assertEquals(1, run.exitCode(), run::describe);
        assertEquals(1, run.err().lines().count(), run::describe);
        assertTrue(run.err().startsWith("encompass: ") && run.err().contains(text), run::describe);
    }
}
