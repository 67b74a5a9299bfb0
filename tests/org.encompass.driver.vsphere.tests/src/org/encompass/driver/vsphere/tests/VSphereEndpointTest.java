package org.encompass.driver.vsphere.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.encompass.core.spi.DriverException;
import org.encompass.driver.vsphere.internal.VSphereEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The URIs an operator may configure for a vCenter or ESXi host. */
class VSphereEndpointTest {

    @Test
    void aVsphereUriMeansHttpsToTheSdk() throws Exception {
        VSphereEndpoint endpoint = VSphereEndpoint.parse("vsphere://vcenter.example.com");
        assertEquals("https://vcenter.example.com/sdk", endpoint.sdkUrl().toString());
        assertEquals("vcenter.example.com:443", endpoint.server());
        assertFalse(endpoint.ignoreCert());
    }

    @Test
    void anSdkUrlIsTakenAsItIs() throws Exception {
        VSphereEndpoint endpoint = VSphereEndpoint.parse("https://10.0.0.5:8443/sdk?ignoreCert=true&datastore=ds%201");
        assertEquals("https://10.0.0.5:8443/sdk", endpoint.sdkUrl().toString());
        assertTrue(endpoint.ignoreCert());
        assertEquals("ds 1", endpoint.parameter("datastore"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "ftp://host/sdk", "qemu:///system", "vsphere:///sdk", "vsphere://host/sdk?x=%zz",
            "not a uri" })
    void aWrongUriIsAClearError(String uri) {
        DriverException e = assertThrows(DriverException.class, () -> VSphereEndpoint.parse(uri));
        assertTrue(e.getMessage().contains("vSphere") || e.getMessage().contains("vsphere"), e.getMessage());
    }

    @Test
    void aPasswordInTheUriIsRefusedAndNotRepeated() {
        DriverException e = assertThrows(DriverException.class,
                () -> VSphereEndpoint.parse("vsphere://admin:hunter2@vcenter/sdk"));
        assertTrue(e.getMessage().contains("credentials"), e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }
}
