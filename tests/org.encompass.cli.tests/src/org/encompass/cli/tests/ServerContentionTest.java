package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.encompass.core.credentials.CredentialStore;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.persistence.PostgresStore;
import org.encompass.server.Role;
import org.encompass.server.internal.UserFile;
import org.encompass.tests.support.ImageTools;
import org.encompass.tests.support.PostgresCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository server on a real PostgreSQL cluster (releng/scripts/postgres.sh) under load from several client
 * processes: {@value #CLIENTS} clients send lifecycle operations on the same clones at once and no update is lost
 * (every clone's journal, in order, chains from its state before to its state now, and each client's successes are
 * journaled under its name), and PostgreSQL stopped and started under the running server (requests meanwhile get
 * one clear line and change nothing; then service again). One cluster, site and server for the class.
 */
class ServerContentionTest {
    private static final int CLIENTS = 4;
    /**
     * Operations per client. CI runs a small count (the class costs about a minute); the 4 x 250:
     * {@code -Dencompass.test.contendedOperations=250}.
     */
    private static final int OPERATIONS = Integer.getInteger("encompass.test.contendedOperations", 40);
    private static final List<String> CLONES = List.of("web-01", "web-02", "web-03");
    private static final List<Operation> CYCLE = List.of(Operation.ATTACH, Operation.ACTIVATE, Operation.DEACTIVATE,
            Operation.DETACH);

    @TempDir
    static Path shared;
    private static PostgresCluster cluster;
    private static ServerProcess server;
    private static String address;

    @BeforeAll
    static void startServerOnPostgres() throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp", "debugfs");
        cluster = PostgresCluster.startPrivate();
        PostgresStore database = cluster.newDatabase();
        Map<String, String> store = Map.of("ENCOMPASS_STORE_URL", database.url(), "ENCOMPASS_STORE_USER", "encompass",
                "ENCOMPASS_STORE_PASSWORD", cluster.password());
        WebSite web = WebSite.prepare(shared, Map.of("hostname", "template\n"));
        CliSite site = web.site(shared, store);
        for (int i = 1; i <= CLONES.size(); i++) {
            site.json("clone", "web", "--method", "SPARSE");
            site.ok("assign", "web-0" + i, "lab/vm-0" + i);
        }
        UserFile users = new UserFile(site.data());
        for (int i = 1; i <= CLIENTS; i++) {
            users.add(user(i), Role.OPERATOR, password(i).toCharArray());
        }
        Map<String, String> serverEnvironment = new HashMap<>(store);
        serverEnvironment.put("ENCOMPASS_SECURE_STORAGE", shared.resolve("server-secure").toString());
        server = ServerProcess.start(shared.resolve("server"), ServerProcess.SERVER, Map.of(), serverEnvironment, "",
                "--data", site.data().toString(), "--listen", "127.0.0.1:0");
        address = server.awaitServing();
    }

    @AfterAll
    static void stop() throws Exception {
        ServerProcess.killAll();
        if (cluster != null) {
            cluster.destroy();
        }
    }

    @Test
    void clientsOnTheSameClonesLoseNoUpdate() throws Exception {
        Map<String, String> before = states();
        long lastIdBefore = lastJournalId();
        List<ServerProcess> clients = new ArrayList<>();
        for (int i = 1; i <= CLIENTS; i++) {
            List<String> args = new ArrayList<>(List.of("--server", address, "--user", user(i), "bench", "contend"));
            args.addAll(CLONES);
            args.addAll(List.of("--operations", Integer.toString(OPERATIONS), "--seed", Integer.toString(i), "--json"));
            clients.add(ServerProcess.start(shared.resolve("client-" + i), ServerProcess.CLI, Map.of(), login(i), "",
                    args.toArray(String[]::new)));
        }
        Map<String, Long> succeeded = new LinkedHashMap<>();
        long refused = 0;
        for (int i = 1; i <= CLIENTS; i++) {
            ServerProcess client = clients.get(i - 1);
            assertEquals(0, client.waitFor(), client.out() + client.err());
            Object result = Json.parse(client.out());
            succeeded.put(user(i), ((Number) Json.at(result, "succeeded")).longValue());
            refused += ((Number) Json.at(result, "refused")).longValue();
            assertEquals(OPERATIONS, ((Number) Json.at(result, "succeeded")).longValue() + ((Number) Json.at(result, "refused"))
                    .longValue(), client.out());
        }
        List<?> entries = journalAfter(lastIdBefore);
        for (int i = 1; i <= CLIENTS; i++) {
            String user = user(i);
            long journaled = entries.stream().filter(e -> user.equals(Json.string(e, "user"))
                    && "SUCCEEDED".equals(Json.string(e, "outcome"))).count();
            assertEquals(succeeded.get(user), journaled, user + "'s successes against the journal");
        }
        assertTrue(succeeded.values().stream().mapToLong(Long::longValue).sum() > 0, "nothing succeeded: " + refused + " refused");
        assertChained(before, entries, states());
        System.out.println("ServerContentionTest: " + CLIENTS + " clients x " + OPERATIONS + " operations on " + CLONES
                + ": succeeded " + succeeded + ", " + refused + " refused; journal and final states agree");
    }

    @Test
    void postgresStoppedAndStartedUnderTheServer() throws Exception {
        Map<String, String> before = states();
        long lastIdBefore = lastJournalId();
        String clone = CLONES.get(0);
        Operation next = allowed(before.get(clone));
        cluster.stop();
        try {
            CliRun refused = client(1, next.label(), clone);
            assertEquals(1, refused.exitCode(), refused::describe);
            assertEquals(1, refused.err().lines().count(), refused::describe);
            assertTrue(refused.err().startsWith("encompass: ") && !refused.err().contains("\tat ")
                    && refused.err().contains("database"), refused::describe);
            System.out.println("ServerContentionTest: with PostgreSQL stopped: " + refused.err().strip());
        } finally {
            cluster.start();
        }
        // The server's pooled database connections died with PostgreSQL: CDO drops each on its first failure, so the
        // first requests after its return may still fail (each with one clear line, changing nothing); then service.
        List<String> failuresAfter = new ArrayList<>();
        CliRun again = null;
        for (int attempt = 0; attempt < 10 && (again == null || again.exitCode() != 0); attempt++) {
            again = client(1, next.label(), clone);
            if (again.exitCode() != 0) {
                assertEquals(1, again.err().lines().count(), again::describe);
                failuresAfter.add(again.err().strip());
            }
        }
        System.out.println("ServerContentionTest: requests failed after PostgreSQL came back: " + failuresAfter.size() + " "
                + failuresAfter);
        assertEquals(0, again.exitCode(), again::describe);
        Map<String, String> after = states();
        assertEquals(Lifecycle.next(CloneState.parse(before.get(clone)), next).toString(), after.get(clone));
        List<?> entries = journalAfter(lastIdBefore);
        assertChained(before, entries, after);
    }

    /**
     * No lost update: each clone's successful entries, in journal order, start where the one before ended (from the
     * state before the test) and the last ends in the clone's state now; nothing is left RUNNING.
     */
    private static void assertChained(Map<String, String> before, List<?> entries, Map<String, String> after) {
        Map<String, String> current = new HashMap<>(before);
        for (Object entry : entries) {
            assertFalse("RUNNING".equals(Json.string(entry, "outcome")), () -> "left running: " + entry);
            String clone = Json.string(entry, "target");
            if (!current.containsKey(clone) || !"SUCCEEDED".equals(Json.string(entry, "outcome"))) {
                continue;
            }
            assertEquals(current.get(clone), Json.string(entry, "stateBefore"), () -> "a lost update before " + entry);
            current.put(clone, Json.string(entry, "stateAfter"));
        }
        assertEquals(after, current, "the journal against the clones' final states");
    }

    private static Operation allowed(String state) {
        return CYCLE.stream().filter(o -> Lifecycle.allows(CloneState.parse(state), o)).findFirst().orElseThrow();
    }

    private static Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        for (String clone : CLONES) {
            states.put(clone, Doc.of(ok(client(1, "clone", "show", clone, "--json"))).string("state"));
        }
        return states;
    }

    private static long lastJournalId() {
        List<?> entries = Doc.of(ok(client(1, "journal", "--json"))).list("entries");
        return entries.isEmpty() ? 0 : ((Number) Json.at(entries.get(entries.size() - 1), "id")).longValue();
    }

    /**
     * The operations' entries after entry {@code id}: the server's own {@code request} entries (one per accepted
     * request, around the operation it ran) are left out, so each success is counted once.
     */
    private static List<?> journalAfter(long id) {
        return Doc.of(ok(client(1, "journal", "--json"))).list("entries").stream()
                .filter(e -> ((Number) Json.at(e, "id")).longValue() > id && !"request".equals(Json.string(e, "operation")))
                .toList();
    }

    private static CliRun ok(CliRun run) {
        assertEquals(0, run.exitCode(), run::describe);
        return run;
    }

    private static CliRun client(int i, String... args) {
        List<String> all = new ArrayList<>(List.of("--server", address, "--user", user(i)));
        all.addAll(List.of(args));
        return CliRun.run(login(i), all.toArray(String[]::new));
    }

    private static String user(int i) {
        return "operator" + i;
    }

    private static String password(int i) {
        return "operator-pw-" + i + "-Secret";
    }

    /** A client's environment whose secure storage holds its password for the server. */
    private static Map<String, String> login(int i) {
        Path secure = shared.resolve("secure-" + user(i));
        new CredentialStore(secure).set("encompass://" + address, user(i), password(i).toCharArray());
        return Map.of("ENCOMPASS_SECURE_STORAGE", secure.toString());
    }
}
