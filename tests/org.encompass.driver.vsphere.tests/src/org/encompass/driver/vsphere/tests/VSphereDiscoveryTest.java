package org.encompass.driver.vsphere.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.encompass.core.spi.DiscoveryProvider;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.MachineInfo;
import org.encompass.core.spi.PowerState;
import org.encompass.driver.vsphere.internal.VSphereDiscoveryProvider;
import org.encompass.driver.vsphere.internal.VSphereInventory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Discovery of the simulator's inventory (simulator.VPX(): one datacenter, a cluster, a standalone host). */
class VSphereDiscoveryTest {
    private static Vcsim vcsim;
    private final VSphereDiscoveryProvider discovery = new VSphereDiscoveryProvider();

    @BeforeAll
    static void simulatorWithATemplate() throws Exception {
        vcsim = Vcsim.shared();
        try (Inventory inventory = new Inventory(vcsim)) {
            inventory.ensureTemplate();
        }
    }

    @Test
    void findsDatacentersHostsDatastoresMachinesAndTemplates() throws Exception {
        VSphereInventory found = discovery.inventory(vcsim.uri(), vcsim.credentials(), new NullProgressMonitor());
        assertEquals(vcsim.server(), found.server());
        assertTrue(found.product().startsWith("VMware vCenter Server"), found.product());
        assertEquals(1, found.datacenters().size());
        VSphereInventory.Datacenter datacenter = found.datacenters().get(0);
        assertEquals("DC0", datacenter.name());

        assertEquals(Set.of("DC0_H0", "DC0_C0_H0", "DC0_C0_H1", "DC0_C0_H2"),
                datacenter.hosts().stream().map(VSphereInventory.Host::name).collect(Collectors.toSet()));
        VSphereInventory.Host standalone = datacenter.hosts().stream().filter(h -> h.name().equals("DC0_H0"))
                .findFirst().orElseThrow();
        assertNull(standalone.cluster());
        assertEquals("connected", standalone.connectionState());
        assertTrue(datacenter.hosts().stream().filter(h -> h.name().startsWith("DC0_C0_"))
                .allMatch(h -> "DC0_C0".equals(h.cluster())));

        assertEquals(List.of(Inventory.DATASTORE),
                datacenter.datastores().stream().map(VSphereInventory.Datastore::name).toList());
        assertTrue(datacenter.datastores().get(0).capacityBytes() > 0);

        VSphereInventory.Template template = datacenter.templates().stream()
                .filter(t -> t.name().equals(Inventory.TEMPLATE)).findFirst().orElseThrow();
        assertEquals("template:" + Inventory.TEMPLATE, template.image());
        assertTrue(template.diskPath().startsWith("[" + Inventory.DATASTORE + "] "), template.diskPath());
        assertFalse(datacenter.machines().stream().anyMatch(m -> m.name().equals(Inventory.TEMPLATE)),
                "a template is not a machine");
    }

    @Test
    void machinesHaveUuidMacsAndPowerState() throws Exception {
        DiscoveryProvider provider = discovery;
        List<MachineInfo> machines = provider.discoverMachines(vcsim.uri(), vcsim.credentials(), null);
        MachineInfo vm = machines.stream().filter(m -> m.name().equals("DC0_C0_RP0_VM0")).findFirst().orElseThrow();
        try (Inventory inventory = new Inventory(vcsim)) {
            assertEquals(inventory.vm("DC0_C0_RP0_VM0").getConfig().getUuid(), vm.uuid());
        }
        assertTrue(vm.uuid().matches("[0-9a-f-]{36}"), vm.uuid());
        assertEquals(1, vm.macs().size());
        assertTrue(vm.macs().get(0).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}"), vm.macs().get(0));
        assertEquals(1, vm.cpus());
        assertEquals(32, vm.memoryMiB());
        assertEquals(PowerState.RUNNING, vm.power(), "the simulator starts its machines");
        assertEquals(machines.size(), machines.stream().map(MachineInfo::uuid).distinct().count(), "UUIDs are unique");
    }

    @Test
    void discoveryWithoutCredentialsIsAClearError() {
        DriverException e = assertThrows(DriverException.class, () -> discovery.discoverMachines(vcsim.uri(), null));
        assertTrue(e.getMessage().contains(vcsim.server()), e.getMessage());
    }
}
