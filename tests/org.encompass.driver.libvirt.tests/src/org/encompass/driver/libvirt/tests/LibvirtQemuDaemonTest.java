package org.encompass.driver.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.PowerState;
import org.encompass.driver.libvirt.internal.LibvirtConnection;
import org.encompass.driver.libvirt.internal.LibvirtHypervisorDriver;
import org.junit.jupiter.api.Test;
import org.libvirt.Connect;

/**
 * The full cycle against a real libvirt daemon with QEMU (TCG here), where shutdown is a request the
 * guest may ignore: a disk without an operating system never powers off, so deactivate must fall
 * back to destroy after its timeout. Needs Debian libvirt-daemon-system, libvirt-daemon-driver-qemu,
 * qemu-system-x86 and qemu-utils, with {@code virtlogd -d; libvirtd -d} running; skipped otherwise.
 */
class LibvirtQemuDaemonTest {
    private static final String URI = "qemu:///system";
    private static final Path IMAGES = Path.of("/var/lib/libvirt/images");

    @Test
    void attachActivateDeactivateDetachOnQemu() throws Exception {
        assumeTrue(Files.exists(Path.of("/var/run/libvirt/libvirt-sock")),
                "no libvirt daemon runs here (start it with: virtlogd -d; libvirtd -d); QEMU cycle skipped");
        String name = "encompass-it-" + UUID.randomUUID().toString().substring(0, 8);
        Path disk = IMAGES.resolve(name + ".img");
        Connect admin = new Connect(URI);
        try {
            new ProcessBuilder("qemu-img", "create", "-q", "-f", "raw", disk.toString(), "16M").inheritIO().start()
                    .waitFor();
            admin.domainDefineXML("""
                    <domain type='qemu'>
                      <name>%s</name>
                      <memory unit='MiB'>64</memory>
                      <vcpu>1</vcpu>
                      <os><type arch='x86_64' machine='pc'>hvm</type></os>
                      <devices><emulator>/usr/bin/qemu-system-x86_64</emulator></devices>
                    </domain>""".formatted(name)).free();
            ImageRef clone = new ImageRef(disk.toString(), ImageFormat.RAW);

            try (LibvirtConnection host = (LibvirtConnection) new LibvirtHypervisorDriver().connect(URI)) {
                host.attach(name, clone);
                assertTrue(host.definition(name).contains("<source file='" + disk + "'/>"));

                host.activate(name, clone);
                assertEquals(PowerState.RUNNING, host.machine(name).power());

                long start = System.nanoTime();
                host.deactivate(name, Duration.ofSeconds(2));
                long tookMillis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(PowerState.OFF, host.machine(name).power());
                assertTrue(tookMillis >= 2000, "a guest without an OS ignores shutdown: waited " + tookMillis + " ms");

                host.detach(name);
                assertFalse(host.definition(name).contains("<disk "));
            }
        } finally {
            admin.close();
            QemuDaemon.removeDomain(name);
            Files.deleteIfExists(disk);
        }
    }
}
