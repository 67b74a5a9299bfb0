package org.encompass.core;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.cdo.session.CDOSession;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.credentials.CredentialSource;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.spi.CloneMethod;
import org.encompass.model.Site;

/**
 * The headless engine: every operation of the lifecycle (docs/lifecycle.md) and the paper's composite
 * scenarios, each validated, journaled before and after, and committed to the repository atomically.
 * Objects are named as operators name them (clone, master, {@code host/vm}). Methods block until
 * the operation is done; run them from a Job ({@link EngineJobs}) when the caller must stay
 * responsive. Refusals and failures are {@link EncompassException}s with a message for the operator.
 */
public final class Engine implements AutoCloseable {
    private final EngineImplementation impl;
    private DiscoverySchedule schedule;

    public Engine(CDOSession session, EngineOptions options) {
        EngineImplementation.Factory factory = ServiceLoader.load(EngineImplementation.Factory.class, Engine.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no engine implementation in org.encompass.core"));
        impl = factory.create(this, session, options);
    }

    /** Connections to hosts take their user and password from {@code source} (secure storage). */
    public Engine useCredentials(CredentialSource source) {
        impl.useCredentials(source);
        return this;
    }

    /** Creates the site record if the repository is new. */
    public Engine init(String siteName) {
        impl.init(siteName);
        return this;
    }

    /**
     * Marks operations that were running when the repository's previous owner stopped as INTERRUPTED,
     * and checks the clones it registered before their copies were on disk (write-behind) against their
     * masters, destroying those whose bytes were lost (journaled as {@code verify}; the clone's own entry
     * ends with the check). A customization item a crash left half-way is settled by its file's bytes
     * (journaled as {@code verify}; see {@link InterruptedItems}). An interrupted clone or import that
     * registered nothing is rolled back at once (what it left on storage is deleted, so its name is free), and
     * so is a site archive import cut short (it had recorded nothing). Helpers that drivers of a dead process left running (a qemu-storage-daemon and its
     * FUSE mounts) are stopped first. Call once, in the process that opened the repository, before any
     * operation runs. Returns the ids of the entries left INTERRUPTED, for the operator to retry or roll back.
     */
    public List<Long> recoverInterrupted() {
        return impl.recoverInterrupted();
    }

    /**
     * Runs {@code body} on the site as this engine sees it (its own commits at once, other sessions' as they
     * arrive) and returns what it computed; {@code body} must not change the model (what it changes is
     * rolled back) nor keep model objects beyond its run: return names and values. Lookups by the names
     * operators use, clone states, machine requirements and the journal are in {@code org.encompass.core.query}.
     */
    public <T> T read(Function<Site, T> body) {
        return impl.read(body);
    }

    // --- inventory

    public void addStorage(String name, String kind, String location, CloneMethod defaultMethod, IProgressMonitor monitor) {
        impl.addStorage(name, kind, location, defaultMethod, monitor);
    }

    /** Registers a host and discovers its machines; returns how many it reported. */
    public int addHost(String name, String kind, String uri, IProgressMonitor monitor) {
        return impl.addHost(name, kind, uri, monitor);
    }

    public void refreshHost(String name, IProgressMonitor monitor) {
        impl.refreshHost(name, monitor);
    }

    /**
     * Registers a blade chassis reached through the blade driver of {@code kind} at {@code address} (for
     * IPMI {@code ipmi://NAME?SLOT=HOST:PORT&...}) and records its blades; returns how many answered.
     * Nothing is added unless every slot's controller answers.
     */
    public int addChassis(String name, String kind, String address, IProgressMonitor monitor) {
        return impl.addChassis(name, kind, address, monitor);
    }

    /** Removes a chassis and its blades; refused while a clone is assigned to one of them. */
    public void removeChassis(String name, IProgressMonitor monitor) {
        impl.removeChassis(name, monitor);
    }

    // --- topology (paper, section 5): see org.encompass.core.query.Topology

    /**
     * Records the storage devices the machines of host {@code host} can boot from; an empty list forgets the
     * record, and then every device counts as reachable.
     */
    public void setHostReach(String host, List<String> devices) {
        impl.setHostReach(host, devices);
    }

    /** Records the storage devices the blades of {@code chassis} can boot from; empty forgets the record. */
    public void setChassisReach(String chassis, List<String> devices) {
        impl.setChassisReach(chassis, devices);
    }

    /** Records the network segments {@code machine} is on; empty forgets the record. */
    public void setSegments(String machine, List<String> segments) {
        impl.setSegments(machine, segments);
    }

    /** Makes clones of {@code master} go only to machines on network segment {@code segment} (null: any). */
    public void requireSegment(String master, String segment) {
        impl.requireSegment(master, segment);
    }

    // --- masters and clones

    public String importMaster(ImportRequest request, IProgressMonitor monitor) {
        return impl.importMaster(request, monitor);
    }

    /**
     * Deletes (or retires) a master's image, then the file contents on its device that no master with an image
     * names any more (those stored in the last minutes stay: another process may be adding them).
     */
    public void deleteMaster(String master, IProgressMonitor monitor) {
        impl.deleteMaster(master, monitor);
    }

    // --- site archives (export to and import at branch sites)

    /**
     * Writes the named masters (all, when none are named) with their customization items and a snapshot
     * of the site's bookkeeping to a new archive; refuses an existing file.
     */
    public org.encompass.core.exchange.ArchiveSummary exportArchive(java.nio.file.Path archive, List<String> masters,
            IProgressMonitor monitor) {
        return impl.exportArchive(archive, masters, monitor);
    }

    /** Reads and checks an archive without importing anything (what an import would bring in). */
    public org.encompass.core.exchange.ArchiveManifest readArchive(java.nio.file.Path archive) {
        return impl.readArchive(archive);
    }

    /**
     * Imports an archive's masters onto {@code storage}: all or nothing. With {@code skipExisting}, a
     * master this site holds already with the same image is skipped instead of refusing the archive.
     */
    public org.encompass.core.exchange.ArchiveSummary importArchive(java.nio.file.Path archive, String storage,
            boolean skipExisting, IProgressMonitor monitor) {
        return impl.importArchive(archive, storage, skipExisting, monitor);
    }

    /**
     * How {@link #replicate} would map the archive's exported clones onto this site's machines, deploying nothing.
     * {@code map}: exported clone to machine (refused when the machine is unknown, busy or cannot take it);
     * {@code variables}: per exported clone, values over the exported ones; {@code storage}: where masters not at
     * this site yet would be imported.
     */
    public org.encompass.core.exchange.Replication planReplication(java.nio.file.Path archive, Map<String, String> map,
            Map<String, Map<String, String>> variables, String storage) {
        return impl.planReplication(archive, map, variables, storage);
    }

    /**
     * Imports the archive's masters onto {@code storage} (those this site holds with the same image are skipped),
     * then deploys its exported clones onto this site's machines as {@link #planReplication} maps them, as one
     * journaled {@code replicate}. The mapping is checked before anything is imported.
     */
    public org.encompass.core.exchange.Replication replicate(java.nio.file.Path archive, String storage,
            Map<String, String> map, Map<String, Map<String, String>> variables, IProgressMonitor monitor) {
        return impl.replicate(archive, storage, map, variables, monitor);
    }

    /** Appends a customization item to a master's ordered list (existing clones see it as pending). */
    public void addCustomizationItem(String master, CustomizationItem item) {
        impl.addCustomizationItem(master, item);
    }

    /** Clones a master once; returns the clone's name. {@code method} null means the device's default. */
    public String cloneMaster(String master, CloneMethod method, IProgressMonitor monitor) {
        return impl.cloneMaster(master, method, monitor);
    }

    /**
     * Clones a master once onto {@code storage}, a device other than its own (a seed: machines that reach only that
     * device then get clones read from it, see {@code Topology.seedFor}); a self-contained copy (COW is made SPARSE).
     */
    public String cloneMaster(String master, CloneMethod method, String storage, IProgressMonitor monitor) {
        if (storage == null) {
            return cloneMaster(master, method, monitor);
        }
        return impl.cloneMaster(master, method, storage, monitor);
    }

    /** Clones a master {@code count} times, in parallel; returns the clones' names. */
    public List<String> cloneMaster(String master, int count, CloneMethod method, IProgressMonitor monitor) {
        return impl.cloneMaster(master, count, method, monitor);
    }

    /** How {@code count} clones would be made (direct or cascading) and why, without making them. */
    public ClonePlan planClones(String master, int count, CloneMethod method) {
        return impl.planClones(master, count, method);
    }

    public void setVariables(String clone, Map<String, String> variables) {
        impl.setVariables(clone, variables);
    }

    public void customizeApply(String clone, int target, IProgressMonitor monitor) {
        impl.customizeApply(clone, target, monitor);
    }

    public void customizeRollback(String clone, int target, boolean force, IProgressMonitor monitor) {
        impl.customizeRollback(clone, target, force, monitor);
    }

    // --- lifecycle transitions

    public void assign(String clone, String machine, IProgressMonitor monitor) {
        impl.assign(clone, machine, monitor);
    }

    public void unassign(String clone, IProgressMonitor monitor) {
        impl.unassign(clone, monitor);
    }

    public void attach(String clone, IProgressMonitor monitor) {
        impl.attach(clone, monitor);
    }

    public void detach(String clone, IProgressMonitor monitor) {
        impl.detach(clone, monitor);
    }

    public void activate(String clone, IProgressMonitor monitor) {
        impl.activate(clone, monitor);
    }

    public void deactivate(String clone, IProgressMonitor monitor) {
        impl.deactivate(clone, monitor);
    }

    public void reconfigure(String clone, IProgressMonitor monitor) {
        impl.reconfigure(clone, monitor);
    }

    /** Captures a MAINTENANCE clone as a new master; returns the new master's name. */
    public String capture(String clone, String newMaster, IProgressMonitor monitor) {
        return impl.capture(clone, newMaster, monitor);
    }

    public void destroy(String clone, IProgressMonitor monitor) {
        impl.destroy(clone, monitor);
    }

    // --- composite scenarios (paper, section 3)

    /** Clone, customize, assign, attach and (optionally) activate one clone per machine, in parallel. */
    public DeployResult deploy(DeployRequest request, IProgressMonitor monitor) {
        return impl.deploy(request, monitor);
    }

    /** Moves a clone to another machine: deactivate, detach, unassign, then assign, attach, activate. */
    public void migrate(String clone, String machine, IProgressMonitor monitor) {
        impl.migrate(clone, machine, monitor);
    }

    /**
     * Reassignment of resources: {@code machine}'s clone is deactivated, detached and unassigned (on standby, or
     * destroyed with {@code destroyOld}), and a fresh clone of master {@code to} (with {@code variables}), or the
     * unassigned clone {@code to}, is assigned, attached and activated on it. Returns the clone now active there.
     */
    public String reassign(String machine, String to, boolean destroyOld, Map<String, String> variables,
            IProgressMonitor monitor) {
        return impl.reassign(machine, to, destroyOld, variables, monitor);
    }

    // --- service updates (paper, section 3); {@code update} null means the only one running

    /**
     * Deploys a clone of {@code master} with {@code variables} on {@code machine} and puts it into MAINTENANCE; with
     * {@code machine} null the clone boots once on a free machine the engine picks and ends MAINTENANCE/UNASSIGNED.
     * Starting a master whose start a stop cut short goes on with the clone that start made. Returns the update's name.
     */
    public String updateStart(String master, String machine, Map<String, String> variables, IProgressMonitor monitor) {
        return impl.updateStart(master, machine, variables, monitor);
    }

    /** Writes customization items into the update's maintenance clone; returns how many the update has applied. */
    public int updateApply(String update, List<CustomizationItem> items, IProgressMonitor monitor) {
        return impl.updateApply(update, items, monitor);
    }

    /** Captures the maintenance clone as the new master (version + 1); {@code newMaster} null = a name from the version. */
    public String updateCapture(String update, String newMaster, IProgressMonitor monitor) {
        return impl.updateCapture(update, newMaster, monitor);
    }

    /**
     * Moves the machines running clones of the old master (all, or {@code machines}) to fresh clones of the new one,
     * {@code batch} at a time; a machine that fails stops the rollout (PAUSED) until {@code resume} or a rollback.
     */
    public org.encompass.model.UpdatePhase updateRollout(String update, int batch, List<String> machines, boolean resume,
            IProgressMonitor monitor) {
        return impl.updateRollout(update, batch, machines, resume, monitor);
    }

    /** Returns the machines moved (all, or {@code machines}) to their standby clones. */
    public org.encompass.model.UpdatePhase updateRollback(String update, List<String> machines, IProgressMonitor monitor) {
        return impl.updateRollback(update, machines, monitor);
    }

    /** Destroys the update's standby clones and closes it; returns how many were destroyed. */
    public int updateFinish(String update, IProgressMonitor monitor) {
        return impl.updateFinish(update, monitor);
    }

    // --- orphans

    /** Images on storage that no record owns (leftovers of crashes, failed cleanups); nothing is deleted. */
    public List<Orphan> orphans(IProgressMonitor monitor) {
        return impl.orphans(monitor);
    }

    /**
     * Deletes orphans; {@code locations} empty = all that are safe to delete (not a staging file while an
     * operation is running). Returns what was deleted.
     */
    public List<Orphan> reclaimOrphans(List<String> locations, IProgressMonitor monitor) {
        return impl.reclaimOrphans(locations, monitor);
    }

    /**
     * Runs {@code body} on this thread with the journal naming {@code user} as who ran its operations: a server
     * running a client's request names the client's authenticated user, not the server's.
     */
    public <T> T actingFor(String user, java.util.function.Supplier<T> body) {
        return impl.actingFor(user, body);
    }

    // --- a repository server's requests

    /**
     * Runs a request the server accepted as a journal entry of its own (operation {@code request}, the user this
     * thread acts for) and returns what {@code body} returned (a name, a count, a JSON result, or ""). The entry is
     * committed RUNNING before anything of the request runs outside the repository, and then {@code accepted} gets
     * its id, which the client follows: for a request of one lifecycle transition or customize apply/rollback on
     * its target ({@code body} runs it with {@link #run}, and nothing else), in the commit of the operation's start
     * (or of its refusal), else in a commit of its own. It ends SUCCEEDED (for one operation, in the commit of its
     * completion), or FAILED with the message of what {@code body} threw, which is thrown on.
     */
    public String request(String kind, String target, Map<String, String> arguments,
            java.util.function.LongConsumer accepted, java.util.function.Supplier<String> body) {
        return impl.request(kind, target, arguments, accepted, body);
    }

    /** What {@link #retry} runs for an interrupted or failed request (the server's dispatch of request kinds). */
    public void setRequestRunner(RequestRunner runner) {
        impl.setRequestRunner(runner);
    }

    // --- one operation by its name and arguments

    /**
     * Runs {@code operation} on {@code target} (a clone, a master, a host) with the arguments its journal entry
     * records: {@code machine} (assign), {@code master} (capture), {@code target}, the item pointer to go to
     * (customize-apply, customize-rollback), {@code method} (clone), {@code file}, {@code format} and
     * {@code storage} (import-master). The one dispatch behind {@link #retry} and the console's clone commands.
     * Refused for an operation that needs more than that (add-storage, add-host, discover...).
     */
    public void run(Operation operation, String target, Map<String, String> arguments, IProgressMonitor monitor) {
        impl.run(operation, target, arguments, monitor);
    }

    // --- journal

    /** Runs an interrupted or failed operation again with the same arguments. */
    public void retry(long journalId, IProgressMonitor monitor) {
        impl.retry(journalId, monitor);
    }

    /** Undoes what an interrupted operation may have done outside the repository, and marks it ROLLED_BACK. */
    public void rollback(long journalId, IProgressMonitor monitor) {
        impl.rollback(journalId, monitor);
    }

    // --- discovery and reconciliation (paper, section 2.7)

    /** Asks every configured host, chassis and storage device what exists now and reconciles the model with it. */
    public DiscoveryReport discover(IProgressMonitor monitor) {
        return impl.discover(monitor);
    }

    /** Settles a conflict that discovery recorded. */
    public void resolveConflict(long id, ConflictResolution resolution, IProgressMonitor monitor) {
        impl.resolveConflict(id, resolution, monitor);
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
        return impl.watchPower();
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
        impl.close();
    }
}
