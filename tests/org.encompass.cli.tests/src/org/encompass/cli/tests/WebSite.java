package org.encompass.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.encompass.tests.support.ImageTools;

/**
 * The site the end-to-end CLI tests start from: file storage "nas", host "lab" on libvirt's test driver
 * (this bundle's node.xml: vm-01..vm-04) and the master "web", a real 16 MiB ext4 image made by mkfs.ext4.
 * The image and the node are made once per test class ({@link #prepare}), a site per test ({@link #site}).
 */
record WebSite(Path image, String nodeUri) {

    /** Makes the image, whose /etc holds {@code etc} (file name to content), and the test node under {@code shared}. */
    static WebSite prepare(Path shared, Map<String, String> etc) throws IOException, InterruptedException {
        Path tree = Files.createDirectories(shared.resolve("tree/etc"));
        for (Map.Entry<String, String> file : etc.entrySet()) {
            Files.writeString(tree.resolve(file.getKey()), file.getValue());
        }
        Path image = ImageTools.ext4(tree.getParent(), shared.resolve("web.img"), "16M");
        return new WebSite(image, "test://" + TestResources.copy("node.xml", shared.resolve("node.xml")).toAbsolutePath());
    }

    /** A new repository under {@code temp} with the storage, the host and the master. */
    CliSite site(Path temp) throws IOException {
        return site(temp, Map.of());
    }

    /** {@link #site} in the store {@code environment} chooses (e.g. a PostgreSQL database), data under {@code temp}. */
    CliSite site(Path temp, Map<String, String> environment) throws IOException {
        CliSite site = new CliSite(temp.resolve("repo"), environment);
        Path nas = Files.createDirectories(temp.resolve("nas"));
        site.json("storage", "add", "nas", "--kind", "file", "--location", nas.toString()).expect(nas.toString(), "location");
        site.json("host", "add", "lab", "--uri", nodeUri).expect(4L, "machines");
        site.ok("master", "import", "web", "--file", image.toString(), "--storage", "nas", "--arch", "x86_64");
        return site;
    }

    /** {@link #site} with the item that sets /etc/hostname to the clone's {@code ${hostname}}. */
    CliSite siteWithHostnameItem(Path temp) throws IOException {
        CliSite site = site(temp);
        site.json("master", "item-add", "web", "--path", "/etc/hostname", "--content", "${hostname}\n", "--template");
        return site;
    }
}
