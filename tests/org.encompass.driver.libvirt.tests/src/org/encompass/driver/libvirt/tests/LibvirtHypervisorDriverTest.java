package org.encompass.driver.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.MachineInfo;
import org.encompass.core.spi.PowerState;
import org.encompass.driver.libvirt.internal.LibvirtConnection;
import org.encompass.driver.libvirt.internal.LibvirtHypervisorDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The libvirt driver against libvirt's real in-process test driver (Debian libvirt0, no daemon):
 * a fresh host per test from {@code resources/node.xml}.
 */
class LibvirtHypervisorDriverTest {
    private static final ImageRef CLONE = new ImageRef("/srv/nas1/web-01.qcow2", ImageFormat.QCOW2,
            "/srv/nas1/golden.img");
    private static final ImageRef OTHER_CLONE = new ImageRef("/srv/nas1/web-02.img", ImageFormat.RAW);

    @TempDir
    Path work;

    private final LibvirtHypervisorDriver driver = new LibvirtHypervisorDriver();
    private String uri;
    private LibvirtConnection host;

    @BeforeEach
    void connect() throws Exception {
        uri = TestNode.uriIn(work);
        host = (LibvirtConnection) driver.connect(uri);
    }

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void listsEveryMachineWithIdentityAndHardware() throws DriverException {
        List<MachineInfo> machines = host.listMachines();
        assertEquals(List.of("vm-01", "vm-02", "vm-03", "vm-04"), machines.stream().map(MachineInfo::name).toList());
        MachineInfo vm04 = machines.get(3);
        assertEquals(new MachineInfo("vm-04", "5e1f0000-0000-4000-8000-000000000004", "x86_64", 2, 2048,
                List.of("52:54:00:e0:00:04", "52:54:00:e0:01:04"), PowerState.OFF), vm04);
        assertEquals(List.of("52:54:00:e0:00:01"), host.machine("vm-01").macs());
    }

    @Test
    void reportsItsStoragePoolsAndEachMachinesNetworks() throws DriverException {
        org.encompass.core.spi.HostTopology topology = host.topology();
        assertTrue(topology.storage().containsAll(java.util.List.of("encompass-images", "/var/lib/encompass/images")),
                topology.toString());
        assertEquals(java.util.List.of("default"), topology.networks().get("vm-04"), "two NICs on one network: once");
        assertEquals(java.util.Set.of("vm-01", "vm-02", "vm-03", "vm-04"), topology.networks().keySet());
    }

    @Test
    void aMissingNodeFileFailsClearly() {
        DriverException e = assertThrows(DriverException.class, () -> driver.connect("test:///nonexistent/node.xml"));
        assertTrue(e.getMessage().contains("test:///nonexistent/node.xml"), e.getMessage());
        assertTrue(e.getMessage().contains("failed to parse"), "libvirt's reason is kept: " + e.getMessage());
    }

    @Test
    void qemuWithoutADaemonFailsFast() {
        assumeFalse(Files.exists(Path.of("/var/run/libvirt/libvirt-sock")),
                "a libvirt daemon runs on this machine, so qemu:///system would connect");
        long start = System.nanoTime();
        DriverException e = assertThrows(DriverException.class, () -> driver.connect("qemu:///system"));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "failed within 5 s");
        assertTrue(e.getMessage().startsWith("Cannot connect to qemu:///system: "), e.getMessage());
        assertTrue(e.getMessage().contains("libvirt-sock"), e.getMessage());
    }

    @Test
    void aHostThatNeverAnswersTimesOut() throws Exception {
        // A loopback socket that accepts and then says nothing: libvirt's handshake would wait forever.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String silentUri = "qemu+tcp://127.0.0.1:" + silent.getLocalPort() + "/system";
            long start = System.nanoTime();
            DriverException e = assertThrows(DriverException.class,
                    () -> new LibvirtHypervisorDriver(Duration.ofSeconds(1)).connect(silentUri));
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "gave up after the timeout");
            assertEquals("Cannot connect to " + silentUri + ": no answer within 1 s.", e.getMessage());
        }
    }

    @Test
    void unknownMachinesAreNamed() {
        for (Operation operation : List.<Operation>of(() -> host.machine("nope"), () -> host.attach("nope", CLONE),
                () -> host.activate("nope", CLONE), () -> host.deactivate("nope", Duration.ZERO),
                () -> host.detach("nope"))) {
            DriverException e = assertThrows(DriverException.class, operation::run);
            assertEquals("Host " + uri + " has no machine named 'nope'.", e.getMessage());
        }
    }

    @Test
    void attachMakesTheCloneTheBootDiskAndKeepsTheRest() throws Exception {
        host.attach("vm-01", CLONE);

        String xml = host.definition("vm-01");
        assertTrue(xml.contains("<disk type='file' device='disk'>"), xml);
        assertTrue(xml.contains("<driver name='qemu' type='qcow2'/>"), xml);
        assertTrue(xml.contains("<source file='/srv/nas1/web-01.qcow2'/>"), xml);
        assertTrue(xml.contains("<target dev='vda' bus='virtio'/>"), xml);
        assertTrue(xml.contains("<boot dev='hd'/>"), xml);
        assertTrue(xml.contains("<encompass:boot xmlns:encompass=\"http://www.encompass.org/libvirt/1.0\""), xml);
        assertTrue(xml.contains("source=\"/srv/nas1/web-01.qcow2\"") && xml.contains("format=\"qcow2\""), xml);
        assertEquals(1, count(xml, "<disk "), "exactly one disk: " + xml);
        assertEquals(new MachineInfo("vm-01", "5e1f0000-0000-4000-8000-000000000001", "x86_64", 2, 2048,
                List.of("52:54:00:e0:00:01"), PowerState.OFF), host.machine("vm-01"), "the rest is kept");
    }

    @Test
    void reattachReplacesOnlyOurDisk() throws Exception {
        host.attach("vm-01", CLONE);
        host.attach("vm-01", OTHER_CLONE);
        String xml = host.definition("vm-01");
        assertEquals(1, count(xml, "<disk "), xml);
        assertTrue(xml.contains("<source file='/srv/nas1/web-02.img'/>") && xml.contains("type='raw'"), xml);
        assertFalse(xml.contains("web-01"), xml);
    }

    @Test
    void detachRestoresADisplacedDiskAndBootOrderExactly() throws Exception {
        String original = host.definition("vm-02");

        host.attach("vm-02", CLONE);
        String attached = host.definition("vm-02");
        assertTrue(attached.contains("<source file='/srv/nas1/web-01.qcow2'/>"), attached);
        assertFalse(attached.contains("<boot dev='network'/>"), "boots from the clone only: " + attached);
        assertTrue(attached.contains("tools.iso"), "other disks stay: " + attached);
        String devices = attached.substring(attached.indexOf("<devices>"));
        assertEquals(2, count(devices, "<disk "), "the clone and the cdrom: " + attached);
        String metadata = attached.substring(0, attached.indexOf("</metadata>"));
        assertTrue(metadata.contains("legacy-02.img"), "the old vda disk is parked in the metadata: " + attached);

        host.detach("vm-02");
        assertEquals(original, host.definition("vm-02"));
    }

    @Test
    void perDeviceBootOrderPutsTheCloneFirstAndDetachUndoesIt() throws Exception {
        String original = host.definition("vm-03");

        host.attach("vm-03", CLONE);
        String attached = host.definition("vm-03");
        int ours = attached.indexOf("web-01.qcow2");
        assertTrue(ours > 0 && attached.indexOf("<boot order='1'/>", ours) > ours, attached);
        assertTrue(attached.indexOf("<boot order='2'/>", attached.indexOf("data-03.qcow2")) > 0, attached);
        assertFalse(attached.contains("<boot dev="), "libvirt forbids os/boot with per-device order: " + attached);

        host.detach("vm-03");
        assertEquals(original, host.definition("vm-03"));
    }

    @Test
    void activateStartsTheMachineFromTheClone() throws Exception {
        host.attach("vm-01", CLONE);
        host.activate("vm-01", CLONE);
        assertEquals(PowerState.RUNNING, host.machine("vm-01").power());
        assertTrue(host.liveDefinition("vm-01").contains("<source file='/srv/nas1/web-01.qcow2'/>"));

        host.activate("vm-01", CLONE); // already running from it: nothing to do
        assertEquals(PowerState.RUNNING, host.machine("vm-01").power());
    }

    @Test
    void activateReattachesWhenTheHostLostTheAttachment() throws Exception {
        host.attach("vm-01", CLONE);
        host.close();
        // a fresh connection to the node file is a host that restarted without our definition
        host = (LibvirtConnection) driver.connect(uri);
        assertFalse(host.definition("vm-01").contains("web-01.qcow2"), "the attachment is lost");

        host.activate("vm-01", CLONE);

        assertEquals(PowerState.RUNNING, host.machine("vm-01").power());
        assertTrue(host.definition("vm-01").contains("<source file='/srv/nas1/web-01.qcow2'/>"));
        assertTrue(host.liveDefinition("vm-01").contains("<source file='/srv/nas1/web-01.qcow2'/>"));
    }

    @Test
    void activateWithAnotherDiskWhileRunningIsRefused() throws Exception {
        host.activate("vm-01", CLONE);
        String before = host.definition("vm-01");
        DriverException e = assertThrows(DriverException.class, () -> host.activate("vm-01", OTHER_CLONE));
        assertEquals("Machine 'vm-01' on " + uri + " is already running from /srv/nas1/web-01.qcow2; "
                + "deactivate it before activating /srv/nas1/web-02.img.", e.getMessage());
        assertEquals(before, host.definition("vm-01"));
        assertEquals(PowerState.RUNNING, host.machine("vm-01").power());
    }

    @Test
    void deactivateTurnsTheMachineOff() throws Exception {
        host.activate("vm-01", CLONE);
        host.deactivate("vm-01", Duration.ofSeconds(10));
        assertEquals(PowerState.OFF, host.machine("vm-01").power());
        host.deactivate("vm-01", Duration.ofSeconds(10)); // already off: nothing to do
        assertEquals(PowerState.OFF, host.machine("vm-01").power());
        assertTrue(host.definition("vm-01").contains("web-01.qcow2"), "deactivation keeps the attachment");
    }

    @Test
    void detachRemovesTheDiskAndKeepsTheMachine() throws Exception {
        String original = host.definition("vm-01");
        host.attach("vm-01", CLONE);
        host.detach("vm-01");
        String xml = host.definition("vm-01");
        assertFalse(xml.contains("<disk "), xml);
        assertFalse(xml.contains("encompass"), xml);
        assertEquals(original, xml);
        host.detach("vm-01"); // nothing attached: nothing to do
        assertEquals(original, host.definition("vm-01"));
    }

    @Test
    void attachAndDetachRefuseARunningMachineAndChangeNothing() throws Exception {
        host.activate("vm-01", CLONE);
        String before = host.definition("vm-01");

        DriverException attach = assertThrows(DriverException.class, () -> host.attach("vm-01", OTHER_CLONE));
        assertEquals("Machine 'vm-01' on " + uri + " is running; deactivate it before attaching "
                + "/srv/nas1/web-02.img.", attach.getMessage());
        DriverException detach = assertThrows(DriverException.class, () -> host.detach("vm-01"));
        assertEquals("Machine 'vm-01' on " + uri + " is running; deactivate it before detaching its disk.",
                detach.getMessage());

        assertEquals(before, host.definition("vm-01"));
        assertEquals(PowerState.RUNNING, host.machine("vm-01").power());
    }

    @Test
    void aRelativeDiskLocationIsRefused() throws Exception {
        String before = host.definition("vm-01");
        DriverException e = assertThrows(DriverException.class,
                () -> host.attach("vm-01", new ImageRef("web-01.img", ImageFormat.RAW)));
        assertTrue(e.getMessage().contains("not an absolute file path"), e.getMessage());
        assertEquals(before, host.definition("vm-01"));
    }

    @Test
    void aClosedConnectionSaysSo() throws Exception {
        host.close();
        DriverException e = assertThrows(DriverException.class, () -> host.listMachines());
        assertEquals("The connection to " + uri + " is closed.", e.getMessage());
        host.close();
    }

    @Test
    void eachOpenOfANodeFileStartsFresh() throws Exception {
        try (LibvirtConnection second = (LibvirtConnection) driver.connect(uri)) {
            host.activate("vm-01", CLONE);
            assertEquals(PowerState.RUNNING, host.machine("vm-01").power());
            assertEquals(PowerState.OFF, second.machine("vm-01").power(), "the second open has its own state");
        }
    }

    @Test
    void defaultTestHostIsSharedWithinTheProcess() throws Exception {
        try (LibvirtConnection first = (LibvirtConnection) driver.connect("test:///default");
                LibvirtConnection second = (LibvirtConnection) driver.connect("test:///default")) {
            PowerState before = second.machine("test").power();
            if (before == PowerState.RUNNING) {
                first.deactivate("test", Duration.ZERO);
                assertEquals(PowerState.OFF, second.machine("test").power(), "the other connection sees it");
            } else {
                first.activate("test", new ImageRef("/guest/diskimage1", ImageFormat.RAW));
                assertNotEquals(PowerState.OFF, second.machine("test").power(), "the other connection sees it");
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @FunctionalInterface
    private interface Operation {
        void run() throws Exception;
    }
}
