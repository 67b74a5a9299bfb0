package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3 at the command line: the cascading plan, orphans, and the Figure 2 benchmark on small files. */
class CliCloningTest {
    @TempDir
    static Path shared;
    private static Path image;

    @BeforeAll
    static void buildImage() throws IOException, InterruptedException {
        ImageTools.assumeInstalled("mkfs.ext4", "e2cp", "qemu-img");
        Path tree = Files.createDirectories(shared.resolve("tree/etc"));
        Files.writeString(tree.resolve("hostname"), "template\n");
        image = ImageTools.ext4(tree.getParent(), shared.resolve("web.img"), "16M");
    }

    private static CliSite site(Path temp) throws IOException {
        CliSite site = new CliSite(temp.resolve("repo"));
        Path nas = Files.createDirectories(temp.resolve("nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas");
        return site;
    }

    @Test
    void explainPrintsTheCostModelAndClonesNothing(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        CliRun explain = site.ok("clone", "web", "--count", "8", "--method", "sparse", "--explain");
        assertTrue(explain.out().startsWith("cost model: 8 clone(s) by SPARSE"), explain::describe);
        assertTrue(explain.out().contains("\ndirect: "), explain::describe);
        assertTrue(explain.out().contains("\ncascade: "), explain::describe);
        assertTrue(explain.out().contains("\nchosen: "), explain::describe);
        Doc plan = site.json("clone", "web", "--count", "8", "--method", "cow", "--explain");
        plan.expect("DIRECT", "strategy");
        assertEquals(0, site.json("clone", "list").list("clones").size(), "--explain makes no clone");
    }

    @Test
    void orphansAreListedAndReclaimedOwnedImagesAreNot(@TempDir Path temp) throws Exception {
        CliSite site = site(temp);
        site.ok("clone", "web", "--method", "sparse");
        assertTrue(site.ok("orphans").out().startsWith("No orphaned images"));
        Path stray = Files.writeString(temp.resolve("nas/stray.img"), "left behind");
        Path staging = Files.writeString(temp.resolve("nas/.web-09.img.1234.partial"), "half a copy");

        Doc listed = site.json("orphans");
        assertEquals(2, listed.list("orphans").size(), listed::describe);
        Path owned = temp.resolve("nas/web-01.img");
        site.fails(1, List.of("not an orphan", owned.toString()), "orphans", "reclaim", owned.toString());
        assertTrue(Files.exists(stray), "a refused reclaim deletes nothing");

        CliRun reclaimed = site.ok("orphans", "reclaim");
        assertTrue(reclaimed.out().startsWith("Deleted 2 orphaned image(s)."), reclaimed::describe);
        assertFalse(Files.exists(stray));
        assertFalse(Files.exists(staging));
        assertTrue(Files.exists(owned), "the clone's image stays");
        assertTrue(Files.exists(temp.resolve("nas/web.img")), "the master's image stays");
    }

    @Test
    void benchClonesPrintsTheTableAndDrawsThePlot(@TempDir Path temp) throws Exception {
        Path plot = temp.resolve("figure2.png");
        Path table = temp.resolve("figure2.md");
        CliRun run = CliRun.run(java.util.Map.of(), "bench", "clones", "--dir", temp.resolve("bench").toString(),
                "--master", image.toString(), "--counts", "1,2", "--repeat", "3", "--deploy", "3", "--plot", plot.toString(),
                "--table", table.toString());
        assertEquals(0, run.exitCode(), run::describe);
        // --repeat 3: three passes printed for SPARSE (and the cp reference), one for FULL; the table has medians
        assertEquals(3, run.err().lines().filter(l -> l.startsWith("SPARSE") && l.contains("n=2 ")).count(), run::describe);
        assertEquals(3, run.err().lines().filter(l -> l.startsWith("cp --sparse=always") && l.contains("n=1 ")).count(),
                run::describe);
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("FULL") && l.contains("n=2 ")).count(), run::describe);
        // the cp reference takes turns with SPARSE, in an order that rotates from pass to pass
        assertEquals("cp --sparse=always,cp --sparse, sync,SPARSE," + "cp --sparse, sync,SPARSE,cp --sparse=always,"
                + "SPARSE,cp --sparse=always,cp --sparse, sync,", run.err().lines()
                .filter(l -> l.contains("n=2 ") && (l.startsWith("cp ") || l.startsWith("SPARSE")))
                .map(l -> l.substring(0, 19).strip() + ",").reduce("", String::concat), run::describe);
        for (String row : List.of("| cp | 1 |", "| cp | 2 |", "| cp+sync | 2 |", "| SPARSE | 2 |", "| FULL | 1 |", "| COW | 2 |")) {
            assertTrue(run.out().contains(row), () -> row + "\n" + run.describe());
        }
        assertTrue(run.out().contains("| 79.6 |"), () -> "the paper's 53.6 + 13n for n=2\n" + run.describe());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\| SPARSE \\| 2 \\| [0-9.]+ \\| [0-9.]+-[0-9.]+ \\|.*")),
                () -> "the fastest and slowest of the 3 passes\n" + run.describe());
        assertTrue(run.out().contains("| FULL | 2 |") && run.out().lines().filter(l -> l.startsWith("| FULL | 2 |"))
                .allMatch(l -> l.split("\\|")[4].strip().equals("-")), () -> "one pass: no spread\n" + run.describe());
        assertTrue(run.out().contains("3 succeeded"), run::describe);
        assertEquals(run.out(), Files.readString(table));
        byte[] header = Arrays.copyOf(Files.readAllBytes(plot), 8);
        assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, header);
        assertTrue(Files.size(plot) > 10_000, "a real picture, not an empty one");
    }
}
