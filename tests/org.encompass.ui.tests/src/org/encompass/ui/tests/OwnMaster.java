package org.encompass.ui.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.encompass.core.ImportRequest;
import org.encompass.core.spi.ImageFormat;

/**
 * A master of one test's own in the console's repository (a name no other test uses, an empty 8 MiB image on the
 * local storage) with clones on free machines of the console's libvirt test host, set up through the engine as the
 * command line would; {@link #close()} takes its clones down, destroys them and deletes the master, so the next
 * test finds the machines free again.
 */
final class OwnMaster implements AutoCloseable {
    private static final AtomicInteger NEXT = new AtomicInteger();

    final String name;

    private OwnMaster(String name) {
        this.name = name;
    }

    /** Imports a master named {@code prefix} and a number unique in this run, its image in {@code dir}. */
    static OwnMaster importInto(Path dir, String prefix) throws Exception {
        String name = prefix + NEXT.incrementAndGet();
        Path image = ConsoleFixture.emptyImage(dir.resolve(name + ".img"), 8);
        ConsoleFixture.engine.importMaster(ImportRequest.of(name, image, ImageFormat.RAW, "local"), null);
        return new OwnMaster(name);
    }

    /** The master's row in the Repository navigator. */
    String row() {
        return name + " v1";
    }

    /** A new clone of the master (CLEAN/UNASSIGNED). */
    String cloneOf() {
        return ConsoleFixture.engine.cloneMaster(name, null, null);
    }

    /** {@code count} free machines ({@code test/vm-NN}) of the test host for this master. */
    List<String> freeMachines(int count) {
        return UpdateConsoleDriver.freeMachines(ConsoleFixture.engine, name, count);
    }

    /** A new clone assigned to and attached on {@code machine} (CLEAN/ATTACHED). */
    String attachedOn(String machine) {
        String clone = cloneOf();
        ConsoleFixture.engine.assign(clone, machine, null);
        ConsoleFixture.engine.attach(clone, null);
        return clone;
    }

    /** The machine's row name in the navigators ({@code vm-05} for {@code test/vm-05}). */
    static String vm(String machine) {
        return machine.substring(machine.indexOf('/') + 1);
    }

    @Override
    public void close() {
        UpdateConsoleDriver.removeAll(ConsoleFixture.engine, List.of(name));
    }
}
