package org.encompass.core.tests.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.encompass.core.drivers.DriverDescriptor;
import org.encompass.core.drivers.DriverRegistry;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.HypervisorDriver;
import org.encompass.core.spi.StorageDriver;
import org.junit.jupiter.api.Test;

/**
 * The driver registries against this test bundle's own plugin.xml, which contributes, besides the fake
 * drivers, a second storage driver for the taken kind "fake" and a hypervisor driver without a kind.
 */
class DriverRegistryTest {
    private static final String BUNDLE = "org.encompass.core.tests";

    @Test
    void aKindAlreadyServedIsLeftOutAndTheFirstContributionWins() {
        DriverDescriptor<StorageDriver> fake = Drivers.storage().descriptor("fake").orElseThrow();
        assertEquals("org.encompass.core.tests.fakeStorage", fake.id());
        assertEquals(1, Drivers.storage().descriptors().stream().filter(d -> d.kind().equals("fake")).count());
        List<String> skipped = warningsWhenRead(Drivers.storage());
        assertTrue(skipped.stream().anyMatch(m -> m.contains("kind \"fake\"") && m.contains("bundle " + BUNDLE)
                && m.contains("already serves")), skipped::toString);
    }

    @Test
    void aContributionWithoutAKindIsLeftOut() {
        List<DriverDescriptor<HypervisorDriver>> all = Drivers.hypervisors().descriptors();
        assertTrue(all.stream().noneMatch(d -> "org.encompass.core.tests.kindlessHypervisor".equals(d.id())), all::toString);
        List<String> skipped = warningsWhenRead(Drivers.hypervisors());
        assertTrue(skipped.stream().anyMatch(m -> m.contains("has no kind") && m.contains("bundle " + BUNDLE)),
                skipped::toString);
    }

    /**
     * The warnings the platform log receives while {@code registry} reads its extension point again (as when a
     * bundle comes or goes): one for each contribution it leaves out.
     */
    private static List<String> warningsWhenRead(DriverRegistry<?> registry) {
        List<IStatus> logged = new CopyOnWriteArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            registry.added(new IExtension[0]);
            registry.descriptors();
        } finally {
            Platform.removeLogListener(listener);
        }
        return logged.stream().filter(s -> s.getSeverity() == IStatus.WARNING).map(IStatus::getMessage).toList();
    }
}
