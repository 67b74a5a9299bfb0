package org.encompass.driver.libvirt.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.encompass.core.DiscoveryReport;
import org.encompass.core.EncompassException;
import org.encompass.core.query.JournalEntries;
import org.encompass.core.spi.CloneMethod;
import org.encompass.model.JournalEntry;
import org.encompass.model.Outcome;
import org.encompass.model.Placement;
import org.encompass.model.PowerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine against the real libvirt daemon with QEMU (TCG): raw and qcow2 clones booted on a tiny
 * domain, live power events when an operator uses virsh behind Encompass's back, a domain undefined
 * behind our back, and the daemon going away in the middle of the work. Skipped without a daemon
 * ({@code releng/scripts/libvirtd.sh start}).
 */
class LibvirtDaemonEngineTest {
    @TempDir
    Path repo;
    private DaemonSite site;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(QemuDaemon.runs(), "no libvirt daemon runs here (releng/scripts/libvirtd.sh start); skipped");
        site = new DaemonSite(repo);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (!QemuDaemon.runs()) {
            QemuDaemon.start(); // a failed daemon test must not leave the machine without one
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void rawAndQcow2ClonesBootAndStopsOutsideEncompassShowLive() throws Exception {
        var engine = site.engine;
        assertTrue(engine.watchPower() >= 1, "the qemu host is watched");

        String raw = engine.cloneMaster("tiny", CloneMethod.SPARSE, null);
        engine.assign(raw, site.machine, null);
        engine.attach(raw, null);
        engine.activate(raw, null);
        assertEquals("OPERATIONAL/ACTIVE", site.state(raw));
        String rawPath = site.read(s -> DaemonSite.clone(s, raw).getLocation());
        assertTrue(QemuDaemon.virsh("domblklist", site.domain).contains(rawPath));
        assertTrue(site.await(s -> site.vm(s).getPower() == PowerState.RUNNING));

        QemuDaemon.virsh("destroy", site.domain); // an operator, behind Encompass's back
        assertTrue(site.await(s -> DaemonSite.clone(s, raw).getPlacement() == Placement.ATTACHED),
                () -> "the clone is still " + site.state(raw));
        assertEquals(PowerState.OFF, site.read(s -> site.vm(s).getPower()));
        JournalEntry observed = site.read(s -> JournalEntries.all(s).stream().filter(e -> e.getOperation().equals("observe"))
                .reduce((a, b) -> b).orElseThrow());
        assertEquals(raw, observed.getTarget());
        assertTrue(observed.getMessage().contains("stopped outside Encompass"), observed.getMessage());

        engine.detach(raw, null);
        engine.unassign(raw, null);

        String cow = engine.cloneMaster("tiny", CloneMethod.COW, null);
        engine.assign(cow, site.machine, null);
        engine.attach(cow, null);
        engine.activate(cow, null);
        String live = QemuDaemon.virsh("dumpxml", site.domain);
        String cowPath = site.read(s -> DaemonSite.clone(s, cow).getLocation());
        assertTrue(live.contains(cowPath) && live.contains("type='qcow2'"), live);
        engine.deactivate(cow, null); // no OS answers the shutdown request: powered off after the timeout
        assertEquals("OPERATIONAL/ATTACHED", site.state(cow));
        engine.detach(cow, null);

        QemuDaemon.virsh("undefine", site.domain); // the domain removed behind our back
        assertTrue(site.await(s -> !site.vm(s).isReachable()), "the machine is marked unreachable");
        EncompassException refused = assertThrows(EncompassException.class, () -> engine.attach(cow, null));
        assertTrue(refused.getMessage().contains("has no machine named '" + site.domain + "'"), refused.getMessage());
        assertEquals("OPERATIONAL/ASSIGNED", site.state(cow), "the model is as before the refused attach");
        DiscoveryReport report = engine.discover(null);
        assertTrue(report.hosts().get(0).reachable());
        assertFalse(site.read(s -> site.vm(s).isReachable()), "still known, never deleted, unreachable");
    }

    @Test
    void theDaemonGoingAwayMidOperationFailsClearlyAndRecovers() throws Exception {
        var engine = site.engine;
        String clone = engine.cloneMaster("tiny", CloneMethod.SPARSE, null);
        engine.assign(clone, site.machine, null);
        engine.attach(clone, null);
        assertTrue(engine.watchPower() >= 1);

        QemuDaemon.stop();
        try {
            assertTrue(site.await(s -> !s.getHosts().get(0).isReachable()), "the lost event connection marks the host");
            EncompassException failed = assertThrows(EncompassException.class, () -> engine.activate(clone, null));
            assertTrue(failed.getMessage().contains("qemu:///system"), failed.getMessage());
            assertEquals("CLEAN/ATTACHED", site.state(clone), "nothing half-done");
            assertEquals(Outcome.FAILED, site.read(s -> JournalEntries.all(s).get(JournalEntries.all(s).size() - 1).getOutcome()));

            DiscoveryReport down = engine.discover(null);
            assertFalse(down.hosts().get(0).reachable());
            assertTrue(down.hosts().get(0).error().contains("qemu:///system"), down.hosts().get(0).error());
            assertFalse(site.read(s -> site.vm(s).isReachable()));
        } finally {
            QemuDaemon.start();
        }
        DiscoveryReport up = engine.discover(null);
        assertTrue(up.hosts().get(0).reachable(), () -> up.hosts().get(0).error());
        assertTrue(site.read(s -> site.vm(s).isReachable()));
        engine.activate(clone, null); // a fresh connection replaces the dead one
        assertEquals("OPERATIONAL/ACTIVE", site.state(clone));
        engine.deactivate(clone, null);
        engine.detach(clone, null);
    }
}
