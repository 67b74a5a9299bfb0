package org.encompass.core.tests.engine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.model.ModelPackage;
import org.encompass.persistence.RemoteRepositoryClient;

/**
 * Main class of the client processes {@link ConcurrentClientsTest} starts: an engine of its own on a
 * repository another process shares over TCP, as a second console or a {@code --connect} command line has.
 *
 * <p>Arguments: {@code <host:port> <clone> <machine> assign} assigns the clone to the machine once;
 * {@code <host:port> <clone> <machine> cycle <seconds>} assigns and unassigns it for that long. Either
 * prints {@value #READY} once connected, waits for a line on its input (so all clients start at once),
 * then prints {@code OK}, {@code REFUSED <message>} (exit 1) or
 * {@code OPS <operations> <milliseconds> <CPU milliseconds>}. A
 * cycling client first cycles for {@value #WARM_UP_SECONDS} s before it says it is ready.
 */
public final class ClientProcess {
    static final String READY = "READY";
    /** How long a cycling client runs before it says it is ready, so the measurement sees warm JVMs. */
    static final double WARM_UP_SECONDS = 3;

    private ClientProcess() {
    }

    public static void main(String[] args) throws Exception {
        ModelPackage.eINSTANCE.eClass(); // registers the model's EPackage, as the bundle's extension does in OSGi
        int code;
        try (RemoteRepositoryClient client = RemoteRepositoryClient.connect(args[0])) {
            CDOSession session = client.openSession();
            Engine engine = new Engine(session, EngineOptions.defaults());
            try {
                engine.read(site -> site.getClones().size()); // loads the site before the start
                if (args[3].equals("cycle")) {
                    cycle(engine, args[1], args[2], WARM_UP_SECONDS); // the JIT compiles the hot paths
                }
                System.out.println(READY);
                System.out.flush();
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                code = switch (args[3]) {
                    case "assign" -> assign(engine, args[1], args[2]);
                    case "cycle" -> report(cycle(engine, args[1], args[2], Double.parseDouble(args[4])));
                    default -> throw new IllegalArgumentException("unknown mode " + args[3]);
                };
            } finally {
                engine.close();
                session.close();
            }
        } catch (RuntimeException e) {
            System.out.println("ERROR " + e);
            e.printStackTrace(System.out);
            code = 2;
        }
        System.out.flush();
        System.exit(code);
    }

    private static int assign(Engine engine, String clone, String machine) {
        try {
            engine.assign(clone, machine, null);
            System.out.println("OK");
            return 0;
        } catch (EncompassException e) {
            System.out.println("REFUSED " + e.getMessage());
            return 1;
        }
    }

    private record Measured(long operations, long millis, long cpuMillis) {
    }

    private static Measured cycle(Engine engine, String clone, String machine, double seconds) {
        long start = System.nanoTime();
        long cpu = ProcessCpu.millis();
        long end = start + (long) (seconds * 1e9);
        long operations = 0;
        while (System.nanoTime() < end) {
            engine.assign(clone, machine, null);
            engine.unassign(clone, null);
            operations += 2;
        }
        return new Measured(operations, (System.nanoTime() - start) / 1_000_000, ProcessCpu.millis() - cpu);
    }

    /** Prints what {@link #cycle} measured: operations, milliseconds and this process's CPU milliseconds. */
    private static int report(Measured measured) {
        System.out.println("OPS " + measured.operations() + " " + measured.millis() + " " + measured.cpuMillis());
        return 0;
    }
}
