package org.encompass.driver.storage.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.encompass.cli.Cli;
import org.encompass.tests.support.RawImages;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pool driver through the engine, as an operator drives it from the command line: storage added
 * by {@code <uri>#<pool>}, a master imported, cloned by volume copy and copy-on-write, the master's
 * deletion refused while clones exist, then everything removed again.
 */
class PoolCommandLineTest {
    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err, String command) {
        String describe() {
            return "encompass " + command + "\n  exit " + exitCode + "\n  stdout: " + out + "\n  stderr: " + err;
        }
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data", temp.resolve("repo").toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Cli(Map.of("ENCOMPASS_DEFAULTS", "none")).run(all.toArray(String[]::new), o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                String.join(" ", args));
    }

    private Run ok(String... args) {
        Run run = run(args);
        assertEquals(0, run.exitCode(), run::describe);
        return run;
    }

    private Run fails(String expected, String... args) {
        Run run = run(args);
        assertEquals(1, run.exitCode(), run::describe);
        assertTrue(run.err().startsWith("encompass: ") && run.err().contains(expected), run::describe);
        return run;
    }

    @Test
    void storageOnTheTestDriversPoolIsAddedAndAWrongPoolRefused() {
        Run added = ok("storage", "add", "pool1", "--kind", "libvirt-pool", "--location", "test:///default#default-pool");
        assertTrue(added.out().contains("VOLUME_COPY"), added::describe);
        fails("no storage pool nope on test:///default", "storage", "add", "pool2", "--kind", "libvirt-pool",
                "--location", "test:///default#nope");
        fails("names no pool", "storage", "add", "pool3", "--kind", "libvirt-pool", "--location", "test:///default");
    }

    @Test
    void importCloneByVolumeCopyAndCopyOnWriteThenCleanUpOnTheRealDaemon() throws Exception {
        try (TempDirPool pool = TempDirPool.create()) {
            Path source = RawImages.sparseSpread(temp.resolve("web.img"), 64, 8, 3);
            ok("storage", "add", "pool1", "--kind", "libvirt-pool", "--location", pool.location());
            ok("master", "import", "web", "--file", source.toString(), "--storage", "pool1", "--arch", "x86_64");
            Path master = pool.directory.resolve("web.img");
            assertEquals(RawImages.sha256(source), RawImages.sha256(master));

            Run copy = ok("clone", "web", "--method", "VOLUME_COPY");
            assertTrue(copy.out().contains("web-01"), copy::describe);
            Path copied = pool.directory.resolve("web-01.img");
            assertEquals(RawImages.sha256(source), RawImages.sha256(copied));
            assertTrue(Shell.allocatedBytes(copied) < 16L << 20, "the volume copy stays sparse");

            ok("clone", "web", "--method", "COW");
            Path overlay = pool.directory.resolve("web-02.qcow2");
            assertTrue(Shell.qemuImgInfo(overlay).contains(master.toString()), Shell.qemuImgInfo(overlay));
            Run show = ok("clone", "show", "web-02");
            assertTrue(show.out().contains("COW"), show::describe);

            fails("web-02", "master", "delete", "web");
            assertTrue(Files.exists(master));

            ok("destroy", "web-01");
            ok("destroy", "web-02");
            assertFalse(Files.exists(copied));
            assertFalse(Files.exists(overlay));
            ok("master", "delete", "web");
            assertFalse(Files.exists(master));
        }
    }
}
