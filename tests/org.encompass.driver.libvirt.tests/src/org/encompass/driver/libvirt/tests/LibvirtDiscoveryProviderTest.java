package org.encompass.driver.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.MachineInfo;
import org.encompass.core.spi.PowerState;
import org.encompass.driver.libvirt.internal.BundledTestNode;
import org.encompass.driver.libvirt.internal.LibvirtDiscoveryProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery through the libvirt test driver, including the node file the product ships. */
class LibvirtDiscoveryProviderTest {
    @TempDir
    Path work;

    private final LibvirtDiscoveryProvider discovery = new LibvirtDiscoveryProvider();

    @Test
    void discoversTheMachinesOfATestNode() throws Exception {
        List<MachineInfo> machines = discovery.discoverMachines(TestNode.uriIn(work), new NullProgressMonitor());
        assertEquals(4, machines.size());
        assertEquals("5e1f0000-0000-4000-8000-000000000002", machines.get(1).uuid());
    }

    @Test
    void theBundledNodeHasEightShutOffMachines() throws Exception {
        String uri = BundledTestNode.uriIn(work.resolve("console"));
        List<MachineInfo> machines = discovery.discoverMachines(uri, null);
        assertEquals(IntStream.rangeClosed(1, 8).mapToObj(i -> "vm-0" + i).toList(),
                machines.stream().map(MachineInfo::name).toList());
        for (MachineInfo machine : machines) {
            assertEquals("x86_64", machine.architecture(), machine.name());
            assertEquals(2, machine.cpus(), machine.name());
            assertEquals(2048, machine.memoryMiB(), machine.name());
            assertEquals(PowerState.OFF, machine.power(), machine.name());
            assertEquals(1, machine.macs().size(), machine.name());
        }
        assertEquals(8, machines.stream().map(MachineInfo::uuid).distinct().count(), "UUIDs are unique");
        assertEquals(8, machines.stream().map(m -> m.macs().get(0)).distinct().count(), "MACs are unique");
    }

    @Test
    void anUnreachableEndpointIsADriverException() {
        DriverException e = assertThrows(DriverException.class,
                () -> discovery.discoverMachines("test:///nonexistent/node.xml", null));
        assertTrue(e.getMessage().contains("test:///nonexistent/node.xml"), e.getMessage());
    }
}
