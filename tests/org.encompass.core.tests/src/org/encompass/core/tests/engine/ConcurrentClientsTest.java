package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.encompass.core.EngineOptions;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.model.Clone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several client PROCESSES (each a JVM with an engine of its own, as a second console or a {@code --connect}
 * command line) on one repository this process shares over TCP: the rule "a machine holds at most one clone"
 * holds across them, and operations on different clones never conflict. Also prints the operations per second
 * of 1 and 4 clients ({@code encompass.bench.seconds}, default 10, sets how long each measurement runs).
 */
class ConcurrentClientsTest {
    private static final long CLIENT_SECONDS = 180;

    @TempDir
    Path dir;
    EngineFixture f;
    private final List<ChildJvm> clients = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        f = new EngineFixture(dir, EngineOptions.defaults(), true);
    }

    @AfterEach
    void tearDown() {
        clients.forEach(ChildJvm::kill);
        f.close();
    }

    @Test
    void clientsRacingForOneMachineGiveExactlyOneSuccess() throws Exception {
        int n = 4;
        List<String> clones = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clones.add(f.engine.cloneMaster("web", null, null));
        }
        for (String clone : clones) {
            clients.add(ChildJvm.start(f.repository.tcpAddress(), clone, "lab/vm-01", "assign"));
        }
        startTogether();
        List<String> winners = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ChildJvm client = clients.get(i);
            int code = client.await(CLIENT_SECONDS);
            if (code == 0) {
                winners.add(clones.get(i));
            } else {
                assertEquals(1, code, "a refusal, not a failure: " + client.lines());
                refusals.add(client.line("REFUSED "));
            }
        }
        assertEquals(1, winners.size(), "exactly one client assigns; refused: " + refusals);
        String winner = winners.get(0);
        for (String refusal : refusals) {
            assertTrue(refusal.contains("lab/vm-01: machine busy: ") && refusal.contains("clone " + winner), refusal);
        }
        f.read(site -> {
            assertEquals(winner, SiteLookup.machine(site, "lab/vm-01").getClone().getName());
            for (String name : clones) {
                Clone clone = SiteLookup.clone(site, name);
                if (name.equals(winner)) {
                    assertEquals("CLEAN/ASSIGNED", States.of(clone).toString());
                } else {
                    assertEquals("CLEAN/UNASSIGNED", States.of(clone).toString(), name);
                    assertNull(clone.getMachine(), name + " keeps no claim on a machine");
                }
            }
            return null;
        });
    }

    /**
     * Each client assigns and unassigns a clone of its own on a machine of its own for a while: not one of these
     * operations may be refused (before, every operation also changed the site, so concurrent ones collided).
     */
    @Test
    void clientsOnDifferentClonesNeverConflictAndTheirThroughputIsPrinted() throws Exception {
        double seconds = Double.parseDouble(System.getProperty("encompass.bench.seconds",
                System.getenv().getOrDefault("ENCOMPASS_BENCH_SECONDS", "10")));
        List<String> clones = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clones.add(f.engine.cloneMaster("web", null, null));
        }
        Throughput one = cycle(clones.subList(0, 1), seconds);
        Throughput four = cycle(clones, seconds);
        System.out.println(String.format(Locale.ROOT,
                "ConcurrentClientsTest: assign+unassign over TCP, %.0f s per run: 1 client %.1f ops/s, 4 clients %.1f ops/s"
                        + " (%.2fx)", seconds, one.perSecond(), four.perSecond(), four.perSecond() / one.perSecond()));
        int cores = Runtime.getRuntime().availableProcessors();
        for (Throughput run : List.of(one, four)) {
            System.out.println(String.format(Locale.ROOT,
                    "ConcurrentClientsTest: %d client(s): CPU per operation %.1f ms (server %.1f, clients %.1f):"
                            + " at most %.0f ops/s on this machine's %d cores", run.clients(), run.cpuPerOperation(),
                    run.serverCpuPerOperation(), run.cpuPerOperation() - run.serverCpuPerOperation(),
                    cores * 1000 / run.cpuPerOperation(), cores));
        }
        // One client's operations run one after another through client and server: the cores that chain keeps
        // busy bound what more clients can add on this machine, however well the repository scales.
        double coresOfOne = one.perSecond() * one.cpuPerOperation() / 1000;
        System.out.println(String.format(Locale.ROOT,
                "ConcurrentClientsTest: 1 client keeps %.2f of %d cores busy: more clients can be at most %.2fx as fast"
                        + " here", coresOfOne, cores, cores / coresOfOne));
        f.read(site -> {
            for (String name : clones) {
                assertEquals("CLEAN/UNASSIGNED", States.of(SiteLookup.clone(site, name)).toString());
            }
            return null;
        });
    }

    /** What one measured run gave: operations per second, and the CPU (server and clients) each operation cost. */
    private record Throughput(int clients, double perSecond, double cpuPerOperation, double serverCpuPerOperation) {
    }

    /** Runs one cycling client per clone (clone i on machine i), all started at once. */
    private Throughput cycle(List<String> clones, double seconds) throws Exception {
        clients.clear();
        for (int i = 0; i < clones.size(); i++) {
            clients.add(ChildJvm.start(f.repository.tcpAddress(), clones.get(i), "lab/vm-0" + (i + 1), "cycle",
                    Double.toString(seconds)));
        }
        startTogether();
        long serverCpu = ProcessCpu.millis(); // this process serves the repository
        long operations = 0;
        long clientCpu = 0;
        double slowest = 0;
        for (ChildJvm client : clients) {
            assertEquals(0, client.await(CLIENT_SECONDS), () -> "no operation may be refused: " + client.lines());
            String[] ops = client.line("OPS ").split(" ");
            operations += Long.parseLong(ops[0]);
            slowest = Math.max(slowest, Long.parseLong(ops[1]) / 1000.0);
            clientCpu += Long.parseLong(ops[2]);
        }
        serverCpu = ProcessCpu.millis() - serverCpu;
        assertTrue(operations > 0);
        return new Throughput(clones.size(), operations / slowest, (double) (serverCpu + clientCpu) / operations,
                (double) serverCpu / operations);
    }

    private void startTogether() throws Exception {
        for (ChildJvm client : clients) {
            client.awaitReady();
        }
        clients.forEach(ChildJvm::go);
    }
}
