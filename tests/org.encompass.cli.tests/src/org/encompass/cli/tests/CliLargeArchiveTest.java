package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Site archives with many customization items: imported in one commit (the figure is printed, not
 * asserted), and a real CLI process killed with SIGKILL in the middle of such an import, after which the
 * next start leaves nothing half-imported: no master, no image or staging file on the storage device, no
 * unpacked image, the journal entry rolled back; or, if the kill came after the commit, all of it.
 */
class CliLargeArchiveTest {
    private static final int ITEMS = 20_000;

    /** Where the killed process was, as seen from outside (files appearing). */
    enum KillPoint {
        /** Its unpack directory exists: it is unpacking the images, nothing journaled yet. */
        UNPACKING,
        /** A file of the image is on the storage device: it is storing it (journaled as running). */
        STORING,
        /** The image is published on the storage device: it is about to commit or committing the records. */
        COMMITTING
    }

    @Test
    void anArchiveOfTwentyThousandItemsImportsInOneCommit(@TempDir Path temp) throws Exception {
        Path one = archive(temp.resolve("one.zip"), "big", 4 << 20, 1);
        Path many = archive(temp.resolve("many.zip"), "big", 4 << 20, ITEMS);
        double fixed = timedImport(site(temp, "one"), one);
        CliSite branch = site(temp, "many");
        double seconds = timedImport(branch, many);
        Doc master = branch.json("master", "show", "big");
        assertEquals(ITEMS, master.list("items").size(), master::describe);
        assertEquals("/etc/item-" + ITEMS, ((Map<?, ?>) master.list("items").get(ITEMS - 1)).get("path"));
        List<?> journal = branch.json("journal").list("entries");
        assertEquals(List.of("import-master big SUCCEEDED"), journal.stream().map(e -> (Map<?, ?>) e)
                .filter(e -> !"add-storage".equals(e.get("operation")))
                .map(e -> e.get("operation") + " " + e.get("target") + " " + e.get("outcome")).toList());
        System.out.printf("archive import of %d items: %.2f s in-process (1 item: %.2f s): %.0f items/s overall, %.0f items/s"
                + " net of the 1-item import%n", ITEMS, seconds, fixed, ITEMS / seconds, (ITEMS - 1) / Math.max(0.001, seconds - fixed));
    }

    @ParameterizedTest
    @EnumSource(KillPoint.class)
    void aKilledImportLeavesNothingHalfImportedAfterTheNextStart(KillPoint point, @TempDir Path temp) throws Exception {
        Path archive = archive(temp.resolve("large.zip"), "big", 128 << 20, ITEMS);
        CliSite branch = site(temp, "branch");
        Path nas = temp.resolve("branch-nas");
        Path scratch = Files.createDirectories(temp.resolve("child"));
        Process child = CliProcess.spawn(branch.data(), scratch, "archive", "import", archive.toString(), "--storage", "nas");
        String unpackPrefix = "encompass-import-" + child.pid() + "-";
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Predicate<Void> reached = switch (point) {
            case UNPACKING -> v -> !names(tmp, n -> n.startsWith(unpackPrefix)).isEmpty();
            case STORING -> v -> !names(nas, n -> !n.equals("contents")).isEmpty();
            case COMMITTING -> v -> names(nas, n -> !n.equals("contents")).contains("big.img");
        };
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        boolean seen = false; // tested once a round: a staging file may be renamed between two looks
        while (child.isAlive() && !(seen = reached.test(null)) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertTrue(seen, () -> "not reached in time: " + point + "\n" + output(scratch));
        assertTrue(child.isAlive(), () -> "the import ended before " + point + " was seen:\n" + output(scratch));
        child.destroyForcibly(); // SIGKILL
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        // (file contents go to nas/contents beside the images: the images and their staging files are what is checked)
        List<String> leftBehind = names(nas, n -> !n.equals("contents"));

        // The next start (any command) repairs; it finds nothing interrupted left to report.
        List<?> masters = branch.json("master", "list").list("masters");
        List<?> journal = branch.json("journal").list("entries");
        List<String> outcomes = journal.stream().map(e -> (Map<?, ?>) e).filter(e -> "import-master".equals(e.get("operation")))
                .map(e -> String.valueOf(e.get("outcome"))).toList();
        assertEquals(List.of(), names(tmp, n -> n.startsWith(unpackPrefix)), "the killed import's unpacked images are removed");
        if (masters.isEmpty()) {
            // An empty write probe of the killed process may stay (the kill can land between its create and
            // delete); the device's next use removes probes of dead processes.
            assertEquals(List.of(), names(nas, n -> !n.equals("contents") && !n.startsWith(".encompass-write-probe-")),
                    "no image and no staging file stays on the storage device");
            assertEquals(point == KillPoint.UNPACKING ? List.of() : List.of("ROLLED_BACK"), outcomes, journal::toString);
            System.out.println("killed while " + point + " (storage held " + leftBehind + "): rolled back at the next start");
        } else {
            assertEquals(List.of("SUCCEEDED"), outcomes, journal::toString);
            assertEquals(ITEMS, branch.json("master", "show", "big").list("items").size());
            assertEquals(List.of("big.img"), names(nas, n -> !n.equals("contents")));
            System.out.println("killed while " + point + ": the commit had completed, the import is whole");
            return;
        }
        // And the archive imports whole afterwards.
        branch.ok("archive", "import", archive.toString(), "--storage", "nas");
        assertEquals(ITEMS, branch.json("master", "show", "big").list("items").size());
        assertEquals(List.of("big.img"), names(nas, n -> !n.equals("contents")));
    }

    private static CliSite site(Path temp, String name) throws IOException {
        CliSite site = new CliSite(temp.resolve(name));
        Path nas = Files.createDirectories(temp.resolve(name + "-nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        return site;
    }

    private static double timedImport(CliSite site, Path archive) {
        long start = System.nanoTime();
        CliRun run = site.ok("archive", "import", archive.toString(), "--storage", "nas");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(run.out().startsWith("Imported 1 master(s) (big; "), run::describe);
        return seconds;
    }

    /** A site archive of one master: {@code size} bytes without holes, {@code items} file replacements. */
    static Path archive(Path zip, String name, int size, int items) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = (byte) (i * 31 + 7 | 1); // never zero: no holes, every byte is written
        }
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(0); // stored in deflate blocks: quick to write and to read
            out.putNextEntry(new ZipEntry("masters/" + name + ".img"));
            for (int written = 0; written < size; written += chunk.length) {
                chunk[0] = (byte) (written >>> 20 | 1); // each MiB differs
                out.write(chunk, 0, Math.min(chunk.length, size - written));
                sha.update(chunk, 0, Math.min(chunk.length, size - written));
            }
            out.closeEntry();
            out.putNextEntry(new ZipEntry("encompass-archive.xml"));
            manifest(out, name, size, HexFormat.of().formatHex(sha.digest()), items);
            out.closeEntry();
        }
        return zip;
    }

    private static void manifest(OutputStream out, String name, int size, String sha256, int items) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<encompass-archive format=\"1\""
                + " site=\"hq\" created=\"2026-12-06T00:00:00Z\" created-by=\"test\">\n");
        xml.append("<master name=\"").append(name).append("\" version=\"1\" entry=\"masters/").append(name)
                .append(".img\" size=\"").append(size).append("\" sha256=\"").append(sha256).append("\">\n");
        String content = Base64.getEncoder().encodeToString("host ${hostname}\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= items; i++) {
            xml.append("<file-replacement path=\"/etc/item-").append(i).append("\" template=\"true\" content=\"")
                    .append(content).append("\"/>\n");
        }
        xml.append("</master>\n<snapshot/>\n</encompass-archive>\n");
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> names(Path directory, Predicate<String> filter) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(p -> p.getFileName().toString()).filter(filter).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String output(Path scratch) {
        try {
            return CliProcess.output(scratch);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void theChildProcessRunsTheCommandLine(@TempDir Path temp) throws Exception {
        Path scratch = Files.createDirectories(temp.resolve("child"));
        Process child = CliProcess.spawn(temp.resolve("repo"), scratch, "storage", "list", "--json");
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child did not exit");
        String output = CliProcess.output(scratch);
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("\"storageDevices\""), output);
        assertFalse(output.contains("Exception"), output);
    }
}
