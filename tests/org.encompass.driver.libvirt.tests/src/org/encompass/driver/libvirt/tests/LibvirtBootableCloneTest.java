package org.encompass.driver.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.ImportRequest;
import org.encompass.core.customization.FileReplacement;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.persistence.EncompassRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.libvirt.Connect;
import org.libvirt.LibvirtException;

/**
 * A deployed clone really starts with its own customization: the bootable master (GRUB, a Debian
 * kernel, busybox) is imported, given the item "/etc/hostname = ${hostname}", deployed as a COW clone
 * onto a domain of the real libvirt daemon (QEMU, TCG), and the domain's serial console shows the
 * clone's hostname. Deactivate is a graceful shutdown the guest obeys (the ACPI power button).
 * Skipped without a daemon ({@code releng/scripts/libvirtd.sh start}).
 */
class LibvirtBootableCloneTest {
    private static final Duration BOOT_LIMIT = Duration.ofMinutes(5);

    @TempDir
    Path repositoryDirectory;

    @Test
    void aDeployedCloneBootsAndShowsItsCustomizedHostname() throws Exception {
        assumeTrue(QemuDaemon.runs(), "no libvirt daemon runs here (releng/scripts/libvirtd.sh start); skipped");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String domain = "encompass-boot-" + suffix;
        String hostname = "web-" + suffix;
        Path storage = Files.createDirectories(QemuDaemon.IMAGES.resolve(domain));
        Path serial = storage.resolve("serial.log");
        Path master = storage.resolve("bootable-source.img");
        try {
            BootableMaster.make(master);
            define(domain, serial);
            try (EncompassRepository repository = EncompassRepository.open(repositoryDirectory)) {
                CDOSession session = repository.openSession();
                try (Engine engine = new Engine(session,
                        EngineOptions.defaults().withDeactivateTimeout(Duration.ofSeconds(60)))) {
                    engine.init("it");
                    engine.addStorage("images", "file", storage.toString(), CloneMethod.SPARSE, null);
                    engine.addHost("qemu", "libvirt", QemuDaemon.URI, null);
                    engine.importMaster(ImportRequest.of("boot", master, ImageFormat.RAW, "images"), null);
                    engine.addCustomizationItem("boot",
                            new FileReplacement("hostname", "/etc/hostname", "${hostname}\n", true));

                    String machine = "qemu/" + domain;
                    DeployResult result = engine.deploy(new DeployRequest("boot", List.of(machine), CloneMethod.COW,
                            Map.of(machine, Map.of("hostname", hostname)), true), null);
                    DeployResult.MachineOutcome outcome = result.outcomes().get(0);
                    assertTrue(outcome.succeeded(), () -> "deploy failed: " + outcome.error());

                    assertEquals(hostname, BootableMaster.awaitHostname(serial, BOOT_LIMIT),
                            "the machine's serial console shows the clone's own hostname");

                    engine.deactivate(outcome.cloneName(), null);
                    assertTrue(Files.readString(serial, StandardCharsets.ISO_8859_1).contains("power button pressed"),
                            "the guest powered off on the shutdown request, not after the timeout");
                    engine.detach(outcome.cloneName(), null);

                    Path imported = Path.of(engine.read(site -> site.getMasters().get(0).getLocation()));
                    assertEquals("encompass-master\n", debugfsCat(imported, "/etc/hostname"), "the master is untouched");
                } finally {
                    session.close();
                }
            }
        } finally {
            QemuDaemon.removeDomain(domain);
            deleteTree(storage);
        }
    }

    /** A domain that boots its first disk with ACPI (for the power button) and a serial console to a file. */
    private static void define(String name, Path serial) throws LibvirtException {
        Connect admin = new Connect(QemuDaemon.URI);
        try {
            admin.domainDefineXML("""
                    <domain type='qemu'>
                      <name>%s</name>
                      <memory unit='MiB'>128</memory>
                      <vcpu>1</vcpu>
                      <os><type arch='x86_64' machine='pc'>hvm</type></os>
                      <features><acpi/></features>
                      <devices>
                        <emulator>/usr/bin/qemu-system-x86_64</emulator>
                        <serial type='file'><source path='%s'/><target port='0'/></serial>
                      </devices>
                    </domain>""".formatted(name, serial)).free();
        } finally {
            admin.close();
        }
    }

    /** The file's content in the raw image's ext4 partition (1 MiB in, where bootable-master.sh puts it). */
    private static String debugfsCat(Path image, String file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("debugfs", "-R", "cat " + file, image + "?offset=1048576").start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.getErrorStream().readAllBytes();
        assertEquals(0, process.waitFor(), "debugfs " + image);
        return out;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
