package org.encompass.driver.vsphere.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;

import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.HypervisorConnection;
import org.encompass.driver.vsphere.internal.VSphereDatastoreDriver;
import org.encompass.driver.vsphere.internal.VSphereDiscoveryProvider;
import org.encompass.driver.vsphere.internal.VSphereHypervisorDriver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Logging in to the simulator, and each way it can go wrong. */
class VSphereLoginTest {
    private static Vcsim vcsim;
    private final VSphereHypervisorDriver driver = new VSphereHypervisorDriver();

    @BeforeAll
    static void simulator() throws Exception {
        vcsim = Vcsim.shared();
    }

    @Test
    void theDriversAreContributedThroughTheExtensionPoints() throws Exception {
        assertInstanceOf(VSphereHypervisorDriver.class, Drivers.hypervisors().driver("vsphere"));
        assertInstanceOf(VSphereDiscoveryProvider.class, Drivers.discovery().driver("vsphere"));
        assertInstanceOf(VSphereDatastoreDriver.class, Drivers.storage().driver("vsphere-datastore"));
    }

    @Test
    void logsInWithTheRightPassword() throws Exception {
        try (HypervisorConnection connection = driver.connect(vcsim.uri(), vcsim.credentials())) {
            assertFalse(connection.listMachines().isEmpty());
        }
    }

    @Test
    void reportsTheDatastoresOfItsHostsAndEachMachinesNetworks() throws Exception {
        try (HypervisorConnection connection = driver.connect(vcsim.uri(), vcsim.credentials())) {
            org.encompass.core.spi.HostTopology topology = connection.topology();
            assertTrue(topology.storage().contains(Inventory.DATASTORE), topology.toString());
            for (org.encompass.core.spi.MachineInfo machine : connection.listMachines()) {
                assertFalse(topology.networks().getOrDefault(machine.name(), java.util.List.of()).isEmpty(),
                        machine.name() + ": " + topology);
            }
        }
    }

    @Test
    void theSdkUrlItselfWorksToo() throws Exception {
        try (HypervisorConnection connection = driver.connect(vcsim.sdkUrl + "?ignoreCert=true", vcsim.credentials())) {
            assertFalse(connection.listMachines().isEmpty());
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithoutRepeatingIt() {
        String wrong = "not-the-password-4711";
        DriverException e = assertThrows(DriverException.class,
                () -> driver.connect(vcsim.uri(), new Credentials(Vcsim.USER, wrong.toCharArray())));
        assertTrue(e.getMessage().contains(vcsim.server()), e.getMessage());
        assertTrue(e.getMessage().contains("wrong user name or password"), e.getMessage());
        assertFalse(e.getMessage().contains(wrong), e.getMessage());
    }

    @Test
    void noCredentialsIsAClearError() {
        DriverException e = assertThrows(DriverException.class, () -> driver.connect(vcsim.uri()));
        assertTrue(e.getMessage().contains("no user name and password"), e.getMessage());
    }

    @Test
    void aSelfSignedCertificateIsRefusedUnlessIgnored() {
        DriverException e = assertThrows(DriverException.class,
                () -> driver.connect(vcsim.sdkUrl, vcsim.credentials()));
        assertTrue(e.getMessage().contains("ignoreCert=true"), e.getMessage());
    }

    @Test
    void aPortWhereNothingListensIsAClearError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort(); // free once closed
        }
        DriverException e = assertThrows(DriverException.class,
                () -> driver.connect("vsphere://127.0.0.1:" + port + "/sdk?ignoreCert=true", vcsim.credentials()));
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void aWrongUriIsAClearError() {
        DriverException e = assertThrows(DriverException.class,
                () -> driver.connect("qemu:///system", vcsim.credentials()));
        assertTrue(e.getMessage().contains("Not a vSphere URI"), e.getMessage());
    }
}
