package org.encompass.core.tests.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.EncompassException;
import org.encompass.core.ImportRequest;
import org.encompass.core.internal.ModelAccess;
import org.encompass.core.query.FreeMachines;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.Topology;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.tests.fake.FakeBladeDriver;
import org.encompass.model.ModelFactory;
import org.encompass.model.StorageDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topology-aware placement (paper, section 5) on a real repository with the fake drivers: the storage devices a
 * host reaches and the network segment a master requires decide where clones may go and on which device they
 * are made.
 */
class TopologyTest {
    @TempDir
    Path dir;
    EngineFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new EngineFixture(dir);
        // a second device, out of the lab host's reach until recorded otherwise
        f.engine.addStorage("far", "fake", Files.createDirectories(dir.resolve("far")).toString(), CloneMethod.SPARSE, null);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private List<String> free(String master) {
        return f.read(site -> FreeMachines.of(site, SiteLookup.master(site, master)).stream()
                .map(SiteLookup::qualifiedName).toList());
    }

    private String storageOf(String clone) {
        return f.read(site -> SiteLookup.clone(site, clone).getStorage().getName());
    }

    @Test
    void nothingRecordedMeansEveryDeviceIsReachable() {
        assertEquals(List.of("lab/vm-01", "lab/vm-02", "lab/vm-03", "lab/vm-04"), free("web"));
        DeployResult result = f.engine.deploy(new DeployRequest("web", List.of("vm-01"), null, Map.of(), true), null);
        assertTrue(result.succeeded(), result.toString());
    }

    @Test
    void deployOntoAHostThatCannotReachTheImageIsRefusedNamingMachineAndDevices() {
        f.engine.setHostReach("lab", List.of("far"));
        assertEquals(List.of(), free("web"), "no machine of lab can boot from nas");
        int clones = f.read(s -> s.getClones().size());
        EncompassException refused = assertThrows(EncompassException.class,
                () -> f.engine.deploy(new DeployRequest("web", List.of("vm-01"), null, Map.of(), true), null));
        assertEquals("machine lab/vm-01 cannot boot a clone of master web: it reaches no storage device holding its image"
                + " (image on: nas; host lab reaches far), nor a pristine clone of it (seed one there: encompass clone web"
                + " --storage DEVICE)", refused.getMessage());
        assertEquals(clones, (int) f.read(s -> s.getClones().size()), "nothing cloned");

        EncompassException reassign = assertThrows(EncompassException.class,
                () -> f.engine.reassign("vm-02", "web", false, Map.of(), null));
        assertTrue(reassign.getMessage().contains("machine lab/vm-02 cannot boot a clone of master web"), reassign.getMessage());

        // an unassigned clone on nas cannot be assigned there either
        String clone = f.engine.cloneMaster("web", null, null);
        EncompassException assign = assertThrows(EncompassException.class, () -> f.engine.assign(clone, "vm-03", null));
        assertEquals("machine lab/vm-03 cannot boot clone " + clone + ": it does not reach storage device nas (host lab reaches far)",
                assign.getMessage());
        assertEquals("CLEAN/UNASSIGNED", f.state(clone));

        // forgetting the record brings back today's behaviour
        f.engine.setHostReach("lab", List.of());
        assertEquals(4, free("web").size());
    }

    @Test
    void theCloneIsMadeFromTheCopyOfTheImageOnADeviceTheMachineReaches() {
        // the same image on the far device, as another master
        f.engine.importMaster(ImportRequest.of("web-far", dir.resolve("web-image"), ImageFormat.RAW, "far"), null);
        assertEquals(f.read(s -> SiteLookup.master(s, "web").getSha256()), f.read(s -> SiteLookup.master(s, "web-far").getSha256()));
        f.engine.setHostReach("lab", List.of("far"));
        assertEquals(4, free("web").size(), "every machine reaches a copy of web");

        DeployResult result = f.engine.deploy(new DeployRequest("web", List.of("vm-01", "vm-02"), null, Map.of(), true), null);
        assertTrue(result.succeeded(), result.toString());
        for (String clone : result.clones()) {
            assertEquals("far", storageOf(clone), clone);
            assertEquals("web-far", f.read(s -> SiteLookup.clone(s, clone).getMaster().getName()));
            assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
        }

        // reassign makes its fresh clone there too
        String fresh = f.engine.reassign("vm-01", "web", false, Map.of(), null);
        assertEquals("far", storageOf(fresh));

        // with both reached, the requested master's own device comes first
        f.engine.setHostReach("lab", List.of("far", "nas"));
        DeployResult near = f.engine.deploy(new DeployRequest("web", List.of("vm-03"), null, Map.of(), true), null);
        assertEquals("nas", storageOf(near.clones().get(0)));
    }

    @Test
    void reassignAndAnUpdatesMaintenanceCloneAreMadeFromASeedWhereTheMachineReachesOnlyIt() {
        String seed = f.engine.cloneMaster("web", null, "far", null);
        f.engine.setHostReach("lab", List.of("far"));
        String fresh = f.engine.reassign("vm-01", "web", false, Map.of(), null);
        assertEquals("far", storageOf(fresh));
        assertEquals("OPERATIONAL/ACTIVE", f.state(fresh));

        f.engine.updateStart("web", "vm-02", Map.of(), null);
        String maintenance = f.read(s -> s.getUpdates().get(0).getMaintenanceClone());
        assertEquals("far", storageOf(maintenance));
        assertEquals("MAINTENANCE/ACTIVE", f.state(maintenance));
        assertEquals("CLEAN/UNASSIGNED", f.state(seed), "the seed stays a seed");
    }

    @Test
    void aRequiredSegmentKeepsClonesOffMachinesNotOnIt() {
        f.engine.requireSegment("web", "dmz");
        assertEquals(List.of(), free("web"), "no machine is recorded on a segment");
        EncompassException refused = assertThrows(EncompassException.class,
                () -> f.engine.deploy(new DeployRequest("web", List.of("vm-01"), null, Map.of(), true), null));
        assertEquals("machine lab/vm-01 does not meet the requirements of master web: not on network segment dmz"
                + " (no segment recorded)", refused.getMessage());

        f.engine.setSegments("vm-01", List.of("lan", "dmz"));
        f.engine.setSegments("vm-02", List.of("lan"));
        assertEquals(List.of("lab/vm-01"), free("web"));
        EncompassException other = assertThrows(EncompassException.class,
                () -> f.engine.deploy(new DeployRequest("web", List.of("vm-02"), null, Map.of(), true), null));
        assertTrue(other.getMessage().endsWith("not on network segment dmz (on lan)"), other.getMessage());
        DeployResult ok = f.engine.deploy(new DeployRequest("web", List.of("vm-01"), null, Map.of(), true), null);
        assertTrue(ok.succeeded(), ok.toString());

        // migrate refuses before the clone leaves its machine
        String clone = ok.clones().get(0);
        EncompassException migrate = assertThrows(EncompassException.class, () -> f.engine.migrate(clone, "vm-02", null));
        assertTrue(migrate.getMessage().contains("not on network segment dmz"), migrate.getMessage());
        assertEquals("OPERATIONAL/ACTIVE", f.state(clone));
        assertEquals("vm-01", f.read(s -> SiteLookup.clone(s, clone).getMachine().getName()));
    }

    /** The host's reach as {@code source: devices in effect / discovered}. */
    private String hostReach(String host) {
        return f.read(s -> text(Topology.reach(SiteLookup.host(s, host))));
    }

    private String chassisReach(String chassis) {
        return f.read(s -> text(Topology.reach(SiteLookup.chassis(s, chassis))));
    }

    private String segments(String machine) {
        return f.read(s -> text(Topology.segmentsOf(SiteLookup.machine(s, machine))));
    }

    private static String text(Topology.Recorded reach) {
        return reach.source() + ": " + String.join(",", reach.names()) + " / " + String.join(",", reach.discovered());
    }

    @Test
    void eachDiscoveryRefreshesItsOwnRecordOfTheReachWhileTheOperatorsStands() throws Exception {
        String far = f.read(s -> SiteLookup.storage(s, "far").getLocation());
        var topology = org.encompass.core.tests.fake.FakeHypervisorDriver.TOPOLOGY;
        topology.put(f.hostUri, new org.encompass.core.spi.HostTopology(
                List.of("pool-far", far, "/elsewhere"), Map.of("vm-01", List.of("dmz", "lan"), "vm-02", List.of("bad name"))));
        try {
            f.engine.refreshHost("lab", null);
            assertEquals("discovery: far / far", hostReach("lab"), "the device whose directory it reaches");
            assertEquals(null, f.read(s -> SiteLookup.host(s, "lab").getReachableStorage()), "nothing recorded by the operator");
            assertEquals("discovery: dmz,lan / dmz,lan", segments("vm-01"));
            assertEquals(null, f.read(s -> SiteLookup.machine(s, "vm-01").getSegments()), "nothing recorded by the operator");
            assertEquals("null:  / ", segments("vm-02"), "a name no segment can have");
            assertEquals(List.of(), free("web"), "nas is out of reach now");

            // a device added later joins at the next discovery, a vanished one leaves
            String near = Files.createDirectories(dir.resolve("near")).toString();
            f.engine.addStorage("near", "fake", near, CloneMethod.SPARSE, null);
            topology.put(f.hostUri, new org.encompass.core.spi.HostTopology(List.of(near, "/elsewhere"), Map.of()));
            f.engine.refreshHost("lab", null);
            assertEquals("discovery: near / near", hostReach("lab"));

            // the operator's record stands over discovery's, which goes on being refreshed behind it
            f.engine.setHostReach("lab", List.of("nas", "far"));
            f.engine.setSegments("vm-01", List.of("lan"));
            topology.put(f.hostUri, new org.encompass.core.spi.HostTopology(List.of(near, far), Map.of("vm-01", List.of("dmz"))));
            f.engine.refreshHost("lab", null);
            assertEquals("operator: nas,far / far,near", hostReach("lab"));
            assertEquals("operator: lan / dmz", segments("vm-01"), "discovery's segments replaced behind the operator's");
            f.engine.setSegments("vm-01", List.of());
            assertEquals("discovery: dmz / dmz", segments("vm-01"), "cleared, discovery's apply");
            assertEquals(4, free("web").size(), "nas is reached by the operator's record");

            // cleared, discovery's record applies at once
            f.engine.setHostReach("lab", List.of());
            assertEquals("discovery: far,near / far,near", hostReach("lab"));
            assertEquals(List.of(), free("web"));
        } finally {
            topology.clear();
        }
    }

    private boolean bladeReaches(String chassis, String device) {
        return f.read(s -> Topology.reaches(SiteLookup.chassis(s, chassis).getBlades().get(0), SiteLookup.storage(s, device)));
    }

    @Test
    void aChassisWhoseBootPortalIsLocalReachesTheLocalFileDevicesOnly() throws Exception {
        ModelAccess.of(f.engine).write(site -> { // a device whose images live on another machine's libvirt
            StorageDevice pool = ModelFactory.eINSTANCE.createStorageDevice();
            pool.setName("pool");
            pool.setKind("libvirt-pool");
            pool.setLocation("qemu+ssh://far.example/system#images");
            site.getStorageDevices().add(pool);
            return null;
        });
        FakeBladeDriver.PORTALS.put("fake://rack1", "127.0.0.1:3262");
        FakeBladeDriver.PORTALS.put("fake://rack2", "192.0.2.1:3260"); // TEST-NET-1: never this machine's
        try {
            f.engine.addChassis("rack1", "fake", "fake://rack1", null);
            f.engine.addChassis("rack2", "fake", "fake://rack2", null);
            f.engine.addChassis("rack3", "fake", "fake://rack3", null); // its driver tells no portal
            assertEquals("discovery: nas,far / nas,far", chassisReach("rack1"), "the local file devices, not the pool");
            assertEquals("null:  / ", chassisReach("rack2"), "a portal elsewhere records nothing");
            assertEquals("null:  / ", chassisReach("rack3"));
            assertTrue(bladeReaches("rack1", "nas") && !bladeReaches("rack1", "pool"));

            // the operator's record stands at the next discovery; a file device added since joins discovery's record
            f.engine.setChassisReach("rack1", List.of("pool"));
            f.engine.addStorage("near", "fake", Files.createDirectories(dir.resolve("near")).toString(), CloneMethod.SPARSE, null);
            FakeBladeDriver.PORTALS.put("fake://rack3", "[::]:3260"); // tgtd's wildcard portal
            f.engine.discover(null);
            assertEquals("operator: pool / nas,far,near", chassisReach("rack1"));
            assertEquals("discovery: nas,far,near / nas,far,near", chassisReach("rack3"));
            assertTrue(bladeReaches("rack1", "pool") && !bladeReaches("rack1", "nas") && bladeReaches("rack3", "near"));

            // cleared, discovery's record applies at once; a portal gone elsewhere drops it at the next discovery
            f.engine.setChassisReach("rack1", List.of());
            assertEquals("discovery: nas,far,near / nas,far,near", chassisReach("rack1"));
            FakeBladeDriver.PORTALS.put("fake://rack3", "192.0.2.1:3260");
            f.engine.discover(null);
            assertEquals("null:  / ", chassisReach("rack3"));
        } finally {
            FakeBladeDriver.PORTALS.clear();
        }
    }

    @Test
    void badTopologyInputIsRefusedWithItsReason() {
        EncompassException device = assertThrows(EncompassException.class, () -> f.engine.setHostReach("lab", List.of("nope")));
        assertTrue(device.getMessage().startsWith("unknown storage device 'nope' (known: nas, far"), device.getMessage());
        EncompassException host = assertThrows(EncompassException.class, () -> f.engine.setHostReach("nohost", List.of("nas")));
        assertTrue(host.getMessage().startsWith("unknown host 'nohost'"), host.getMessage());
        EncompassException segment = assertThrows(EncompassException.class, () -> f.engine.setSegments("vm-01", List.of("a b")));
        assertTrue(segment.getMessage().startsWith("invalid network segment name 'a b'"), segment.getMessage());
        assertEquals(null, f.read(s -> SiteLookup.host(s, "lab").getReachableStorage()), "nothing recorded");
        assertEquals(null, f.read(s -> SiteLookup.machine(s, "vm-01").getSegments()), "nothing recorded");
    }
}
