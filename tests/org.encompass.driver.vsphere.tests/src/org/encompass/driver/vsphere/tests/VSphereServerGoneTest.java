package org.encompass.driver.vsphere.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HypervisorConnection;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.driver.vsphere.internal.VSphereDatastoreDriver;
import org.encompass.driver.vsphere.internal.VSphereDiscoveryProvider;
import org.encompass.driver.vsphere.internal.VSphereHypervisorDriver;
import org.junit.jupiter.api.Test;

/** Private simulators are stopped while the driver talks to them. */
class VSphereServerGoneTest {
    private static final String PASSWORD = "private-" + System.nanoTime();

    @Test
    void aServerStoppedDuringAPowerOnIsAClearError() throws Exception {
        Vcsim vcsim = Vcsim.start(PASSWORD, "PowerOnVM_Task");
        try (HypervisorConnection host = new VSphereHypervisorDriver().connect(vcsim.uri(), vcsim.credentials());
                Inventory inventory = new Inventory(vcsim)) {
            host.deactivate(Inventory.MACHINE, Duration.ofSeconds(30));
            ImageRef disk = new ImageRef(inventory.disks(Inventory.MACHINE).get(0), ImageFormat.RAW);
            FutureTask<Void> activation = new FutureTask<>(() -> {
                host.activate(Inventory.MACHINE, disk);
                return null;
            });
            Thread worker = new Thread(activation, "activate " + Inventory.MACHINE);
            worker.start();
            awaitCallInFlight(worker, "powerOnVM_Task");
            vcsim.kill();

            ExecutionException failed = assertThrows(ExecutionException.class, activation::get);
            DriverException e = assertInstanceOf(DriverException.class, failed.getCause());
            assertTrue(e.getMessage().contains("vSphere " + vcsim.server() + ": cannot power on " + Inventory.MACHINE),
                    e.getMessage());
            assertTrue(e.getMessage().contains("connection broke") || e.getMessage().contains("connection refused"),
                    e.getMessage());
            assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
        } finally {
            vcsim.kill();
        }
    }

    @Test
    void aServerGoneBetweenCallsIsAClearErrorEverywhere() throws Exception {
        Vcsim vcsim = Vcsim.start(PASSWORD, null);
        HypervisorConnection host = new VSphereHypervisorDriver().connect(vcsim.uri(), vcsim.credentials());
        try {
            assertFalse(host.listMachines().isEmpty());
            vcsim.kill();
            assertRefused(vcsim, assertThrows(DriverException.class, host::listMachines));
            assertRefused(vcsim, assertThrows(DriverException.class,
                    () -> host.deactivate(Inventory.MACHINE, Duration.ofSeconds(30))));
        } finally {
            host.close(); // logging out of a vanished server is quiet
        }
        assertRefused(vcsim, assertThrows(DriverException.class,
                () -> new VSphereDiscoveryProvider().inventory(vcsim.uri(), vcsim.credentials(), null)));
        StorageDeviceSpec datastore = new StorageDeviceSpec("gone", "vsphere-datastore",
                vcsim.uri() + "&datastore=" + Inventory.DATASTORE);
        assertRefused(vcsim, assertThrows(DriverException.class,
                () -> new VSphereDatastoreDriver(location -> vcsim.credentials()).cloneImage(datastore,
                        new ImageRef("template:" + Inventory.TEMPLATE, ImageFormat.RAW), "c", CloneMethod.VOLUME_COPY,
                        null)));
    }

    /** Waits until {@code worker} is inside yavijava's call of {@code method} (the simulator holds it). */
    private static void awaitCallInFlight(Thread worker, String method) throws InterruptedException {
        while (worker.isAlive() && Arrays.stream(worker.getStackTrace())
                .noneMatch(frame -> frame.getMethodName().equals(method) && frame.getClassName().startsWith("com.vmware"))) {
            Thread.sleep(10);
        }
    }

    private static void assertRefused(Vcsim vcsim, DriverException e) {
        assertTrue(e.getMessage().contains("vSphere " + vcsim.server()), e.getMessage());
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    }
}
