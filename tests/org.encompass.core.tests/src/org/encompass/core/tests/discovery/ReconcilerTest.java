package org.encompass.core.tests.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.encompass.core.internal.Journal;
import org.encompass.core.internal.Reconciler;
import org.encompass.core.spi.DiscoveryResult;
import org.encompass.core.spi.MachineInfo;
import org.encompass.core.spi.PowerState;
import org.encompass.model.Clone;
import org.encompass.model.Conflict;
import org.encompass.model.HypervisorHost;
import org.encompass.model.Metastate;
import org.encompass.model.ModelFactory;
import org.encompass.model.Placement;
import org.encompass.model.Site;
import org.encompass.model.VirtualMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reconciliation on a site in memory: identity by UUID, then MAC, then name; vanished machines kept;
 * contradictions recorded once as conflicts; power observed outside Encompass moves an ACTIVE clone.
 */
class ReconcilerTest {
    private static final String U1 = "11111111-1111-1111-1111-111111111111";
    private static final String U2 = "22222222-2222-2222-2222-222222222222";
    private static final String MAC1 = "52:54:00:00:00:01";
    private static final String MAC2 = "52:54:00:00:00:02";

    private Site site;
    private HypervisorHost host;
    private Set<String> busy;

    @BeforeEach
    void setUp() {
        site = ModelFactory.eINSTANCE.createSite();
        host = ModelFactory.eINSTANCE.createHypervisorHost();
        host.setName("lab");
        host.setKind("libvirt");
        host.setUri("test:///default");
        site.getHosts().add(host);
        busy = new java.util.HashSet<>();
    }

    private Reconciler.Counts reconcile(MachineInfo... machines) {
        return reconcile(Map.of(), machines);
    }

    private Reconciler.Counts reconcile(Map<String, String> disks, MachineInfo... machines) {
        return new Reconciler("libvirt test:///default", "tester", busy::contains)
                .reconcile(host, new DiscoveryResult(List.of(machines), disks));
    }

    private static MachineInfo info(String name, String uuid, PowerState power, String... macs) {
        return new MachineInfo(name, uuid, "x86_64", 1, 512, List.of(macs), power);
    }

    private VirtualMachine vm(String name) {
        return host.getMachines().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void newMachinesAreAddedAsDiscovered() {
        Reconciler.Counts counts = reconcile(info("a", U1, PowerState.OFF, MAC1));
        assertEquals(1, counts.added());
        VirtualMachine a = vm("a");
        assertEquals("libvirt test:///default", a.getDiscoveredBy());
        assertEquals(U1, a.getUuid());
        assertEquals(List.of(MAC1), a.getMacAddresses());
        assertTrue(a.isReachable());
        assertEquals(org.encompass.model.PowerState.OFF, a.getPower());
    }

    @Test
    void uuidWinsOverNameSoARenamedMachineKeepsItsRecord() {
        reconcile(info("a", U1, PowerState.OFF, MAC1));
        VirtualMachine record = vm("a");
        assertEquals(0, reconcile(info("a", U1, PowerState.OFF, MAC1)).updated(), "seen again, nothing changed");
        Reconciler.Counts counts = reconcile(info("renamed", U1, PowerState.RUNNING, MAC1));
        assertEquals(0, counts.added());
        assertEquals(1, counts.updated());
        assertEquals(1, host.getMachines().size());
        assertEquals("renamed", record.getName());
        assertEquals(org.encompass.model.PowerState.RUNNING, record.getPower());
    }

    @Test
    void macMatchesWhenTheRecordHasNoUuidAndTheUuidIsAdopted() {
        VirtualMachine known = ModelFactory.eINSTANCE.createVirtualMachine();
        known.setName("old-name");
        known.getMacAddresses().add(MAC2);
        host.getMachines().add(known);
        reconcile(info("new-name", U2, PowerState.OFF, MAC2));
        assertEquals(1, host.getMachines().size());
        assertEquals(U2, known.getUuid());
        assertEquals("new-name", known.getName());
    }

    @Test
    void nameMatchesLastAndVanishedMachinesAreKeptUnreachable() {
        VirtualMachine named = ModelFactory.eINSTANCE.createVirtualMachine();
        named.setName("b");
        host.getMachines().add(named);
        reconcile(info("a", U1, PowerState.OFF, MAC1), info("b", U2, PowerState.OFF));
        assertEquals(U2, named.getUuid());
        Reconciler.Counts counts = reconcile(info("b", U2, PowerState.OFF));
        assertEquals(1, counts.vanished());
        assertEquals(2, host.getMachines().size(), "never silently deleted");
        assertFalse(vm("a").isReachable());
        assertEquals(org.encompass.model.PowerState.UNKNOWN, vm("a").getPower());
        assertTrue(vm("b").isReachable());
    }

    @Test
    void sameUuidOtherMacIsAConflictRecordedOnceAndTheRecordKeepsItsMac() {
        reconcile(info("a", U1, PowerState.OFF, MAC1));
        Reconciler.Counts counts = reconcile(info("a", U1, PowerState.OFF, MAC2));
        assertEquals(1, counts.conflicts());
        assertEquals(List.of(MAC1), vm("a").getMacAddresses());
        Conflict conflict = site.getConflicts().get(0);
        assertEquals("mac-mismatch", conflict.getKind());
        assertEquals("lab/a", conflict.getSubject());
        assertEquals(MAC1, conflict.getModelValue());
        assertEquals(MAC2, conflict.getDiscoveredValue());
        assertFalse(conflict.isResolved());
        assertEquals(0, reconcile(info("a", U1, PowerState.OFF, MAC2)).conflicts(), "known: not recorded again");
        assertEquals(1, site.getConflicts().size());
    }

    @Test
    void aRecreatedMachineWithTheSameNameIsAUuidConflict() {
        reconcile(info("a", U1, PowerState.OFF));
        reconcile(info("a", U2, PowerState.OFF));
        assertEquals(1, host.getMachines().size());
        assertEquals(U1, vm("a").getUuid(), "the recorded identity stays until the operator decides");
        assertEquals("uuid-mismatch", site.getConflicts().get(0).getKind());
        assertEquals(U2, site.getConflicts().get(0).getDiscoveredValue());
    }

    private Clone cloneOn(VirtualMachine machine, Placement placement, String location) {
        Clone clone = ModelFactory.eINSTANCE.createClone();
        clone.setName("web-01");
        clone.setMetastate(Metastate.OPERATIONAL);
        clone.setPlacement(placement);
        clone.setLocation(location);
        site.getClones().add(clone);
        clone.setMachine(machine);
        return clone;
    }

    @Test
    void aCloneWhoseMachineBootsAnotherDiskIsADiskConflict() {
        reconcile(info("a", U1, PowerState.OFF, MAC1));
        Clone clone = cloneOn(vm("a"), Placement.ATTACHED, "/srv/nas/web-01.img");
        reconcile(Map.of("a", "/srv/nas/web-01.img"), info("a", U1, PowerState.OFF, MAC1));
        assertTrue(site.getConflicts().isEmpty(), "its own disk: no conflict");
        reconcile(Map.of("a", "/var/lib/other.qcow2"), info("a", U1, PowerState.OFF, MAC1));
        Conflict conflict = site.getConflicts().get(0);
        assertEquals("disk-mismatch", conflict.getKind());
        assertEquals("/srv/nas/web-01.img", conflict.getModelValue());
        assertEquals("/var/lib/other.qcow2", conflict.getDiscoveredValue());
        assertEquals(Placement.ATTACHED, clone.getPlacement(), "the model is not changed by a conflict");
    }

    @Test
    void anActiveCloneWhoseMachineStoppedOutsideBecomesAttachedAndIsJournaled() {
        reconcile(info("a", U1, PowerState.RUNNING));
        Clone clone = cloneOn(vm("a"), Placement.ACTIVE, "/srv/nas/web-01.img");
        reconcile(info("a", U1, PowerState.OFF));
        assertEquals(Placement.ATTACHED, clone.getPlacement());
        assertEquals(Metastate.OPERATIONAL, clone.getMetastate());
        var entry = Journal.entries(site).get(Journal.entries(site).size() - 1);
        assertEquals("observe", entry.getOperation());
        assertEquals("web-01", entry.getTarget());
        assertTrue(entry.getMessage().contains("stopped outside Encompass"), entry.getMessage());

        reconcile(Map.of("a", "/srv/nas/web-01.img"), info("a", U1, PowerState.RUNNING));
        assertEquals(Placement.ACTIVE, clone.getPlacement(), "started from its own disk outside Encompass");
    }

    @Test
    void aCloneAnOperationWorksOnIsLeftToThatOperation() {
        reconcile(info("a", U1, PowerState.RUNNING));
        Clone clone = cloneOn(vm("a"), Placement.ACTIVE, "/srv/nas/web-01.img");
        busy.add("clone:web-01");
        reconcile(info("a", U1, PowerState.OFF));
        assertEquals(Placement.ACTIVE, clone.getPlacement());
        assertEquals(org.encompass.model.PowerState.OFF, vm("a").getPower());
        assertTrue(Journal.entries(site).isEmpty(), "nothing observed while busy");
    }
}
