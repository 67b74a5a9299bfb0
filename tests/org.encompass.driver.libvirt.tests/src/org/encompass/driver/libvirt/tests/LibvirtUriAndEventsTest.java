package org.encompass.driver.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DiscoveryResult;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.PowerListener;
import org.encompass.core.spi.PowerState;
import org.encompass.driver.libvirt.internal.LibvirtConnection;
import org.encompass.driver.libvirt.internal.LibvirtDiscoveryProvider;
import org.encompass.driver.libvirt.internal.LibvirtHypervisorDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Host URIs are checked before libvirt sees them (a wrong one gets a clear message; remote ones are
 * accepted and fail clearly when unreachable), power events come from libvirt's event loop, and
 * discovery reports the disk each machine boots from. libvirt's in-process test driver, no daemon.
 */
class LibvirtUriAndEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private final LibvirtHypervisorDriver driver = new LibvirtHypervisorDriver(Duration.ofSeconds(10));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|No hypervisor URI given",
            "qemu|is not a libvirt URI: it needs driver://",
            "http://host/system|names no libvirt driver: http is not one of",
            "qemu+ssh:///system|uses the ssh transport but names no host",
            "qemu+pigeon://h1/system|names an unknown libvirt transport 'pigeon'",
            "qemu://bad host/system|is not a libvirt URI" })
    void wrongUrisAreRefusedBeforeConnecting(String uri, String expected) {
        DriverException e = assertThrows(DriverException.class, () -> driver.connect(uri));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    /** Remote URIs are accepted; a host that refuses the connection gives libvirt's reason, named. */
    @ParameterizedTest
    @CsvSource({ "qemu+tcp://127.0.0.1:1/system", "qemu+ssh://nobody@127.0.0.1:1/system?no_tty=1" })
    void anUnreachableRemoteHostFailsClearly(String uri) {
        DriverException e = assertThrows(DriverException.class,
                () -> driver.connect(uri, new Credentials("admin", "pw".toCharArray())));
        assertTrue(e.getMessage().startsWith("Cannot connect to " + uri + ": "), e.getMessage());
        assertTrue(e.getMessage().length() > ("Cannot connect to " + uri + ": ").length() + 5, "a reason: " + e.getMessage());
    }

    @Test
    void powerChangesArriveAsEventsOnAnotherConnection() throws Exception {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        try (LibvirtConnection watching = driver.connect("test:///default", Credentials.NONE);
                LibvirtConnection acting = driver.connect("test:///default", Credentials.NONE)) {
            assertTrue(watching.addPowerListener(new PowerListener() {
                @Override
                public void powerChanged(String machine, String uuid, PowerState power) {
                    events.add(machine + " " + power);
                }
            }));
            if (acting.machine("test").power() != PowerState.OFF) {
                acting.deactivate("test", Duration.ZERO);
                assertEquals("test OFF", events.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
            }
            acting.activate("test", new ImageRef("/guest/diskimage1", ImageFormat.RAW));
            assertEquals("test RUNNING", events.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
            acting.deactivate("test", Duration.ZERO);
            assertEquals("test OFF", events.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertTrue(watching.isAlive());
        }
    }

    @Test
    void discoveryReportsTheDiskEachMachineBootsFrom() throws Exception {
        ImageRef disk = new ImageRef("/srv/nas1/web-07.img", ImageFormat.RAW);
        try (LibvirtConnection host = driver.connect("test:///default", Credentials.NONE)) {
            host.deactivate("test", Duration.ZERO);
            host.attach("test", disk);
            try {
                DiscoveryResult result = new LibvirtDiscoveryProvider(driver).discover("test:///default", Credentials.NONE, null);
                assertTrue(result.machines().stream().anyMatch(m -> m.name().equals("test")), result::toString);
                assertEquals(disk.location(), result.bootDisks().get("test"), result::toString);
            } finally {
                host.detach("test");
            }
        }
    }
}
