package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.tests.support.ImageTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clone show} names the backend that customizes the clone's image (issue 20), decided from the image's
 * first sectors without an appliance: debugfs for ext4, libguestfs for anything else, for a sparse copy and
 * for a copy-on-write overlay (judged by its master, the overlay's backing file).
 */
class CliCustomizationBackendTest {

    @Test
    void cloneShowNamesTheBackendForRawAndCopyOnWriteClones(@TempDir Path temp) throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4", "qemu-img");
        Path tree = Files.createDirectories(temp.resolve("tree/etc"));
        Files.writeString(tree.resolve("hostname"), "template\n");
        Path ext4 = ImageTools.ext4(tree.getParent(), temp.resolve("web.img"), "16M");
        Path blank = Files.write(temp.resolve("win.img"), new byte[4 * 1024 * 1024]); // no ext: libguestfs' turn
        CliSite site = new CliSite(temp.resolve("repo"));
        Path nas = Files.createDirectories(temp.resolve("nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        site.ok("master", "import", "web", "--file", ext4.toString(), "--storage", "nas");
        site.ok("master", "import", "win", "--file", blank.toString(), "--storage", "nas");
        site.ok("clone", "web", "--method", "sparse");
        site.ok("clone", "web", "--method", "cow");
        site.ok("clone", "win", "--method", "sparse");
        site.ok("clone", "win", "--method", "cow");

        assertEquals(ImageFilesFactory.DEBUGFS, site.json("clone", "show", "web-01").string("backend"));
        assertEquals(ImageFilesFactory.DEBUGFS, site.json("clone", "show", "web-02").string("backend"));
        assertEquals(ImageFilesFactory.LIBGUESTFS, site.json("clone", "show", "win-01").string("backend"));
        Doc cow = site.json("clone", "show", "win-02");
        assertEquals("QCOW2", cow.string("format"), "the second clone is a qcow2 overlay");
        assertEquals(ImageFilesFactory.LIBGUESTFS, cow.string("backend"));

        String text = site.ok("clone", "show", "web-02").out();
        assertTrue(text.lines().anyMatch(line -> line.startsWith("Customized by") && line.endsWith(ImageFilesFactory.DEBUGFS)),
                text);

        Files.delete(Path.of(site.json("clone", "show", "web-01").string("location")));
        String missing = site.json("clone", "show", "web-01").string("backend");
        assertTrue(missing.startsWith("unknown ("), missing); // a missing image file: said, not a failed show
    }
}
