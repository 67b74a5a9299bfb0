package org.encompass.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.customization.RegexReplacement;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ExternalCommand;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Site;
import org.osgi.framework.Bundle;

/**
 * What a new embedded repository starts with, so that a newcomer can deploy something at once: a local
 * directory as file storage {@value #STORAGE}, libvirt's test driver with eight shut-off machines as host
 * {@value #HOST}, and a small ext4 master {@value #DEMO_MASTER} customized per clone (its
 * {@code /etc/hostname} and {@code /etc/hosts} take the clone's name). Runs once per new repository:
 * a repository that has any storage, host or master is left as it is, so a removed demo never returns.
 * {@code ENCOMPASS_DEFAULTS} chooses them: {@code all} (when unset), {@code none}, or a comma-separated
 * list of {@code storage}, {@code host}, {@code demo}.
 */
public final class FirstStart {
    public static final String STORAGE = "local";
    public static final String HOST = "test";
    public static final String DEMO_MASTER = "demo";
    public static final String DEFAULTS_VARIABLE = "ENCOMPASS_DEFAULTS";

    private static final String LIBVIRT_BUNDLE = "org.encompass.driver.libvirt";
    private static final String TEST_NODE = "node/encompass-test-node.xml";
    private static final String DEMO_SIZE = "16M";

    /** What was set up; each entry names one default ("storage local", "host test", "master demo"). */
    public record Seeded(List<String> defaults, List<String> problems) {
        public boolean nothing() {
            return defaults.isEmpty();
        }
    }

    private FirstStart() {
    }

    /** One default a new repository can start with. */
    public enum Default {
        STORAGE, HOST, DEMO
    }

    /**
     * The defaults {@code value} names ({@code null} or {@code all}: every one; {@code none}: none; or a
     * comma-separated list of storage, host, demo).
     *
     * @throws IllegalArgumentException naming the word that is not one of them
     */
    public static Set<Default> parse(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("all")) {
            return EnumSet.allOf(Default.class);
        }
        EnumSet<Default> chosen = EnumSet.noneOf(Default.class);
        if (value.trim().equalsIgnoreCase("none")) {
            return chosen;
        }
        for (String word : value.split(",")) {
            try {
                chosen.add(Default.valueOf(word.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(DEFAULTS_VARIABLE + ": '" + word.trim()
                        + "' is not a default (all, none, or a comma-separated list of storage, host, demo)", e);
            }
        }
        return chosen;
    }

    /**
     * Sets up the {@code wanted} defaults (the host and the demo need the storage) in a new repository whose data directory is {@code dataDirectory}. A default
     * that cannot be made (no mkfs.ext4, no libvirt driver) is skipped and reported in {@link Seeded#problems()};
     * the others are still made.
     */
    public static Seeded seed(Engine engine, Path dataDirectory, Set<Default> wanted) {
        List<String> defaults = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean fresh = engine.read(site -> isNew(site));
        if (!fresh || !wanted.contains(Default.STORAGE)) {
            return new Seeded(defaults, problems);
        }
        try {
            Path storage = Files.createDirectories(dataDirectory.resolve("storage"));
            engine.addStorage(STORAGE, "file", storage.toString(), null, null);
            defaults.add("storage " + STORAGE);
        } catch (IOException | EncompassException e) {
            problems.add("storage " + STORAGE + ": " + e.getMessage());
            return new Seeded(defaults, problems);
        }
        if (wanted.contains(Default.HOST)) {
            seedHost(engine, dataDirectory, defaults, problems);
        }
        if (wanted.contains(Default.DEMO)) {
            seedDemo(engine, dataDirectory, defaults, problems);
        }
        return new Seeded(defaults, problems);
    }

    private static void seedHost(Engine engine, Path dataDirectory, List<String> defaults, List<String> problems) {
        try {
            Path node = copyTestNode(dataDirectory);
            if (node != null) {
                engine.addHost(HOST, "libvirt", "test://" + node.toAbsolutePath(), null);
                defaults.add("host " + HOST);
            }
        } catch (IOException | EncompassException e) {
            problems.add("host " + HOST + ": " + e.getMessage());
        }
    }

    private static void seedDemo(Engine engine, Path dataDirectory, List<String> defaults, List<String> problems) {
        try {
            importDemoMaster(engine, dataDirectory);
            defaults.add("master " + DEMO_MASTER);
        } catch (IOException | EncompassException e) {
            problems.add("master " + DEMO_MASTER + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("master " + DEMO_MASTER + ": interrupted");
        }
    }

    private static boolean isNew(Site site) {
        return site.getStorageDevices().isEmpty() && site.getHosts().isEmpty() && site.getMasters().isEmpty();
    }

    /**
     * Copies the libvirt test-driver node shipped with the libvirt driver bundle (when it is installed)
     * into the data directory, so the default host has a stable URI on a machine without a hypervisor.
     * Found as a bundle resource: the core never imports a driver.
     */
    private static Path copyTestNode(Path dataDirectory) throws IOException {
        Bundle bundle = Platform.getBundle(LIBVIRT_BUNDLE);
        URL entry = bundle == null ? null : bundle.getEntry(TEST_NODE);
        if (entry == null) {
            return null;
        }
        Path target = dataDirectory.resolve("libvirt-test-node.xml");
        try (InputStream in = entry.openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** A 16 MiB ext4 file system made here by mkfs.ext4 from a small tree, imported with two items. */
    private static void importDemoMaster(Engine engine, Path dataDirectory) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(dataDirectory, ".demo-");
        try {
            Path tree = Files.createDirectories(work.resolve("root/etc"));
            Files.writeString(tree.resolve("hostname"), "demo\n", StandardCharsets.UTF_8);
            Files.writeString(tree.resolve("hosts"), "127.0.0.1\tlocalhost\n127.0.1.1\tdemo\n", StandardCharsets.UTF_8);
            Files.writeString(tree.resolve("motd"), "An Encompass demo image: /etc/hostname and /etc/hosts name the clone.\n",
                    StandardCharsets.UTF_8);
            Path image = work.resolve("demo.img");
            makeExt4(work.resolve("root"), image);
            engine.importMaster(ImportRequest.of(DEMO_MASTER, image, ImageFormat.RAW, STORAGE)
                    .withProfile("1", "Demo image made on first start (ext4, 16 MiB): each clone's /etc/hostname and "
                            + "/etc/hosts take the clone's name", "demo", "ext4 file system, no kernel")
                    .withRequirements("x86_64", 0, 0, 0), null);
            engine.addCustomizationItem(DEMO_MASTER,
                    new FileReplacement("host name", "/etc/hostname", "${clone}\n", true));
            engine.addCustomizationItem(DEMO_MASTER,
                    new RegexReplacement("hosts entry", "/etc/hosts", "^127\\.0\\.1\\.1\\s.*$", "127.0.1.1\t${clone}", "m"));
        } finally {
            deleteTree(work);
        }
    }

    private static void makeExt4(Path tree, Path image) throws IOException, InterruptedException {
        ExternalCommand.Outcome mkfs;
        try {
            mkfs = new ExternalCommand(Duration.ofSeconds(60), "mkfs.ext4", "-q", "-F", "-L", DEMO_MASTER, "-d", tree.toString(),
                    image.toString(), DEMO_SIZE).runToExit(null);
        } catch (DriverException e) { // not started (not installed), or not finished in time
            throw new IOException(e.getMessage() + (e.getMessage().startsWith("Cannot run") ? " (Debian package e2fsprogs)" : ""), e);
        } catch (OperationCanceledException e) {
            throw new InterruptedException("mkfs.ext4 interrupted");
        }
        if (mkfs.exitCode() != 0) {
            throw new IOException("mkfs.ext4 failed (exit " + mkfs.exitCode() + "): " + (mkfs.output() + mkfs.errors()).strip());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
