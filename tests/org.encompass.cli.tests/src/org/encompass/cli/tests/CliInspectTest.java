package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.encompass.core.customization.ImageFilesFactory;
import org.encompass.tests.support.ImageTools;
import org.encompass.tests.support.InspectableImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code master inspect} on an image file and on a master's image (a whole-disk ext4 image: read from its bytes,
 * no appliance), its JSON, and a file that is no disk image refused in one line. The appliance route is
 * covered by core's ImageInspectorTest and the console's ImportMasterWizardTest.
 */
class CliInspectTest {

    @Test
    void inspectShowsFileSystemsAndOperatingSystemOfAFileAndOfAMaster(@TempDir Path temp) throws Exception {
        ImageTools.assumeInstalled("mkfs.ext4");
        Path image = InspectableImages.wholeDiskExt4(temp, "web.img");
        CliSite site = new CliSite(temp.resolve("repo"));
        String text = site.ok("master", "inspect", image.toString()).out();
        assertTrue(text.lines().anyMatch(line -> line.strip().matches("Operating system +Debian GNU/Linux 12 \\(bookworm\\) \\(linux, debian\\)")), text);
        assertTrue(text.lines().anyMatch(line -> line.strip().matches("Hostname +" + InspectableImages.HOSTNAME)), text);
        assertTrue(text.lines().anyMatch(line -> line.strip().matches("Identity files +/etc/hostname, /etc/hosts, .*")), text);
        assertTrue(text.lines().anyMatch(line -> line.strip().matches("/dev/sda +ext4 +root +16 MiB +yes +/\\.\\.\\.")), text);

        Path nas = Files.createDirectories(temp.resolve("nas"));
        site.ok("storage", "add", "nas", "--kind", "file", "--location", nas.toString());
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas");
        Doc json = site.json("master", "inspect", "web");
        json.expect(ImageFilesFactory.DEBUGFS, "method").expect(List.of(), "partitions")
                .expect("/dev/sda", "fileSystems", 0, "device").expect("ext4", "fileSystems", 0, "type")
                .expect("root", "fileSystems", 0, "label").expect(true, "fileSystems", 0, "root")
                .expect("", "fileSystems", 0, "itemPrefix").expect("debian", "operatingSystem", "distro")
                .expect("12", "operatingSystem", "version").expect(InspectableImages.HOSTNAME, "operatingSystem", "hostname");
        assertTrue(json.string("image").startsWith(nas.toString()), json::describe);

        Path notes = Files.writeString(temp.resolve("notes.txt"), "not a disk\n");
        site.fails(1, List.of("no file system found in " + notes, "not a disk image"), "master", "inspect", notes.toString());
        site.fails(1, List.of("nope"), "master", "inspect", "nope");
        assertEquals(2, site.run("master", "inspect", image.toString(), "--timeout", "1").exitCode(), "below 10 s refused");
    }
}
