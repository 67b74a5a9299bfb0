package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.encompass.core.credentials.CredentialStore;
import org.encompass.server.Role;
import org.encompass.server.internal.ServerApplication;
import org.encompass.server.internal.UserFile;
import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository server ({@code encompass-server}) as real processes on real TCP (127.0.0.1): users added with the
 * password on standard input, sessions authenticated (unknown user and wrong password refused in one line, no
 * password in any output), a viewer's commit and request refused, an operator's requests run by the server and
 * journaled under the operator's name, a second operator refused with who holds the clone, a client killed with
 * SIGKILL while the server completes its operation, a clean stop on SIGTERM, and a server killed with SIGKILL
 * mid-operation whose restart marks the operation INTERRUPTED. Real file storage, real ext4 images, libvirt's test
 * driver; the slow operation is a customize apply held at a pause point of the server.
 */
class ServerTest {
    private static final String POINT = "customize.applied";
    private static final String ALICE = "alice-pw-Secret1";
    private static final String BOB = "bob-pw-Secret2";
    private static final String VERA = "vera-pw-Secret3";
    private static final String WRONG = "wrong-pw-Guess4";

    @TempDir
    static Path shared;
    private static WebSite web;

    @BeforeAll
    static void buildImageAndNode() throws IOException, InterruptedException {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp", "debugfs");
        web = WebSite.prepare(shared, Map.of("hostname", "template\n"));
    }

    @AfterEach
    void stopProcesses() throws InterruptedException {
        ServerProcess.killAll();
    }

    @Test
    void serverAuthenticatesAuthorizesAndRunsTheOperations(@TempDir Path temp) throws Exception {
        CliSite site = web.siteWithHostnameItem(temp);
        for (int i = 0; i < 3; i++) {
            site.json("clone", "web", "--method", "SPARSE"); // web-01 .. web-03
        }
        site.ok("set-var", "web-01", "hostname=one");
        site.ok("set-var", "web-03", "hostname=three");
        Path data = site.data();
        int journaledBefore = site.json("journal").list("entries").size(); // by this process's user, with --data

        // users: the first with its password on standard input, in a process of its own, as an administrator types it
        ServerProcess add = ServerProcess.start(temp.resolve("users-add"), ServerProcess.SERVER, Map.of(), Map.of(),
                ALICE + "\n", "users", "add", "alice", "--role", "operator", "--data", data.toString());
        assertEquals(0, add.waitFor(), add.out() + add.err());
        UserFile users = new UserFile(data);
        users.add("bob", Role.OPERATOR, BOB.toCharArray());
        users.add("vera", Role.VIEWER, VERA.toCharArray());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users.file())));
        String stored = Files.readString(users.file());
        for (String password : List.of(ALICE, BOB, VERA)) {
            assertFalse(stored.contains(password), "a password in clear in " + users.file());
        }
        assertEquals("alice\toperator\nbob\toperator\nvera\tviewer\n", usersList(data));

        // server A: every customize apply waits 6 s at a pause point, so that others can race with it
        ServerProcess server = ServerProcess.start(temp.resolve("server-a"), ServerProcess.SERVER,
                Map.of("encompass.test.pauseAt", POINT, "encompass.test.pauseMillis", "6000"), serverEnvironment(temp), "",
                "--data", data.toString(), "--listen", "127.0.0.1:0");
        String address = server.awaitServing();
        Map<String, String> alice = login(temp, address, "alice", ALICE);
        Map<String, String> bob = login(temp, address, "bob", BOB);
        Map<String, String> vera = login(temp, address, "vera", VERA);

        // authentication: one line, nothing else, and no password anywhere
        refused(client(login(temp, address, "mallory", WRONG), address, "mallory", "status"),
                "access denied by " + address + ": unknown user or wrong password for 'mallory'");
        refused(client(login(temp, address, "alice", WRONG), address, "alice", "status"),
                "access denied by " + address + ": unknown user or wrong password for 'alice'");

        // a viewer reads, and changes nothing: neither a request nor a commit of its own
        CliRun status = client(vera, address, "vera", "status");
        assertEquals(0, status.exitCode(), status::describe);
        refused(client(vera, address, "vera", "assign", "web-02", "lab/vm-02"), "permission denied: assign needs an operator");
        refused(client(vera, address, "vera", "set-var", "web-02", "hostname=two"), "vera is a viewer and may change nothing");

        // an operator's own commit (journaled under its name: the server checks), then a request the server runs
        CliRun setVariable = client(alice, address, "alice", "set-var", "web-02", "hostname=two");
        assertEquals(0, setVariable.exitCode(), setVariable::describe);
        CliRun assign = client(alice, address, "alice", "assign", "web-02", "lab/vm-02", "--json");
        assertEquals(0, assign.exitCode(), assign::describe);
        new Doc(assign.json(), assign).expect("lab/vm-02", "machine");

        // alice's customize apply in a client process killed while the server runs it; bob refused meanwhile
        int before = server.errLength(); // the assign above customized web-02: it paused there too
        ServerProcess slow = ServerProcess.start(temp.resolve("alice-client"), ServerProcess.CLI, Map.of(), alice, "",
                "--server", address, "--user", "alice", "customize", "apply", "web-01");
        server.awaitErr("encompass: paused at " + POINT, before);
        refused(client(bob, address, "bob", "destroy", "web-01"), "busy: being customize-applied by alice since ");
        slow.kill();
        server.awaitErr("encompass: resumed at " + POINT, before);
        Object applied = awaitEntry(bob, address, "customize-apply", "web-01");
        assertEquals("SUCCEEDED", Json.string(applied, "outcome"), applied::toString);
        assertEquals("alice", Json.string(applied, "user"), applied::toString);
        Doc web01 = Doc.of(client(bob, address, "bob", "clone", "show", "web-01", "--json"));
        web01.expect(1L, "customization", "pointer");
        List<?> journal = Doc.of(client(bob, address, "bob", "journal", "--json")).list("entries");
        for (Object entry : journal.subList(journaledBefore, journal.size())) {
            assertTrue(List.of("alice", "bob").contains(Json.string(entry, "user")), entry::toString);
        }

        // SIGTERM: a clean stop, the data directory free again and not in need of repair
        assertEquals(143, server.terminate(), server.out() + server.err());
        site.ok("status");
        assertNoPassword(temp);

        // server B is killed (SIGKILL) in the middle of alice's operation; its restart marks it INTERRUPTED
        ServerProcess doomed = ServerProcess.start(temp.resolve("server-b"), ServerProcess.SERVER,
                Map.of("encompass.test.pauseAt", POINT), serverEnvironment(temp), "", "--data", data.toString(),
                "--listen", address);
        doomed.awaitServing();
        ServerProcess cut = ServerProcess.start(temp.resolve("alice-client-2"), ServerProcess.CLI, Map.of(), alice, "",
                "--server", address, "--user", "alice", "customize", "apply", "web-03");
        doomed.awaitErr("encompass: paused at " + POINT);
        doomed.kill();
        assertEquals(1, cut.waitFor(), cut.out() + cut.err());
        // its last line says what happened (before it, CDO may log the session's lost requests with a stack trace)
        List<String> lines = cut.err().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("encompass: the repository server went away while it ran "
                + "customize-apply web-03"), cut.err());
        ServerProcess restarted = ServerProcess.start(temp.resolve("server-c"), ServerProcess.SERVER, Map.of(),
                serverEnvironment(temp), "", "--data", data.toString(), "--listen", address);
        restarted.awaitServing();
        // the request (journaled before it ran) and its operation
        assertTrue(restarted.out().contains("2 operation(s) of the previous run marked INTERRUPTED"), restarted.out());
        Doc interrupted = Doc.of(client(alice, address, "alice", "journal", "--interrupted", "--json"));
        interrupted.expect("request", "entries", 0, "operation").expect("customize-apply", "entries", 0, "arguments", "kind")
                .expect("web-03", "entries", 0, "target").expect("alice", "entries", 0, "user");
        interrupted.expect("customize-apply", "entries", 1, "operation").expect("web-03", "entries", 1, "target")
                .expect("alice", "entries", 1, "user");
        assertEquals(143, restarted.terminate(), restarted.out() + restarted.err());
        assertNoPassword(temp);
    }

    @Test
    void usersAreManagedWithoutPasswordsInArguments(@TempDir Path temp) throws Exception {
        assertEquals(2, serverRun(temp, "users", "add", "carol", "--role", "operator", "--password", "x").code());
        assertEquals(1, serverRun(temp, "users", "add", "carol", "--role", "chief").code());
        assertEquals(1, serverRun(temp, "users", "remove", "nobody").code());
        new UserFile(temp).add("carol", Role.ADMINISTRATOR, "carol-pw-1".toCharArray());
        assertEquals(1, serverRun(temp, "users", "add", "carol", "--role", "viewer").code(), "an existing user");
        ServerRun removed = serverRun(temp, "users", "remove", "carol");
        assertEquals(0, removed.code(), removed.err());
        assertEquals("", usersList(temp));
        ServerRun none = serverRun(temp, "--data", temp.toString(), "--listen", "127.0.0.1:0");
        assertEquals(1, none.code());
        assertTrue(none.err().startsWith("encompass-server: no users in "), none.err());
    }

    private record ServerRun(int code, String out, String err) {
    }

    private static ServerRun serverRun(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--data")) {
            all.addAll(List.of("--data", data.toString()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new ServerApplication().run(all.toArray(String[]::new), o, e);
        }
        return new ServerRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String usersList(Path data) {
        ServerRun list = serverRun(data, "users", "list");
        assertEquals(0, list.code(), list.err());
        return list.out();
    }

    /** The server's own secure storage (host credentials), apart from the clients'. */
    private static Map<String, String> serverEnvironment(Path temp) {
        return Map.of("ENCOMPASS_SECURE_STORAGE", temp.resolve("server-secure").toString());
    }

    /** A client's environment whose secure storage holds {@code user}'s password for the server. */
    private static Map<String, String> login(Path temp, String address, String user, String password) {
        Path secure = temp.resolve("secure-" + user + "-" + password.hashCode());
        new CredentialStore(secure).set("encompass://" + address, user, password.toCharArray());
        return Map.of("ENCOMPASS_SECURE_STORAGE", secure.toString());
    }

    private static CliRun client(Map<String, String> environment, String address, String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--server", address, "--user", user));
        all.addAll(List.of(args));
        return CliRun.run(environment, all.toArray(String[]::new));
    }

    private static void refused(CliRun run, String text) {
        assertEquals(1, run.exitCode(), run::describe);
        assertEquals(1, run.err().lines().count(), run::describe);
        assertTrue(run.err().startsWith("encompass: ") && run.err().contains(text), run::describe);
    }

    /** The newest entry of {@code operation} on {@code target} once it has ended (the server finishes it). */
    private static Object awaitEntry(Map<String, String> environment, String address, String operation, String target)
            throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            CliRun journal = client(environment, address, "bob", "journal", "--json");
            Object found = null;
            for (Object entry : Doc.of(journal).list("entries")) {
                if (operation.equals(Json.string(entry, "operation")) && target.equals(Json.string(entry, "target"))) {
                    found = entry;
                }
            }
            if (found != null && !"RUNNING".equals(Json.string(found, "outcome"))) {
                return found;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server never ended " + operation + " " + target);
    }

    /** No password of any user, right or wrong, in anything a process of this test printed. */
    private static void assertNoPassword(Path temp) throws IOException {
        try (var files = Files.walk(temp)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("(out|err)\\.txt|derby\\.log")).toList()) {
                String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String password : List.of(ALICE, BOB, VERA, WRONG)) {
                    assertFalse(text.contains(password), "a password in " + file);
                }
            }
        }
    }
}
