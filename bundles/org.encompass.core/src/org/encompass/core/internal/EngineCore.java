package org.encompass.core.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.ClonePlan;
import org.encompass.core.ConflictResolution;
import org.encompass.core.DeployRequest;
import org.encompass.core.DeployResult;
import org.encompass.core.DiscoveryReport;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.EngineImplementation;
import org.encompass.core.EngineOptions;
import org.encompass.core.ImportRequest;
import org.encompass.core.Orphan;
import org.encompass.core.credentials.CredentialSource;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.ImageFormat;
import org.encompass.model.Site;

/** What {@link Engine} runs: the engine's operations over its internal parts (see Engine for each one). */
public final class EngineCore implements EngineImplementation {
    /** Found by {@link Engine} through {@code META-INF/services}: the public package does not import this one. */
    public static final class Factory implements EngineImplementation.Factory {
        @Override
        public EngineImplementation create(Engine owner, CDOSession session, EngineOptions options) {
            return new EngineCore(owner, session, options);
        }
    }

    private final ModelAccess model;
    private final HostConnections connections = new HostConnections();
    private final ImageOperations images;
    private final PlacementOperations placement;
    private final CustomizationOperations customization;
    private final InventoryOperations inventory;
    private final Deployer deployer;
    private final JournalRecovery recovery;
    private final OrphanOperations orphans;
    private final DiscoveryOperations discovery;
    private final ChassisOperations chassis;
    private final PowerWatcher watcher;
    private final SiteArchives archives;
    private final Writeback writeback;
    private final Reassigner reassigner;
    private final ServiceUpdates updates;
    private final InterruptedItems interruptedItems;
    private final TopologyEdits topology;
    private final Replicator replicator;
    private final RequestJournal requests;

    /** @param owner the engine this runs for: {@code ModelAccess.of(owner)} finds its model access */
    public EngineCore(Engine owner, CDOSession session, EngineOptions options) {
        model = new ModelAccess(session).ownedBy(owner);
        writeback = new Writeback(model, options.user());
        OperationRunner runner = new OperationRunner(model, options.user(), writeback);
        HypervisorSteps hosts = new HypervisorSteps(connections, options.deactivateTimeout());
        interruptedItems = new InterruptedItems(model, options.user());
        CloneCustomizer customizer = new CloneCustomizer(model, interruptedItems);
        images = new ImageOperations(runner, hosts, new CloneSlots(options.clonesPerDevice(), options.clonesPerSource(), options.writeBehindCopies()),
                writeback);
        placement = new PlacementOperations(runner, hosts, customizer);
        customization = new CustomizationOperations(runner, customizer);
        inventory = new InventoryOperations(runner, connections);
        deployer = new Deployer(model, images, placement, customization, options);
        orphans = new OrphanOperations(model);
        recovery = new JournalRecovery(model, this::dispatch, customizer, hosts);
        chassis = new ChassisOperations(runner, hosts);
        discovery = new DiscoveryOperations(runner, connections, chassis);
        watcher = new PowerWatcher(runner, connections);
        archives = new SiteArchives(model, runner);
        topology = new TopologyEdits(model);
        replicator = new Replicator(runner, deployer);
        reassigner = new Reassigner(runner, images, placement, customization);
        requests = new RequestJournal(model, runner);
        updates = new ServiceUpdates(runner, images, placement, customization, reassigner,
                recovery, options.maxParallel());
    }

    @Override
    public void useCredentials(CredentialSource source) {
        connections.useCredentials(source);
    }

    @Override
    public void init(String siteName) {
        model.ensureSite(siteName);
    }

    @Override
    public List<Long> recoverInterrupted() {
        DriverLeftovers.stopAll();
        List<Long> interrupted = new java.util.ArrayList<>(recovery.markInterrupted());
        interrupted.removeAll(archives.rollBackInterrupted(interrupted));
        SiteArchives.removeAbandonedUnpackDirectories();
        ItemContents.moveInline(model); // contents an earlier version kept in the repository
        writeback.verifyPending(null); // settles the entries of the clones it checks
        interruptedItems.verifyAtStart();
        return recovery.repairUnregistered(interrupted);
    }

    @Override
    public <T> T read(Function<Site, T> body) {
        return model.read(body);
    }

    // --- inventory

    @Override
    public void addStorage(String name, String kind, String location, CloneMethod defaultMethod, IProgressMonitor monitor) {
        inventory.addStorage(name, kind, location, defaultMethod, monitor);
    }

    @Override
    public int addHost(String name, String kind, String uri, IProgressMonitor monitor) {
        return inventory.addHost(name, kind, uri, monitor);
    }

    @Override
    public void refreshHost(String name, IProgressMonitor monitor) {
        inventory.refreshHost(name, monitor);
    }

    @Override
    public int addChassis(String name, String kind, String address, IProgressMonitor monitor) {
        return chassis.addChassis(name, kind, address, monitor);
    }

    @Override
    public void removeChassis(String name, IProgressMonitor monitor) {
        chassis.removeChassis(name, monitor);
    }

    // --- topology (paper, section 5): see org.encompass.core.query.Topology

    @Override
    public void setHostReach(String host, List<String> devices) {
        topology.hostReach(host, devices);
    }

    @Override
    public void setChassisReach(String chassis, List<String> devices) {
        topology.chassisReach(chassis, devices);
    }

    @Override
    public void setSegments(String machine, List<String> segments) {
        topology.machineSegments(machine, segments);
    }

    @Override
    public void requireSegment(String master, String segment) {
        topology.requireSegment(master, segment);
    }

    // --- masters and clones

    @Override
    public String importMaster(ImportRequest request, IProgressMonitor monitor) {
        return images.importMaster(request, monitor);
    }

    @Override
    public void deleteMaster(String master, IProgressMonitor monitor) {
        images.deleteMaster(master, monitor);
        try {
            ItemContents.removeUnused(model);
        } catch (EncompassException e) {
            org.eclipse.core.runtime.ILog.of(Engine.class).warn("master " + master + " is deleted, but unused contents stay: "
                    + e.getMessage());
        }
    }

    // --- site archives (export to and import at branch sites)

    @Override
    public org.encompass.core.exchange.ArchiveSummary exportArchive(java.nio.file.Path archive, List<String> masters,
            IProgressMonitor monitor) {
        return archives.export(archive, masters, monitor);
    }

    @Override
    public org.encompass.core.exchange.ArchiveManifest readArchive(java.nio.file.Path archive) {
        return archives.read(archive);
    }

    @Override
    public org.encompass.core.exchange.ArchiveSummary importArchive(java.nio.file.Path archive, String storage,
            boolean skipExisting, IProgressMonitor monitor) {
        return archives.importArchive(archive, storage, skipExisting, monitor);
    }

    @Override
    public org.encompass.core.exchange.Replication planReplication(java.nio.file.Path archive, Map<String, String> map,
            Map<String, Map<String, String>> variables, String storage) {
        return replicator.plan(archives.read(archive), archive.getFileName().toString(), map, variables, storage);
    }

    @Override
    public org.encompass.core.exchange.Replication replicate(java.nio.file.Path archive, String storage,
            Map<String, String> map, Map<String, Map<String, String>> variables, IProgressMonitor monitor) {
        org.eclipse.core.runtime.SubMonitor sub = org.eclipse.core.runtime.SubMonitor.convert(monitor, 3);
        planReplication(archive, map, variables, storage); // bad mappings are refused before anything is imported
        archives.importArchive(archive, storage, true, sub.split(1));
        return replicator.run(planReplication(archive, map, variables, storage), sub.split(2));
    }

    @Override
    public void addCustomizationItem(String master, CustomizationItem item) {
        customization.addItem(master, item);
    }

    @Override
    public String cloneMaster(String master, CloneMethod method, IProgressMonitor monitor) {
        return images.cloneMaster(master, method, monitor);
    }

    @Override
    public String cloneMaster(String master, CloneMethod method, String storage, IProgressMonitor monitor) {
        return images.cloneElsewhere(master, method, new ImageOperations.Elsewhere(storage, null), monitor);
    }

    @Override
    public <T> T actingFor(String user, java.util.function.Supplier<T> body) {
        return OperationRunner.actingFor(user, body);
    }

    @Override
    public String request(String kind, String target, Map<String, String> arguments,
            java.util.function.LongConsumer accepted, java.util.function.Supplier<String> body) {
        return requests.run(kind, target, arguments, accepted, body);
    }

    @Override
    public void setRequestRunner(org.encompass.core.RequestRunner runner) {
        requests.setRunner(runner);
    }

    @Override
    public List<String> cloneMaster(String master, int count, CloneMethod method, IProgressMonitor monitor) {
        return deployer.cloneMany(master, count, method, monitor);
    }

    @Override
    public ClonePlan planClones(String master, int count, CloneMethod method) {
        return deployer.plan(master, count, method);
    }

    @Override
    public void setVariables(String clone, Map<String, String> variables) {
        customization.setVariables(clone, variables);
    }

    @Override
    public void customizeApply(String clone, int target, IProgressMonitor monitor) {
        customization.apply(clone, target, monitor);
    }

    @Override
    public void customizeRollback(String clone, int target, boolean force, IProgressMonitor monitor) {
        customization.rollback(clone, target, force, monitor);
    }

    // --- lifecycle transitions

    @Override
    public void assign(String clone, String machine, IProgressMonitor monitor) {
        placement.assign(clone, machine, monitor);
    }

    @Override
    public void unassign(String clone, IProgressMonitor monitor) {
        placement.unassign(clone, monitor);
    }

    @Override
    public void attach(String clone, IProgressMonitor monitor) {
        placement.attach(clone, monitor);
    }

    @Override
    public void detach(String clone, IProgressMonitor monitor) {
        placement.detach(clone, monitor);
    }

    @Override
    public void activate(String clone, IProgressMonitor monitor) {
        placement.activate(clone, monitor);
    }

    @Override
    public void deactivate(String clone, IProgressMonitor monitor) {
        placement.deactivate(clone, monitor);
    }

    @Override
    public void reconfigure(String clone, IProgressMonitor monitor) {
        placement.reconfigure(clone, monitor);
    }

    @Override
    public String capture(String clone, String newMaster, IProgressMonitor monitor) {
        return images.capture(clone, newMaster, monitor);
    }

    @Override
    public void destroy(String clone, IProgressMonitor monitor) {
        images.destroy(clone, monitor);
    }

    // --- composite scenarios (paper, section 3)

    @Override
    public DeployResult deploy(DeployRequest request, IProgressMonitor monitor) {
        return deployer.deploy(request, monitor);
    }

    @Override
    public void migrate(String clone, String machine, IProgressMonitor monitor) {
        deployer.migrate(clone, machine, monitor);
    }

    @Override
    public String reassign(String machine, String to, boolean destroyOld, Map<String, String> variables,
            IProgressMonitor monitor) {
        return reassigner.reassign(machine, to, destroyOld, variables, monitor);
    }

    // --- service updates (paper, section 3); {@code update} null means the only one running

    @Override
    public String updateStart(String master, String machine, Map<String, String> variables, IProgressMonitor monitor) {
        return updates.start(master, machine, variables, monitor);
    }

    @Override
    public int updateApply(String update, List<CustomizationItem> items, IProgressMonitor monitor) {
        return updates.apply(update, items, monitor);
    }

    @Override
    public String updateCapture(String update, String newMaster, IProgressMonitor monitor) {
        return updates.capture(update, newMaster, monitor);
    }

    @Override
    public org.encompass.model.UpdatePhase updateRollout(String update, int batch, List<String> machines, boolean resume,
            IProgressMonitor monitor) {
        return updates.rollout(update, batch, machines, resume, monitor);
    }

    @Override
    public org.encompass.model.UpdatePhase updateRollback(String update, List<String> machines, IProgressMonitor monitor) {
        return updates.rollback(update, machines, monitor);
    }

    @Override
    public int updateFinish(String update, IProgressMonitor monitor) {
        return updates.finish(update, monitor);
    }

    // --- orphans

    @Override
    public List<Orphan> orphans(IProgressMonitor monitor) {
        return orphans.list(monitor);
    }

    @Override
    public List<Orphan> reclaimOrphans(List<String> locations, IProgressMonitor monitor) {
        return orphans.reclaim(locations, monitor);
    }

    // --- one operation by its name and arguments

    @Override
    public void run(Operation operation, String target, Map<String, String> arguments, IProgressMonitor monitor) {
        if (!dispatch(operation, target, arguments, monitor)) {
            throw new EncompassException(operation.label() + " cannot be run from a name and arguments; use its own command");
        }
    }

    /** A clone retried from its journal entry: where it was made (its device, and the seed it was read from). */
    private void cloneAgain(String master, Map<String, String> a, IProgressMonitor monitor) {
        CloneMethod method = a.get("method") == null ? null : CloneMethod.valueOf(a.get("method"));
        String from = a.get("from");
        String storage = a.get("storage");
        boolean own = storage == null || read(site -> storage.equals(SiteLookup.master(site, master).getStorage().getName()));
        if (from == null && own) {
            cloneMaster(master, method, monitor);
        } else {
            images.cloneElsewhere(master, method, new ImageOperations.Elsewhere(storage,
                    from == null ? null : from.substring(from.indexOf(' ') + 1)), monitor);
        }
    }

    private boolean dispatch(Operation operation, String t, Map<String, String> a, IProgressMonitor monitor) {
        switch (operation) {
            case CLONE -> cloneAgain(t, a, monitor);
            case IMPORT_MASTER -> importMaster(ImportRequest.of(t, java.nio.file.Path.of(a.get("file")),
                    ImageFormat.valueOf(a.get("format")), a.get("storage")), monitor);
            case ASSIGN -> assign(t, a.get("machine"), monitor);
            case UNASSIGN -> unassign(t, monitor);
            case ATTACH -> attach(t, monitor);
            case DETACH -> detach(t, monitor);
            case ACTIVATE -> activate(t, monitor);
            case DEACTIVATE -> deactivate(t, monitor);
            case RECONFIGURE -> reconfigure(t, monitor);
            case CAPTURE -> capture(t, a.get("master"), monitor);
            case DESTROY -> destroy(t, monitor);
            case DELETE_MASTER -> deleteMaster(t, monitor);
            case CUSTOMIZE_APPLY -> customizeApply(t, Integer.parseInt(a.get("target")), monitor);
            case CUSTOMIZE_ROLLBACK -> customizeRollback(t, Integer.parseInt(a.get("target")), false, monitor);
            case REFRESH_HOST -> refreshHost(t, monitor);
            case REQUEST -> {
                return requests.rerun(t, a, monitor);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    // --- journal

    @Override
    public void retry(long journalId, IProgressMonitor monitor) {
        recovery.retry(journalId, monitor);
    }

    @Override
    public void rollback(long journalId, IProgressMonitor monitor) {
        if (!updates.rollbackStart(journalId, monitor)) { // an update start's clone is taken down and destroyed
            recovery.rollback(journalId, monitor);
        }
    }

    // --- discovery and reconciliation (paper, section 2.7)

    @Override
    public DiscoveryReport discover(IProgressMonitor monitor) {
        DiscoveryReport report = discovery.discover(monitor);
        watcher.rewatch(); // hosts that came back (or were added) are watched again
        return report;
    }

    @Override
    public void resolveConflict(long id, ConflictResolution resolution, IProgressMonitor monitor) {
        discovery.resolve(id, resolution, monitor);
    }


    @Override
    public int watchPower() {
        return watcher.watchAll();
    }

    @Override
    public void close() {
        watcher.close();
        writeback.close(); // before the model: a finished flush clears its clone's flag there
        connections.close();
        model.close();
    }
}
