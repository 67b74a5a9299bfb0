package org.encompass.driver.vsphere.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HypervisorConnection;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.PowerState;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.driver.vsphere.internal.VSphereDatastoreDriver;
import org.encompass.driver.vsphere.internal.VSphereHypervisorDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The paper's life of a clone on vSphere: clone a template to a disk, attach it to a machine,
 * activate, deactivate, detach, destroy. Checked through the driver and, independently, through
 * yavijava and the simulator's datastore directory.
 */
class VSphereMachineLifecycleTest {
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);
    private static Vcsim vcsim;
    private static StorageDeviceSpec datastore;
    private static VSphereDatastoreDriver storage;

    @BeforeAll
    static void simulatorWithATemplate() throws Exception {
        vcsim = Vcsim.shared();
        try (Inventory inventory = new Inventory(vcsim)) {
            inventory.ensureTemplate();
        }
        datastore = new StorageDeviceSpec("vsphere", "vsphere-datastore",
                vcsim.uri() + "&datastore=" + Inventory.DATASTORE);
        storage = new VSphereDatastoreDriver(location -> vcsim.credentials());
    }

    @Test
    void cloneAttachActivateDeactivateDetachDestroy() throws Exception {
        String name = "clone-" + UUID.randomUUID().toString().substring(0, 8);
        ImageRef clone = storage.cloneImage(datastore, new ImageRef("template:" + Inventory.TEMPLATE, ImageFormat.RAW),
                name, CloneMethod.VOLUME_COPY, null);
        assertEquals("[" + Inventory.DATASTORE + "] " + name + "/" + name + ".vmdk", clone.location());

        try (Inventory inventory = new Inventory(vcsim);
                HypervisorConnection host = new VSphereHypervisorDriver().connect(vcsim.uri(), vcsim.credentials())) {
            assertTrue(Files.isRegularFile(inventory.file(clone.location())), "the clone's disk is on the datastore");
            assertEquals(null, inventory.vm(name), "the clone's VM was unregistered: the clone is a disk");

            String machine = Inventory.MACHINE;
            host.deactivate(machine, SHUTDOWN);
            assertEquals(PowerState.OFF, host.machine(machine).power());

            host.attach(machine, clone);
            assertEquals(List.of(clone.location()), inventory.disks(machine));

            host.activate(machine, clone);
            assertEquals(PowerState.RUNNING, host.machine(machine).power());
            assertEquals(List.of(clone.location()), inventory.disks(machine));

            DriverException running = assertThrows(DriverException.class, () -> host.detach(machine));
            assertTrue(running.getMessage().contains("deactivate it first"), running.getMessage());

            host.deactivate(machine, SHUTDOWN);
            assertEquals(PowerState.OFF, host.machine(machine).power());

            host.detach(machine);
            assertEquals(List.of(), inventory.disks(machine));
            assertTrue(Files.isRegularFile(inventory.file(clone.location())), "detaching keeps the disk");

            host.activate(machine, clone);
            assertEquals(List.of(clone.location()), inventory.disks(machine), "activate re-attaches a lost disk");
            host.deactivate(machine, SHUTDOWN);
            host.detach(machine);

            storage.deleteImage(datastore, clone);
            assertFalse(Files.exists(inventory.file(clone.location()).getParent()), "destroy removes the clone");
            storage.deleteImage(datastore, clone); // already gone: not an error
        }
    }

    @Test
    void attachingADiskThatDoesNotExistFails() throws Exception {
        try (HypervisorConnection host = new VSphereHypervisorDriver().connect(vcsim.uri(), vcsim.credentials())) {
            host.deactivate("DC0_H0_VM1", SHUTDOWN);
            DriverException e = assertThrows(DriverException.class, () -> host.attach("DC0_H0_VM1",
                    new ImageRef("[" + Inventory.DATASTORE + "] missing/missing.vmdk", ImageFormat.RAW)));
            assertTrue(e.getMessage().contains("FileNotFound"), e.getMessage());
        }
    }

    @Test
    void unknownMachinesAndTemplatesAreClearErrors() throws Exception {
        try (HypervisorConnection host = new VSphereHypervisorDriver().connect(vcsim.uri(), vcsim.credentials())) {
            DriverException unknown = assertThrows(DriverException.class, () -> host.machine("no-such-vm"));
            assertTrue(unknown.getMessage().contains("no virtual machine named no-such-vm"), unknown.getMessage());
            DriverException template = assertThrows(DriverException.class,
                    () -> host.activate(Inventory.TEMPLATE, new ImageRef("[x] y/y.vmdk", ImageFormat.RAW)));
            assertTrue(template.getMessage().contains("is a template"), template.getMessage());
            DriverException path = assertThrows(DriverException.class,
                    () -> host.attach("DC0_H0_VM1", new ImageRef("/var/lib/images/a.raw", ImageFormat.RAW)));
            assertTrue(path.getMessage().contains("Not a datastore path"), path.getMessage());
        }
    }
}
