package org.encompass.core;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.internal.CloneCustomizer;
import org.encompass.core.internal.CloneSlots;
import org.encompass.core.internal.CustomizationOperations;
import org.encompass.core.internal.Deployer;
import org.encompass.core.internal.OrphanOperations;
import org.encompass.core.internal.DiscoveryOperations;
import org.encompass.core.internal.HostConnections;
import org.encompass.core.internal.HypervisorSteps;
import org.encompass.core.internal.ImageOperations;
import org.encompass.core.internal.InventoryOperations;
import org.encompass.core.internal.JournalRecovery;
import org.encompass.core.internal.ModelAccess;
import org.encompass.core.internal.OperationRunner;
import org.encompass.core.internal.PlacementOperations;
import org.encompass.core.internal.PowerWatcher;
import org.encompass.core.internal.Writeback;
import org.encompass.core.credentials.CredentialSource;
import org.encompass.core.spi.CloneMethod;

/**
 * The headless engine: every operation of the lifecycle (docs/lifecycle.md) and the paper's composite
 * scenarios, each validated, journaled before and after, and committed to the repository atomically.
 * Objects are named as operators name them (clone, master, {@code host/vm}). Methods block until
 * the operation is done; run them from a Job ({@link EngineJobs}) when the caller must stay
 * responsive. Refusals and failures are {@link EncompassException}s with a message for the operator.
 */
public final class Engine implements AutoCloseable {
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
    private final org.encompass.core.internal.ChassisOperations chassis;
    private final PowerWatcher watcher;
    private final org.encompass.core.internal.SiteArchives archives;
    private final Writeback writeback;
    private DiscoverySchedule schedule;

    public Engine(CDOSession session, EngineOptions options) {
        model = new ModelAccess(session);
        writeback = new Writeback(model, options.user());
        OperationRunner runner = new OperationRunner(model, options.user(), writeback);
        HypervisorSteps hosts = new HypervisorSteps(connections, options.deactivateTimeout());
        CloneCustomizer customizer = new CloneCustomizer(model);
        images = new ImageOperations(runner, hosts, new CloneSlots(options.clonesPerDevice(), options.clonesPerSource(), options.writeBehindCopies()),
                writeback);
        placement = new PlacementOperations(runner, hosts, customizer);
        customization = new CustomizationOperations(runner, customizer);
        inventory = new InventoryOperations(runner, connections);
        deployer = new Deployer(model, images, placement, customization, options);
        orphans = new OrphanOperations(model);
        recovery = new JournalRecovery(model, this, customizer, hosts);
        chassis = new org.encompass.core.internal.ChassisOperations(runner, hosts);
        discovery = new DiscoveryOperations(runner, connections, chassis);
        watcher = new PowerWatcher(runner, connections);
        archives = new org.encompass.core.internal.SiteArchives(model, runner);
    }

    /** Connections to hosts take their user and password from {@code source} (secure storage). */
    public Engine useCredentials(CredentialSource source) {
        connections.useCredentials(source);
        return this;
    }

    /** Creates the site record if the repository is new. */
    public Engine init(String siteName) {
        model.ensureSite(siteName);
        return this;
    }

    /**
     * Marks operations that were running when the repository's previous owner stopped as INTERRUPTED,
     * and checks the clones it registered before their copies were on disk (write-behind) against their
     * masters, destroying those whose bytes were lost (journaled as {@code verify}; the clone's own entry
     * ends with the check). An interrupted clone or import that registered nothing is rolled back at once (what
     * it left on storage is deleted, so its name is free), and so is a site archive import cut short (it had
     * recorded nothing). Helpers that drivers of a dead process left running (a qemu-storage-daemon and its
     * FUSE mounts) are stopped first. Call once, in the process that opened the repository, before any
     * operation runs. Returns the ids of the entries left INTERRUPTED, for the operator to retry or roll back.
     */
    public List<Long> recoverInterrupted() {
        org.encompass.core.internal.DriverLeftovers.stopAll();
        List<Long> interrupted = new java.util.ArrayList<>(recovery.markInterrupted());
        interrupted.removeAll(archives.rollBackInterrupted(interrupted));
        org.encompass.core.internal.SiteArchives.removeAbandonedUnpackDirectories();
        writeback.verifyPending(null); // settles the entries of the clones it checks
        return recovery.repairUnregistered(interrupted);
    }

    public ModelAccess model() {
        return model;
    }

    // --- inventory

    public void addStorage(String name, String kind, String location, CloneMethod defaultMethod, IProgressMonitor monitor) {
        inventory.addStorage(name, kind, location, defaultMethod, monitor);
    }

    /** Registers a host and discovers its machines; returns how many it reported. */
    public int addHost(String name, String kind, String uri, IProgressMonitor monitor) {
        return inventory.addHost(name, kind, uri, monitor);
    }

    public void refreshHost(String name, IProgressMonitor monitor) {
        inventory.refreshHost(name, monitor);
    }

    /**
     * Registers a blade chassis reached through the blade driver of {@code kind} at {@code address} (for
     * IPMI {@code ipmi://NAME?SLOT=HOST:PORT&...}) and records its blades; returns how many answered.
     * Nothing is added unless every slot's controller answers.
     */
    public int addChassis(String name, String kind, String address, IProgressMonitor monitor) {
        return chassis.addChassis(name, kind, address, monitor);
    }

    /** Removes a chassis and its blades; refused while a clone is assigned to one of them. */
    public void removeChassis(String name, IProgressMonitor monitor) {
        chassis.removeChassis(name, monitor);
    }

    // --- masters and clones

    public String importMaster(ImportRequest request, IProgressMonitor monitor) {
        return images.importMaster(request, monitor);
    }

    public void deleteMaster(String master, IProgressMonitor monitor) {
        images.deleteMaster(master, monitor);
    }

    // --- site archives (export to and import at branch sites)

    /**
     * Writes the named masters (all, when none are named) with their customization items and a snapshot
     * of the site's bookkeeping to a new archive; refuses an existing file.
     */
    public org.encompass.core.exchange.ArchiveSummary exportArchive(java.nio.file.Path archive, List<String> masters,
            IProgressMonitor monitor) {
        return archives.export(archive, masters, monitor);
    }

    /** Reads and checks an archive without importing anything (what an import would bring in). */
    public org.encompass.core.exchange.ArchiveManifest readArchive(java.nio.file.Path archive) {
        return archives.read(archive);
    }

    /**
     * Imports an archive's masters onto {@code storage}: all or nothing. With {@code skipExisting}, a
     * master this site holds already with the same image is skipped instead of refusing the archive.
     */
    public org.encompass.core.exchange.ArchiveSummary importArchive(java.nio.file.Path archive, String storage,
            boolean skipExisting, IProgressMonitor monitor) {
        return archives.importArchive(archive, storage, skipExisting, monitor);
    }

    /** Appends a customization item to a master's ordered list (existing clones see it as pending). */
    public void addCustomizationItem(String master, CustomizationItem item) {
        customization.addItem(master, item);
    }

    /** Clones a master once; returns the clone's name. {@code method} null means the device's default. */
    public String cloneMaster(String master, CloneMethod method, IProgressMonitor monitor) {
        return images.cloneMaster(master, method, monitor);
    }

    /** Clones a master {@code count} times, in parallel; returns the clones' names. */
    public List<String> cloneMaster(String master, int count, CloneMethod method, IProgressMonitor monitor) {
        return deployer.cloneMany(master, count, method, monitor);
    }

    /** How {@code count} clones would be made (direct or cascading) and why, without making them. */
    public ClonePlan planClones(String master, int count, CloneMethod method) {
        return deployer.plan(master, count, method);
    }

    public void setVariables(String clone, Map<String, String> variables) {
        customization.setVariables(clone, variables);
    }

    public void customizeApply(String clone, int target, IProgressMonitor monitor) {
        customization.apply(clone, target, monitor);
    }

    public void customizeRollback(String clone, int target, boolean force, IProgressMonitor monitor) {
        customization.rollback(clone, target, force, monitor);
    }

    // --- lifecycle transitions

    public void assign(String clone, String machine, IProgressMonitor monitor) {
        placement.assign(clone, machine, monitor);
    }

    public void unassign(String clone, IProgressMonitor monitor) {
        placement.unassign(clone, monitor);
    }

    public void attach(String clone, IProgressMonitor monitor) {
        placement.attach(clone, monitor);
    }

    public void detach(String clone, IProgressMonitor monitor) {
        placement.detach(clone, monitor);
    }

    public void activate(String clone, IProgressMonitor monitor) {
        placement.activate(clone, monitor);
    }

    public void deactivate(String clone, IProgressMonitor monitor) {
        placement.deactivate(clone, monitor);
    }

    public void reconfigure(String clone, IProgressMonitor monitor) {
        placement.reconfigure(clone, monitor);
    }

    /** Captures a MAINTENANCE clone as a new master; returns the new master's name. */
    public String capture(String clone, String newMaster, IProgressMonitor monitor) {
        return images.capture(clone, newMaster, monitor);
    }

    public void destroy(String clone, IProgressMonitor monitor) {
        images.destroy(clone, monitor);
    }

    // --- composite scenarios (paper, section 3)

    /** Clone, customize, assign, attach and (optionally) activate one clone per machine, in parallel. */
    public DeployResult deploy(DeployRequest request, IProgressMonitor monitor) {
        return deployer.deploy(request, monitor);
    }

    /** Moves a clone to another machine: deactivate, detach, unassign, then assign, attach, activate. */
    public void migrate(String clone, String machine, IProgressMonitor monitor) {
        deployer.migrate(clone, machine, monitor);
    }

    // --- orphans

    /** Images on storage that no record owns (leftovers of crashes, failed cleanups); nothing is deleted. */
    public List<Orphan> orphans(IProgressMonitor monitor) {
        return orphans.list(monitor);
    }

    /**
     * Deletes orphans; {@code locations} empty = all that are safe to delete (not a staging file while an
     * operation is running). Returns what was deleted.
     */
    public List<Orphan> reclaimOrphans(List<String> locations, IProgressMonitor monitor) {
        return orphans.reclaim(locations, monitor);
    }

    // --- journal

    /** Runs an interrupted or failed operation again with the same arguments. */
    public void retry(long journalId, IProgressMonitor monitor) {
        recovery.retry(journalId, monitor);
    }

    /** Undoes what an interrupted operation may have done outside the repository, and marks it ROLLED_BACK. */
    public void rollback(long journalId, IProgressMonitor monitor) {
        recovery.rollback(journalId, monitor);
    }

    // --- discovery and reconciliation (paper, section 2.7)

    /** Asks every configured host, chassis and storage device what exists now and reconciles the model with it. */
    public DiscoveryReport discover(IProgressMonitor monitor) {
        DiscoveryReport report = discovery.discover(monitor);
        watcher.rewatch(); // hosts that came back (or were added) are watched again
        return report;
    }

    /** Settles a conflict that discovery recorded. */
    public void resolveConflict(long id, ConflictResolution resolution, IProgressMonitor monitor) {
        discovery.resolve(id, resolution, monitor);
    }

    /**
     * Runs discovery now and then every {@code interval} as a system Job, until {@link #close()} or
     * the job is cancelled; a second call replaces the schedule.
     */
    public synchronized DiscoverySchedule scheduleDiscovery(java.time.Duration interval) {
        if (schedule != null) {
            schedule.cancel();
        }
        schedule = new DiscoverySchedule(this, interval);
        schedule.schedule();
        return schedule;
    }

    /**
     * Keeps machines' power live from their hosts' events (a machine stopped outside Encompass shows
     * as stopped); returns how many hosts are watched. Call again after adding hosts.
     */
    public int watchPower() {
        return watcher.watchAll();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (schedule != null) {
                schedule.cancel();
                try {
                    schedule.join(30_000, null); // a run in progress must not outlive the model
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        watcher.close();
        writeback.close(); // before the model: a finished flush clears its clone's flag there
        connections.close();
        model.close();
    }
}
