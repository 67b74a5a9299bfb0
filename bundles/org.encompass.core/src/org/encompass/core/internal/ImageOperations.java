package org.encompass.core.internal;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.encompass.core.EncompassException;
import org.encompass.core.ImportRequest;
import org.encompass.core.Limits;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.lifecycle.CloneState;
import org.encompass.core.lifecycle.Lifecycle;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.core.spi.CloneMethod;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.core.spi.StorageDriver;
import org.encompass.model.Clone;
import org.encompass.model.MachineRequirements;
import org.encompass.model.Master;
import org.encompass.model.ModelFactory;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;
import org.encompass.model.TerminalState;

/** Operations that create, copy and delete images: import, clone, capture, destroy, delete master. */
public final class ImageOperations {
    private final OperationRunner runner;
    private final HypervisorSteps hosts;
    private final CloneSlots slots;
    private final Writeback writeback;
    /**
     * Clone names a device refused because an image no record owns holds them (an orphan): later clones of this
     * engine skip them, so one stray image stops the one clone that met it, not every clone planned after it.
     */
    private final java.util.Set<String> takenOnDevice = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public ImageOperations(OperationRunner runner, HypervisorSteps hosts, CloneSlots slots, Writeback writeback) {
        this.runner = runner;
        this.hosts = hosts;
        this.slots = slots;
        this.writeback = writeback;
    }

    /** An image stored on its device by an import, with what the master's record says about it. */
    record Imported(ImageRef image, String sha256, long size) {
    }

    public String importMaster(ImportRequest request, IProgressMonitor monitor) {
        check(request);
        if (request.file() == null || !Files.exists(request.file())) {
            throw new EncompassException("cannot import master " + request.name() + ": no such file " + request.file());
        }
        OperationRunner.Begun<StorageDeviceSpec> begun = runner.begin(Operation.IMPORT_MASTER, request.name(), site -> {
            StorageDeviceSpec device = free(site, request);
            Map<String, String> args = new LinkedHashMap<>();
            args.put("file", request.file().toString());
            args.put("format", request.format().name());
            args.put("storage", device.name());
            return new OperationRunner.Plan<>(request.name(), args, null, List.of("master:" + request.name()), device);
        });
        runner.finish(begun, (device, m) -> new ImportedOn(device, store(device, request, m)), (site, device, done) -> {
            site.getMasters().add(record(site, request, device, done.imported()));
            return "imported";
        }, ImageOperations::deleteQuietly, monitor);
        return request.name();
    }

    /** An image an import put on a device. */
    record ImportedOn(StorageDeviceSpec device, Imported imported) {
    }

    /** Removes what an import stored when its record could not be committed; a failure is logged (orphans lists it). */
    static void deleteQuietly(ImportedOn done) {
        try {
            Drivers.storage().driver(done.device().kind()).deleteImage(done.device(), done.imported().image());
        } catch (DriverException | RuntimeException e) {
            ILog.of(ImageOperations.class).warn("could not remove " + done.imported().image().location()
                    + " after a failed import (encompass orphans lists it): " + e.getMessage());
        }
    }

    /** The engine's own check of an import's name, texts and numbers, whoever read them (CLI, wizard, archive). */
    static void check(ImportRequest request) {
        Names.check("master", request.name());
        Limits.VERSION.check("the version", request.version());
        Limits.DESCRIPTION.check("the description", request.description());
        Limits.PROFILE.check("the service profile", request.serviceProfile());
        Limits.PROFILE.check("the software profile", request.softwareProfile());
        Limits.ARCHITECTURE.check("the architecture", request.architecture());
        Limits.MIN_CPUS.check("min-cpus", request.minCpus());
        Limits.MIN_MEMORY_MIB.check("min-memory-mib", request.minMemoryMiB());
        Limits.MIN_DISK_GIB.check("min-disk-gib", request.minDiskGiB());
    }

    /** The device a new master goes to; refused when the site has a master of that name. */
    static StorageDeviceSpec free(Site site, ImportRequest request) {
        if (SiteLookup.findMaster(site, request.name()).isPresent()) {
            throw new EncompassException("a master named " + request.name() + " exists already");
        }
        return CloneSnapshot.device(SiteLookup.storage(site, request.storage()));
    }

    /** Copies the request's file onto the device; on failure nothing of it stays there. */
    static Imported store(StorageDeviceSpec device, ImportRequest request, IProgressMonitor monitor) throws DriverException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing " + request.name(), 100);
        StorageDriver driver = Drivers.storage().driver(device.kind());
        ImageRef image = driver.importImage(device, request.file(), request.format(), request.name(), sub.split(70));
        try {
            return new Imported(image, driver.sha256(device, image, sub.split(30)), driver.virtualSize(device, image));
        } catch (DriverException | RuntimeException e) {
            driver.deleteImage(device, image);
            throw e;
        }
    }

    /** The record of a master whose image {@link #store} put on {@code device}; the caller adds it to the site. */
    static Master record(Site site, ImportRequest request, StorageDeviceSpec device, Imported imported) {
        Master master = ModelFactory.eINSTANCE.createMaster();
        master.setName(request.name());
        master.setVersion(request.version());
        master.setDescription(request.description());
        master.setServiceProfile(request.serviceProfile());
        master.setSoftwareProfile(request.softwareProfile());
        master.setRequirements(requirements(request));
        master.setFormat(ModelValues.toModel(request.format()));
        master.setStorage(SiteLookup.storage(site, device.name()));
        master.setLocation(imported.image().location());
        master.setSha256(imported.sha256());
        master.setSizeBytes(imported.size());
        master.setCreated(new Date());
        return master;
    }

    private static MachineRequirements requirements(ImportRequest request) {
        MachineRequirements requirements = ModelFactory.eINSTANCE.createMachineRequirements();
        requirements.setArchitecture(request.architecture());
        requirements.setMinCpus(request.minCpus());
        requirements.setMinMemoryMiB(request.minMemoryMiB());
        requirements.setMinDiskGiB(request.minDiskGiB());
        return requirements;
    }

    /** {@code planned}: where a write-behind copy will land, the clone registered there already (else null). */
    private record ClonePlan(String master, StorageDeviceSpec device, ImageRef source, String name, CloneMethod method,
            boolean writtenBehind, ImageRef planned, String copiedFrom) {
    }

    /**
     * Where a clone is made other than on its master's device: on {@code storage}, from the master's image (a seed:
     * {@code seed} null) or from the image of {@code seed}, a pristine clone of the master on that device (cascading
     * from a nearer clone, paper section 5). Such a copy never depends on its source: COW is made SPARSE.
     */
    public record Elsewhere(String storage, String seed) {
    }

    /**
     * What a clone made for a machine is read from, by name ({@link org.encompass.core.query.Topology#cloneSource}):
     * master {@code master} on its device when {@code elsewhere} is null, else a seed clone of it on the seed's device.
     */
    public record Source(String master, Elsewhere elsewhere) {
        public static Source of(org.encompass.core.query.Topology.CloneSource source) {
            return new Source(source.copy().getName(), source.seed() == null ? null
                    : new Elsewhere(source.seed().getStorage().getName(), source.seed().getName()));
        }
    }

    /** Clones a master once where {@code source} says (the device's default method); returns the new clone's name. */
    public String cloneAt(Source source, IProgressMonitor monitor) {
        return source.elsewhere() == null ? cloneMaster(source.master(), null, monitor)
                : cloneElsewhere(source.master(), null, source.elsewhere(), monitor);
    }

    /** A clone operation begun (journaled; a write-behind clone registered, still pending) whose copy is still to run. */
    public static final class BegunClone {
        private final OperationRunner.Begun<ClonePlan> begun;
        private boolean copied;

        private BegunClone(OperationRunner.Begun<ClonePlan> begun) {
            this.begun = begun;
        }

        public String name() {
            return begun.plan().snapshot().name();
        }

        /** Whether its copy is written behind (and so runs under the write-behind limit). */
        public boolean writtenBehind() {
            return begun.plan().snapshot().writtenBehind();
        }

        /** Whether {@link ImageOperations#copy} ran for it (each begun clone is copied once). */
        public synchronized boolean isCopied() {
            return copied;
        }

        private synchronized boolean markCopied() {
            boolean was = copied;
            copied = true;
            return was;
        }
    }

    /** Clones {@code master} once; returns the new clone's name. {@code method} null = the device's default. */
    public String cloneMaster(String masterName, CloneMethod method, IProgressMonitor monitor) {
        return cloneFrom(masterName, method, null, monitor).name();
    }

    /** Clones {@code master} once on another device, {@code elsewhere} (a seed, or cascading from one). */
    public String cloneElsewhere(String masterName, CloneMethod method, Elsewhere elsewhere, IProgressMonitor monitor) {
        return copy(beginClones(masterName, method, elsewhere, 1, null).get(0), null, monitor).name();
    }

    /**
     * Clones {@code master} once. With a {@code pool} (cascading) the copy is read from whichever source
     * of the pool has a free read slot, and the finished clone joins the pool; the clone's master is
     * the master either way.
     */
    public Cloned cloneFrom(String masterName, CloneMethod method, SourcePool pool, IProgressMonitor monitor) {
        return copy(beginClone(masterName, method), pool, monitor);
    }

    /**
     * Validates and journals one clone of {@code master} and, for a write-behind copy whose place the driver
     * knows in advance, registers the clone (pending) in the same commit: then nothing durable follows the
     * copy, whose writeback every commit made after it would wait for (on one disk, seconds per commit).
     * Every begun clone must be {@link #copy copied}, or given up by copying with a cancelled monitor.
     */
    public BegunClone beginClone(String masterName, CloneMethod method) {
        return beginClones(masterName, method, 1, null).get(0);
    }

    /**
     * Begins {@code count} clones of {@code master} as {@link #beginClone} does, all in one commit.
     * {@code whileJournaling}, when not null, receives them before that commit, so their copies may start
     * while it is written: a copy only writes a new image under the clone's new name, which
     * {@link #copy} deletes again should the commit fail (a crash before the commit leaves an image that
     * nothing refers to, which {@code orphans} lists).
     */
    public List<BegunClone> beginClones(String masterName, CloneMethod method, int count,
            java.util.function.Consumer<List<BegunClone>> whileJournaling) {
        return beginClones(masterName, method, null, count, whileJournaling);
    }

    /** {@link #beginClones(String, CloneMethod, int, java.util.function.Consumer)}, on another device when {@code elsewhere}. */
    public List<BegunClone> beginClones(String masterName, CloneMethod method, Elsewhere elsewhere, int count,
            java.util.function.Consumer<List<BegunClone>> whileJournaling) {
        for (int i = 0; i < count; i++) {
            writeback.copyStarted();
        }
        AtomicReference<List<BegunClone>> handedOn = new AtomicReference<>();
        try {
            List<OperationRunner.Begun<ClonePlan>> begun = runner.beginAll(Operation.CLONE, masterName, count,
                    site -> planClone(site, masterName, method, elsewhere), whileJournaling == null ? null : validated -> {
                        handedOn.set(validated.stream().map(BegunClone::new).toList());
                        whileJournaling.accept(handedOn.get());
                    });
            return handedOn.get() != null ? handedOn.get() : begun.stream().map(BegunClone::new).toList();
        } catch (RuntimeException e) {
            if (handedOn.get() == null) { // else each copy ends its own, also when the commit failed
                for (int i = 0; i < count; i++) {
                    writeback.copyEnded();
                }
            }
            throw e;
        }
    }

    private OperationRunner.Plan<ClonePlan> planClone(Site site, String masterName, CloneMethod method, Elsewhere elsewhere) {
        Master master = SiteLookup.master(site, masterName);
        if (master.getLocation() == null) {
            throw new EncompassException("master " + masterName + " is retired: its image was deleted");
        }
        StorageDevice device = elsewhere == null ? master.getStorage() : SiteLookup.storage(site, elsewhere.storage());
        CloneMethod chosen = method != null ? method : ModelValues.toSpi(device.getDefaultCloneMethod());
        ImageRef source = new ImageRef(master.getLocation(), ModelValues.toSpi(master.getFormat()));
        String copiedFrom = null;
        if (elsewhere != null) {
            if (chosen == CloneMethod.COW) {
                chosen = CloneMethod.SPARSE; // a COW copy would depend on an image another device (or clone) holds
            }
            if (elsewhere.seed() != null) {
                Clone seed = SiteLookup.clone(site, elsewhere.seed());
                if (!org.encompass.core.query.Topology.isSeed(seed, master) || seed.getStorage() != device) {
                    throw new EncompassException("cannot clone " + masterName + " from clone " + seed.getName()
                            + ": it is no longer a pristine copy of it on " + device.getName() + " (" + States.of(seed) + ")");
                }
                source = new ImageRef(seed.getLocation(), ModelValues.toSpi(seed.getFormat()));
                copiedFrom = "clone " + seed.getName();
            }
        }
        String name = nextCloneName(site, masterName);
        Map<String, String> args = new LinkedHashMap<>();
        args.put("clone", name);
        args.put("method", chosen.name());
        args.put("storage", device.getName());
        if (copiedFrom != null) {
            args.put("from", copiedFrom);
        }
        StorageDeviceSpec spec = CloneSnapshot.device(device);
        ImageRef planned = null;
        boolean writtenBehind = false;
        try {
            StorageDriver driver = Drivers.storage().driver(spec.kind());
            if (driver.supportedMethods(spec).contains(chosen)) { // else the work refuses it with the list
                writtenBehind = driver.writesBehind(chosen);
                planned = writtenBehind ? driver.plannedClone(spec, source, name, chosen) : null;
            }
        } catch (DriverException e) {
            String hint = orphanHint(site, name, e);
            if (!hint.isEmpty()) {
                takenOnDevice.add(name);
            }
            throw new EncompassException("cannot clone " + masterName + ": " + e.getMessage() + hint, e);
        }
        java.util.function.Consumer<Site> undo = null;
        if (planned != null) {
            register(site, master, device, name, chosen, planned, true);
            undo = s -> SiteLookup.findClone(s, name).ifPresent(ImageOperations::unregister); // it never existed
        }
        ClonePlan plan = new ClonePlan(masterName, spec, source, name, chosen, writtenBehind, planned, copiedFrom);
        // The new clone's name is locked so parallel clones of one master get different names.
        return new OperationRunner.Plan<>(masterName, args, null, List.of("clone:" + name), plan, undo);
    }

    /** Runs a begun clone's copy (from the master, or from the pool's sources when cascading) and completes it. */
    public Cloned copy(BegunClone clone, SourcePool pool, IProgressMonitor monitor) {
        if (clone.markCopied()) {
            throw new IllegalStateException("clone " + clone.name() + " was copied already");
        }
        Cloned cloned;
        try {
            // a crash before the journal's commit must leave no image under a name the journal does not know
            StorageDriver.Publication journaled = () -> {
                if (!clone.begun.awaitJournaled()) {
                    throw new DriverException("its start could not be journaled");
                }
            };
            cloned = runner.finish(clone.begun, (plan, m) -> copy(plan, pool, journaled, m), (site, plan, result) -> {
                if (plan.planned() == null || !plan.planned().equals(result.image())) {
                    // registered where the driver planned, but it landed elsewhere
                    SiteLookup.findClone(site, plan.name()).ifPresent(ImageOperations::unregister);
                    register(site, SiteLookup.master(site, plan.master()), SiteLookup.storage(site, plan.device().name()),
                            plan.name(), plan.method(), result.image(), result.writtenBehind());
                }
                return CloneState.NEW.toString();
            }, ImageOperations::discard, monitor);
        } finally {
            writeback.copyEnded();
        }
        if (pool != null) {
            pool.add(cloned.name(), cloned.image());
        }
        return cloned;
    }

    private Cloned copy(ClonePlan plan, SourcePool pool, StorageDriver.Publication journaled, IProgressMonitor m)
            throws DriverException {
        try {
            return copyOnce(plan, pool, journaled, m);
        } catch (DriverException e) {
            String hint = runner.model().read(site -> orphanHint(site, plan.name(), e));
            if (!hint.isEmpty()) {
                takenOnDevice.add(plan.name()); // before the name's lock is released with the failed entry
            }
            throw hint.isEmpty() ? e : new DriverException(e.getMessage() + hint, e);
        }
    }

    /**
     * When a driver refuses a new image's name because an image of that name exists already and no record owns
     * it, says so and how to free the name (a leftover of a crash, or of an older Encompass); else "".
     */
    private static String orphanHint(Site site, String name, DriverException refusal) {
        String message = String.valueOf(refusal.getMessage());
        boolean owned = SiteLookup.findMaster(site, name).filter(m -> m.getLocation() != null).isPresent()
                || SiteLookup.findClone(site, name).filter(c -> c.getTerminalState() == TerminalState.NONE).isPresent();
        if (owned || !(message.contains("already exists") || message.contains("exists already"))) {
            return "";
        }
        return "; no master or clone owns that image: it is an orphan (left by an interrupted operation);"
                + " list it with 'encompass orphans' and delete it with 'encompass orphans reclaim LOCATION'";
    }

    private Cloned copyOnce(ClonePlan plan, SourcePool pool, StorageDriver.Publication journaled, IProgressMonitor m)
            throws DriverException {
        StorageDriver driver = Drivers.storage().driver(plan.device().kind());
        java.util.Set<CloneMethod> supported = driver.supportedMethods(plan.device());
        if (!supported.contains(plan.method())) {
            throw new DriverException("storage device " + plan.device().name() + " cannot clone with "
                    + plan.method() + "; it supports " + supported);
        }
        if (pool == null) {
            try (CloneSlots.Held held = slots.acquire(plan.device().name(), plan.source().location(), plan.writtenBehind(), m)) {
                ImageRef image = driver.cloneImage(plan.device(), plan.source(), plan.name(), plan.method(), journaled, m);
                CrashPoints.reach("clone.copied");
                return new Cloned(plan.name(), image, plan.copiedFrom(), plan.device(), plan.writtenBehind(),
                        image.equals(plan.planned()));
            }
        }
        try (CloneSlots.HeldSource<SourcePool.Source> held = slots.acquireAny(plan.device().name(),
                pool::candidates, candidate -> candidate.image().location(), plan.writtenBehind(), m)) {
            SourcePool.Source from = held.source();
            ImageRef image = driver.cloneImage(plan.device(), from.image(), plan.name(), plan.method(), journaled, m);
            CrashPoints.reach("clone.copied");
            return new Cloned(plan.name(), image, from.describe(plan.master()), plan.device(), plan.writtenBehind(),
                    image.equals(plan.planned()));
        }
    }

    /** Deletes the image of a copy whose start could not be journaled; should that fail, orphans lists it. */
    private static void discard(Cloned copy) {
        try {
            Drivers.storage().driver(copy.device().kind()).deleteImage(copy.device(), copy.image());
        } catch (DriverException e) {
            ILog.of(ImageOperations.class).warn("cannot delete the copy " + copy.image().location()
                    + " of a clone whose start was not journaled; reclaim it with orphans: " + e.getMessage());
        }
    }

    /** Removes a clone registered before its copy, which then failed: nothing refers to it afterwards. */
    private static void unregister(Clone clone) {
        clone.setMaster(null); // the master's list of clones is the other end
        ((Site) clone.eContainer()).getClones().remove(clone);
    }

    /** Adds clone {@code name} of {@code master} at {@code image}; {@code pending}: its bytes may not be on disk yet. */
    private static void register(Site site, Master master, StorageDevice device, String name, CloneMethod method, ImageRef image,
            boolean pending) {
        Clone clone = ModelFactory.eINSTANCE.createClone();
        clone.setName(name);
        StateChanges.set(clone, CloneState.NEW);
        clone.setStorage(device);
        clone.setLocation(image.location());
        clone.setFormat(ModelValues.toModel(image.format()));
        clone.setBackingLocation(image.backing());
        clone.setCloneMethod(ModelValues.toModel(method));
        clone.setCreated(new Date());
        clone.setFlushPending(pending); // in the registering commit: a crash after it is verified
        site.getClones().add(clone);
        clone.setMaster(master);
    }

    /**
     * A finished clone; {@code copiedFrom} names the cascade source it was read from (null = not cascading);
     * {@code writtenBehind}: its bytes may not be on {@code device}'s disk yet ({@link Writeback});
     * {@code registeredBefore}: it was registered where it landed before the copy began.
     */
    public record Cloned(String name, ImageRef image, String copiedFrom, StorageDeviceSpec device, boolean writtenBehind,
            boolean registeredBefore) implements OperationRunner.Noted, OperationRunner.WrittenBehind {
        @Override
        public String note() {
            return copiedFrom == null ? null : "copied from " + copiedFrom;
        }

        @Override
        public String cloneName() {
            return name;
        }
    }

    /**
     * {@code <master>-NN}, the first number not taken yet (also not by a clone being created right now, nor by an
     * orphan image a device refused it for).
     */
    private String nextCloneName(Site site, String master) {
        java.util.Set<String> taken = site.getClones().stream().map(Clone::getName).collect(Collectors.toSet());
        for (int n = 1;; n++) {
            String name = String.format("%s-%02d", master, n);
            if (!taken.contains(name) && !takenOnDevice.contains(name) && !runner.isBusy("clone:" + name)) {
                return name;
            }
        }
    }

    private record CapturePlan(CloneSnapshot source, String master, ImageFormat format) {
    }

    private record Captured(ImageRef image, String sha256, long size) {
    }

    /**
     * Captures a MAINTENANCE clone as a new master that records its lineage. The clone's own image is deleted
     * only after the capture is committed: until then a crash leaves the clone as it was (and a leftover copy
     * under the new master's name, which retry and rollback delete); after it, at worst an orphan.
     */
    public String capture(String cloneName, String newMaster, IProgressMonitor monitor) {
        Names.check("master", newMaster);
        CloneSnapshot[] capturedClone = new CloneSnapshot[1];
        runner.run(Operation.CAPTURE, cloneName, site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            Lifecycle.check(cloneName, States.of(clone), Operation.CAPTURE);
            if (SiteLookup.findMaster(site, newMaster).isPresent()) {
                throw new EncompassException("a master named " + newMaster + " exists already");
            }
            CloneSnapshot snapshot = CloneSnapshot.of(clone);
            capturedClone[0] = snapshot;
            List<String> locks = new ArrayList<>(List.of(snapshot.lock(), "master:" + newMaster));
            if (snapshot.machine() != null) {
                locks.add(snapshot.machine().lock());
            }
            return new OperationRunner.Plan<>(cloneName, Map.of("master", newMaster), snapshot.state().toString(), locks,
                    new CapturePlan(snapshot, newMaster, ModelValues.toSpi(clone.getMaster().getFormat())));
        }, (plan, m) -> {
            SubMonitor sub = SubMonitor.convert(m, "Capturing " + cloneName, 100);
            CloneSnapshot clone = plan.source();
            if (clone.state().placement() == org.encompass.model.Placement.ATTACHED) {
                hosts.detach(clone.machine());
            }
            StorageDriver driver = Drivers.storage().driver(clone.device().kind());
            ImageRef image = driver.captureImage(clone.device(), clone.image(), plan.master(), sub.split(70));
            Captured captured = new Captured(image, driver.sha256(clone.device(), image, sub.split(30)),
                    driver.virtualSize(clone.device(), image));
            CrashPoints.reach("capture.copied");
            return captured;
        }, (site, plan, captured) -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            Master parent = clone.getMaster();
            Master master = ModelFactory.eINSTANCE.createMaster();
            master.setName(plan.master());
            master.setVersion(parent.getVersion());
            master.setDescription("captured from clone " + cloneName + " of " + parent.getName());
            master.setServiceProfile(parent.getServiceProfile());
            master.setSoftwareProfile(parent.getSoftwareProfile());
            master.setRequirements(parent.getRequirements() == null ? null : EcoreUtil.copy(parent.getRequirements()));
            master.getCustomizationItems().addAll(ItemContents.copies(parent, clone.getStorage()));
            master.setFormat(ModelValues.toModel(captured.image().format()));
            master.setStorage(clone.getStorage());
            master.setLocation(captured.image().location());
            master.setSha256(captured.sha256());
            master.setSizeBytes(captured.size());
            master.setParent(parent);
            master.setSourceClone(clone);
            master.setCreated(new Date());
            site.getMasters().add(master);
            clone.setCapturedAs(master);
            BladeBoots.clear(clone.getMachine()); // capture detached it
            clone.setMachine(null);
            clone.setTerminalState(TerminalState.CAPTURED);
            return States.of(clone).toString();
        }, monitor);
        CloneSnapshot source = capturedClone[0];
        try {
            Drivers.storage().driver(source.device().kind()).deleteImage(source.device(), source.image());
        } catch (DriverException e) {
            ILog.of(ImageOperations.class).warn("clone " + cloneName + " was captured as " + newMaster + ", but its own"
                    + " image " + source.image().location() + " could not be deleted; reclaim it with orphans: " + e.getMessage());
        }
        return newMaster;
    }

    public void destroy(String cloneName, IProgressMonitor monitor) {
        runner.run(Operation.DESTROY, cloneName, site -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            Lifecycle.check(cloneName, States.of(clone), Operation.DESTROY);
            CloneSnapshot snapshot = CloneSnapshot.of(clone);
            return new OperationRunner.Plan<>(cloneName, Map.of(), snapshot.state().toString(), List.of(snapshot.lock()),
                    snapshot);
        }, (snapshot, m) -> {
            Drivers.storage().driver(snapshot.device().kind()).deleteImage(snapshot.device(), snapshot.image());
            return Boolean.TRUE;
        }, (site, snapshot, ok) -> {
            Clone clone = SiteLookup.clone(site, cloneName);
            clone.setTerminalState(TerminalState.DESTROYED);
            return States.of(clone).toString();
        }, monitor);
    }

    private record StoredImage(StorageDeviceSpec device, ImageRef image) {
    }

    /**
     * Deletes a master's image. Refused while clones that are not destroyed or captured exist
     * (copy-on-write clones depend on the master's file). A master that other records still point to
     * (captured masters, old clones) stays as a retired record so lineage is kept.
     */
    public void deleteMaster(String masterName, IProgressMonitor monitor) {
        runner.run(Operation.DELETE_MASTER, masterName, site -> {
            Master master = SiteLookup.master(site, masterName);
            ServiceUpdates.refuseDeleteWithStandby(site, master);
            List<Clone> live = master.getClones().stream().filter(c -> c.getTerminalState() == TerminalState.NONE).toList();
            if (!live.isEmpty()) {
                List<String> cow = live.stream().filter(c -> master.getLocation() != null
                        && master.getLocation().equals(c.getBackingLocation())).map(Clone::getName).toList();
                throw new EncompassException("cannot delete master " + masterName + ": " + live.size()
                        + " clone(s) still use it (" + live.stream().map(Clone::getName).collect(Collectors.joining(", "))
                        + ")" + (cow.isEmpty() ? "" : "; copy-on-write dependants: " + String.join(", ", cow))
                        + "; destroy or capture them first");
            }
            if (master.getLocation() == null) {
                throw new EncompassException("master " + masterName + " is already retired");
            }
            StorageDeviceSpec device = CloneSnapshot.device(master.getStorage());
            ImageRef image = new ImageRef(master.getLocation(), ModelValues.toSpi(master.getFormat()));
            return new OperationRunner.Plan<>(masterName, Map.of("location", master.getLocation()), "present",
                    List.of("master:" + masterName), new StoredImage(device, image));
        }, (stored, m) -> {
            Drivers.storage().driver(stored.device().kind()).deleteImage(stored.device(), stored.image());
            return Boolean.TRUE;
        }, (site, plan, ok) -> {
            Master master = SiteLookup.master(site, masterName);
            boolean referenced = !master.getClones().isEmpty()
                    || site.getMasters().stream().anyMatch(other -> other.getParent() == master);
            if (referenced) {
                master.setLocation(null);
                return "retired";
            }
            EcoreUtil.remove(master);
            return "deleted";
        }, monitor);
    }
}
