package org.encompass.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.encompass.core.EncompassException;
import org.encompass.core.ImportRequest;
import org.encompass.core.customization.CustomizationItem;
import org.encompass.core.drivers.Drivers;
import org.encompass.core.exchange.ArchiveException;
import org.encompass.core.exchange.ArchiveManifest;
import org.encompass.core.exchange.ArchiveSummary;
import org.encompass.core.exchange.ArchivedMaster;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteLookup;
import org.encompass.core.query.States;
import org.encompass.core.spi.DriverException;
import org.encompass.core.spi.ImageFormat;
import org.encompass.core.spi.ImageRef;
import org.encompass.core.spi.RawImage;
import org.encompass.core.spi.StorageDeviceSpec;
import org.encompass.model.Clone;
import org.encompass.model.HypervisorHost;
import org.encompass.model.JournalEntry;
import org.encompass.model.Machine;
import org.encompass.model.Master;
import org.encompass.model.Site;
import org.encompass.model.StorageDevice;

/**
 * Export of masters to a site archive and import of one at a branch site (paper, section 3). An archive
 * is a zip file: {@link ArchiveManifest#ENTRY}, one raw image per master and one {@code contents/<sha256>} entry per
 * distinct file-replacement content (checked against its digest when the manifest is read). Export writes a hidden
 * partial file and renames it when complete; import checks the whole archive (layout, manifest, names
 * free at this site) before it imports anything, checks every image against its SHA-256 while it
 * unpacks it, and removes what it imported when a later master fails: all or nothing.
 */
public final class SiteArchives {
    private static final int CHUNK = 1 << 20;
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_MANIFEST_BYTES = 16 << 20;
    /**
     * All file-replacement contents of one archive together, unpacked (each is at most
     * {@code CustomizationItemValidator.MAX_CONTENT_BYTES}); an archive that holds more is refused.
     */
    static final long MAX_CONTENT_BYTES = 512L << 20;

    /** The journal argument naming the archive an {@code import-master} came from. */
    static final String ARCHIVE_ARGUMENT = "archive";
    /** The journal argument naming the directory an archive's images were unpacked into. */
    static final String UNPACKED_ARGUMENT = "unpacked";
    private static final String UNPACK_PREFIX = "encompass-import-";

    private final ModelAccess model;
    private final OperationRunner runner;

    public SiteArchives(ModelAccess model, OperationRunner runner) {
        this.model = model;
        this.runner = runner;
    }

    // --- export

    /** A master to export, as read from the repository. */
    private record Source(ArchivedMaster master, StorageDeviceSpec device, ImageRef image, String recordedSha256) {
    }

    public ArchiveSummary export(Path archive, List<String> masterNames, IProgressMonitor monitor) {
        Path target = archive.toAbsolutePath();
        if (Files.exists(target)) {
            throw new EncompassException("cannot export to " + target + ": it exists (nothing was changed; choose another name)");
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new EncompassException("cannot export to " + target + ": no such directory " + target.getParent());
        }
        List<Source> sources = new ArrayList<>();
        List<Map<String, String>> snapshot = new ArrayList<>();
        String siteName = model.read(site -> {
            List<Master> chosen = masterNames.isEmpty()
                    ? site.getMasters().stream().filter(m -> m.getLocation() != null).toList()
                    : masterNames.stream().map(name -> SiteLookup.master(site, name)).toList();
            for (Master m : chosen) {
                if (m.getLocation() == null) {
                    throw new EncompassException("master " + m.getName() + " has no image (it was deleted): nothing exported");
                }
                sources.add(new Source(described(m), CloneSnapshot.device(m.getStorage()),
                        new ImageRef(m.getLocation(), ModelValues.toSpi(m.getFormat())), m.getSha256()));
            }
            snapshot.addAll(snapshot(site));
            return site.getName();
        });
        if (sources.isEmpty()) {
            throw new EncompassException("the site has no masters to export");
        }
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting to " + target.getFileName(), sources.size() * 100 + 1);
        List<ArchivedMaster> written = new ArrayList<>();
        long bytes = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            zip.setLevel(1); // the holes of a sparse image shrink to almost nothing even so; speed matters more
            for (Source source : sources) {
                ArchivedMaster master = writeImage(zip, source, progress.split(100));
                written.add(master);
                bytes += master.sizeBytes();
            }
            writeContents(zip, written);
            zip.putNextEntry(new ZipEntry(ArchiveManifest.ENTRY));
            ManifestXml.write(new ArchiveManifest(ArchiveManifest.FORMAT, siteName, Instant.now().toString(),
                    System.getProperty("user.name"), written, snapshot), zip);
            zip.closeEntry();
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new EncompassException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new EncompassException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return new ArchiveSummary(target, written.stream().map(ArchivedMaster::name).toList(), List.of(), bytes);
    }

    private static ArchivedMaster described(Master m) {
        var requirements = m.getRequirements();
        List<CustomizationItem> items = m.getCustomizationItems().stream().map(CloneCustomizer::toSpec).toList();
        String parent = m.getParent() == null ? null : m.getParent().getName() + " v" + m.getParent().getVersion();
        return new ArchivedMaster(m.getName(), m.getVersion(), m.getDescription(), m.getServiceProfile(),
                m.getSoftwareProfile(), requirements == null ? null : requirements.getArchitecture(),
                requirements == null ? 0 : requirements.getMinCpus(), requirements == null ? 0 : requirements.getMinMemoryMiB(),
                requirements == null ? 0 : requirements.getMinDiskGiB(), 0, null, "masters/" + m.getName() + ".img", parent, items);
    }

    /** Each distinct file-replacement content of the masters as the entry {@code contents/<sha256>}. */
    private static void writeContents(ZipOutputStream zip, List<ArchivedMaster> masters) throws IOException {
        Set<String> written = new HashSet<>();
        for (ArchivedMaster master : masters) {
            for (CustomizationItem item : master.items()) {
                if (item instanceof org.encompass.core.customization.FileReplacement file) {
                    byte[] bytes = file.content().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    String sha256 = ContentStore.sha256(bytes);
                    if (written.add(sha256)) {
                        zip.putNextEntry(new ZipEntry(ManifestXml.contentEntry(sha256)));
                        zip.write(bytes);
                        zip.closeEntry();
                    }
                }
            }
        }
    }

    /** Streams a master's guest-visible bytes into the archive, with their SHA-256 and size. */
    private static ArchivedMaster writeImage(ZipOutputStream zip, Source source, IProgressMonitor monitor) throws IOException {
        ArchivedMaster m = source.master();
        try (RawImage raw = Drivers.storage().driver(source.device().kind()).openRaw(source.device(), source.image())) {
            if (raw == null) {
                throw new EncompassException("master " + m.name() + "'s image cannot be read as raw bytes on storage "
                        + source.device().name() + ": nothing exported");
            }
            long size = Files.size(raw.file());
            SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + m.name(), (int) Math.max(1, size / CHUNK));
            MessageDigest digest = sha256();
            zip.putNextEntry(new ZipEntry(m.entry()));
            try (InputStream in = Files.newInputStream(raw.file())) {
                byte[] buffer = new byte[CHUNK];
                for (int n; (n = in.readNBytes(buffer, 0, CHUNK)) > 0;) {
                    if (progress.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                    zip.write(buffer, 0, n);
                    digest.update(buffer, 0, n);
                    progress.worked(1);
                }
            }
            zip.closeEntry();
            String sha = HexFormat.of().formatHex(digest.digest());
            if (source.image().format() == ImageFormat.RAW && source.recordedSha256() != null && !source.recordedSha256().equals(sha)) {
                throw new EncompassException("master " + m.name() + "'s image no longer matches the SHA-256 recorded when it"
                        + " was imported (" + source.recordedSha256() + ", now " + sha + "): nothing exported");
            }
            return new ArchivedMaster(m.name(), m.version(), m.description(), m.serviceProfile(), m.softwareProfile(),
                    m.architecture(), m.minCpus(), m.minMemoryMiB(), m.minDiskGiB(), size, sha, m.entry(), m.parent(), m.items());
        } catch (DriverException e) {
            throw new EncompassException("cannot read master " + m.name() + "'s image: " + e.getMessage(), e);
        } catch (Exception e) {
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The exporting site's bookkeeping, for the record: hosts and their machines, storage devices, clones. */
    private static List<Map<String, String>> snapshot(Site site) {
        List<Map<String, String>> records = new ArrayList<>();
        for (HypervisorHost host : site.getHosts()) {
            records.add(record("host", "name", host.getName(), "driver", host.getKind(), "uri", host.getUri()));
            for (Machine machine : host.getMachines()) {
                records.add(machine(machine, host.getName()));
            }
        }
        site.getChassis().forEach(chassis -> chassis.getBlades().forEach(blade -> records.add(machine(blade, chassis.getName()))));
        for (StorageDevice device : site.getStorageDevices()) {
            records.add(record("storage", "name", device.getName(), "driver", device.getKind(), "location", device.getLocation()));
        }
        for (Clone clone : site.getClones()) {
            Map<String, String> record = record("clone", "name", clone.getName(),
                    "master", clone.getMaster() == null ? null : clone.getMaster().getName(),
                    "state", States.of(clone).toString(), "machine", clone.getMachine() == null ? null : clone.getMachine().getName(),
                    "method", clone.getCloneMethod() == null ? null : clone.getCloneMethod().name(),
                    "segment", clone.getMaster() == null ? null : org.encompass.core.query.Topology.requiredSegment(clone.getMaster()));
            // what archive import --replicate deploys again at another site
            clone.getVariables().forEach(v -> record.put(Replicator.VARIABLE_PREFIX + v.getName(), v.getValue()));
            records.add(record);
        }
        return records;
    }

    private static Map<String, String> machine(Machine machine, String parent) {
        return record("machine", "name", machine.getName(), "in", parent, "architecture", machine.getArchitecture(),
                "cpus", String.valueOf(machine.getCpus()), "memory-mib", String.valueOf(machine.getMemoryMiB()),
                "segments", org.encompass.core.query.Topology.list(org.encompass.core.query.Topology.segments(machine)));
    }

    private static Map<String, String> record(String kind, String... keysAndValues) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("kind", kind);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                record.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return record;
    }

    // --- import

    /** Reads and checks an archive's layout and manifest without importing anything. */
    public ArchiveManifest read(Path archive) {
        try (ZipFile zip = open(archive)) {
            return checkedManifest(zip);
        } catch (IOException e) {
            throw new ArchiveException("cannot read " + archive + ": " + reason(e), e);
        }
    }

    public ArchiveSummary importArchive(Path archive, String storage, boolean skipExisting, IProgressMonitor monitor) {
        try (ZipFile zip = open(archive)) {
            ArchiveManifest manifest = checkedManifest(zip);
            List<ArchivedMaster> toImport = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            model.read(site -> {
                SiteLookup.storage(site, storage); // a clear error for an unknown device, before anything is unpacked
                List<String> taken = new ArrayList<>();
                for (ArchivedMaster m : manifest.masters()) {
                    Master existing = SiteLookup.findMaster(site, m.name()).orElse(null);
                    if (existing == null) {
                        toImport.add(m);
                    } else if (skipExisting && m.sha256().equals(existing.getSha256())) {
                        skipped.add(m.name());
                    } else if (existing.getLocation() == null) {
                        taken.add(m.name() + " (deleted; its name stays in the history)");
                    } else {
                        taken.add(m.name() + (m.sha256().equals(existing.getSha256()) ? " (the same image)" : " (another image)"));
                    }
                }
                if (!taken.isEmpty()) {
                    throw new EncompassException("this site has masters named " + String.join(", ", taken)
                            + " already: nothing imported" + (skipExisting ? "" : " (--skip-existing skips those with the same image)"));
                }
                return null;
            });
            return unpackAndImport(zip, archive, toImport, skipped, storage, monitor);
        } catch (IOException e) {
            throw new ArchiveException("cannot read " + archive + ": " + reason(e), e);
        }
    }

    /** What one master's import carries from its validation to the commit. */
    private record Planned(ImportRequest request, StorageDeviceSpec device, List<CustomizationItem> items) {
    }

    /**
     * Unpacks and checks every image, journals one {@code import-master} per master (one commit, naming the
     * archive and the unpack directory), stores the images, then commits every master with its items and
     * every journal entry in ONE transaction. A failure removes the images stored so far; a crash before the
     * commit leaves the entries running, and the next start removes what they left ({@link #rollBackInterrupted}).
     */
    private ArchiveSummary unpackAndImport(ZipFile zip, Path archive, List<ArchivedMaster> toImport, List<String> skipped,
            String storage, IProgressMonitor monitor) throws IOException {
        Path source = archive.toAbsolutePath();
        if (toImport.isEmpty()) {
            return new ArchiveSummary(source, List.of(), skipped, 0);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + archive.getFileName(), toImport.size() * 100 + 1);
        // The process id in the name lets a later start tell a directory of a crashed import from a running one's.
        Path staging = Files.createTempDirectory(UNPACK_PREFIX + ProcessHandle.current().pid() + "-");
        try {
            List<ImportRequest> requests = new ArrayList<>();
            // Every image is unpacked and checked before the first is imported: a damaged archive imports nothing.
            for (ArchivedMaster m : toImport) {
                Path image = staging.resolve(m.name() + ".img");
                unpack(zip, m, image, progress.split(50));
                requests.add(request(m, image, storage));
            }
            Iterator<ArchivedMaster> masters = toImport.iterator();
            Iterator<ImportRequest> planned = requests.iterator();
            List<OperationRunner.Begun<Planned>> begun = runner.beginAll(Operation.IMPORT_MASTER, "archive " + source,
                    toImport.size(), site -> {
                        ArchivedMaster m = masters.next();
                        ImportRequest request = planned.next();
                        StorageDeviceSpec device = ImageOperations.free(site, request);
                        Map<String, String> args = new LinkedHashMap<>();
                        args.put("file", request.file().toString());
                        args.put("format", request.format().name());
                        args.put("storage", device.name());
                        args.put(ARCHIVE_ARGUMENT, source.toString());
                        args.put(UNPACKED_ARGUMENT, staging.toString());
                        args.put("items", Integer.toString(m.items().size()));
                        return new OperationRunner.Plan<>(m.name(), args, null, List.of("master:" + m.name()),
                                new Planned(request, device, m.items()));
                    }, null);
            List<ImageOperations.ImportedOn> stored = runner.finishAll(begun,
                    (plan, m) -> new ImageOperations.ImportedOn(plan.device(), ImageOperations.store(plan.device(), plan.request(), progress.split(50))),
                    (site, plan, done) -> {
                        Master master = ImageOperations.record(site, plan.request(), plan.device(), done.imported());
                        for (CustomizationItem item : plan.items()) {
                            master.getCustomizationItems().add(CustomizationOperations.toModel(item, plan.device()));
                        }
                        site.getMasters().add(master);
                        return "imported from " + source.getFileName() + " with " + plan.items().size() + " items";
                    }, ImageOperations::deleteQuietly, progress.split(1));
            long bytes = stored.stream().mapToLong(done -> done.imported().size()).sum();
            return new ArchiveSummary(source, toImport.stream().map(ArchivedMaster::name).toList(), skipped, bytes);
        } finally {
            deleteTree(staging);
        }
    }

    private static ImportRequest request(ArchivedMaster m, Path image, String storage) {
        return new ImportRequest(m.name(), image, ImageFormat.RAW, storage, m.version(), m.description(), m.serviceProfile(),
                m.softwareProfile(), m.architecture(), m.minCpus(), m.minMemoryMiB(), m.minDiskGiB());
    }

    /**
     * After a crash: the archive imports the journal shows interrupted committed nothing (their records are
     * written in one commit at the end), so what they left on storage (an image or its staging file) and
     * their unpack directory are removed and they are journaled ROLLED_BACK. Returns their ids.
     */
    public List<Long> rollBackInterrupted(List<Long> interrupted) {
        List<Long> rolledBack = new ArrayList<>();
        for (long id : interrupted) {
            record Leftover(String master, Map<String, String> arguments, boolean recorded) {
            }
            Leftover leftover = model.read(site -> {
                JournalEntry entry = Journal.entry(site, id);
                Map<String, String> arguments = Journal.decode(entry.getArguments());
                if (!Operation.IMPORT_MASTER.label().equals(entry.getOperation()) || !arguments.containsKey(ARCHIVE_ARGUMENT)) {
                    return null;
                }
                return new Leftover(entry.getTarget(), arguments, SiteLookup.findMaster(site, entry.getTarget()).isPresent());
            });
            if (leftover == null) {
                continue;
            }
            String outcome;
            try {
                String storage = leftover.arguments().get("storage");
                if (!leftover.recorded()) { // never true for a one-commit import; a master of that name is never touched
                    StorageDeviceSpec device = model.read(site -> CloneSnapshot.device(SiteLookup.storage(site, storage)));
                    Drivers.storage().driver(device.kind()).deleteImageNamed(device, leftover.master());
                }
                deleteUnpacked(leftover.arguments().get(UNPACKED_ARGUMENT));
                outcome = "rolled back at the next start: the import from " + leftover.arguments().get(ARCHIVE_ARGUMENT)
                        + " was cut short before its commit, so nothing of it was recorded and what it had written on "
                        + storage + " was removed";
            } catch (DriverException | RuntimeException e) {
                org.eclipse.core.runtime.ILog.of(SiteArchives.class).warn("could not roll back the interrupted archive import #"
                        + id + ": " + e.getMessage());
                continue; // stays INTERRUPTED: journal rollback can try again
            }
            model.write(site -> {
                Journal.end(Journal.entry(site, id), org.encompass.model.Outcome.ROLLED_BACK, outcome, null);
                return null;
            });
            rolledBack.add(id);
        }
        return rolledBack;
    }

    /**
     * Removes the unpack directories of imports whose process is gone (killed while it unpacked, before it had
     * journaled anything); those of running processes stay. Returns how many it removed.
     */
    public static int removeAbandonedUnpackDirectories() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        int removed = 0;
        try (var entries = Files.newDirectoryStream(temp, UNPACK_PREFIX + "*")) {
            for (Path directory : entries) {
                String[] parts = directory.getFileName().toString().substring(UNPACK_PREFIX.length()).split("-", 2);
                if (parts.length == 2 && parts[0].matches("[0-9]{1,18}")
                        && ProcessHandle.of(Long.parseLong(parts[0])).filter(ProcessHandle::isAlive).isEmpty()
                        && Files.isDirectory(directory, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(directory);
                    removed++;
                }
            }
        } catch (IOException e) {
            org.eclipse.core.runtime.ILog.of(SiteArchives.class).warn("could not list " + temp + ": " + e.getMessage());
        }
        return removed;
    }

    /** Removes an import's unpack directory, only if it is one (a journal argument is not trusted further). */
    private static void deleteUnpacked(String directory) {
        if (directory == null) {
            return;
        }
        Path path = Path.of(directory);
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (path.isAbsolute() && temp.equals(path.getParent()) && path.getFileName().toString().startsWith(UNPACK_PREFIX)
                && Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(path);
        }
    }

    private static ZipFile open(Path archive) throws IOException {
        if (!Files.isRegularFile(archive)) {
            throw new ArchiveException("no such archive: " + archive);
        }
        try {
            return new ZipFile(archive.toFile());
        } catch (IOException e) { // a ZipException, or an EOFException for a directory pointing past the end
            throw new ArchiveException(archive + " is not a site archive (not a zip file: " + reason(e) + ")", e);
        }
    }

    /** What went wrong reading a zip, in words, also when the JDK's exception has no message. */
    static String reason(IOException e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? null : e.getMessage();
        if (e instanceof java.io.EOFException) {
            return "the file ends before what its zip directory describes (truncated or damaged)"
                    + (message == null ? "" : ": " + message);
        }
        return message == null ? "unreadable (" + e.getClass().getSimpleName() + ")" : message;
    }

    /**
     * The manifest, once the archive's layout is known to be exactly it plus one image per master:
     * any other entry (a path outside the layout such as {@code ../x} or {@code /etc/x}, a duplicate, an
     * entry no master names) refuses the archive.
     */
    private static ArchiveManifest checkedManifest(ZipFile zip) throws IOException {
        Set<String> names = new HashSet<>();
        int count = 0;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            ZipEntry entry = entries.nextElement();
            if (++count > MAX_ENTRIES) {
                throw new ArchiveException("the archive has more than " + MAX_ENTRIES + " entries: refused");
            }
            String name = entry.getName();
            if (!name.equals(ArchiveManifest.ENTRY) && !ManifestXml.IMAGE_ENTRY.matcher(name).matches()
                    && !ManifestXml.CONTENT_ENTRY.matcher(name).matches()) {
                throw new ArchiveException("the archive holds an entry outside its layout: \"" + name
                        + "\" (only " + ArchiveManifest.ENTRY + ", masters/NAME.img and contents/SHA256): refused, nothing imported");
            }
            if (!names.add(name)) {
                throw new ArchiveException("the archive holds the entry " + name + " twice: refused");
            }
        }
        ZipEntry manifestEntry = zip.getEntry(ArchiveManifest.ENTRY);
        if (manifestEntry == null) {
            throw new ArchiveException("not a site archive: it has no " + ArchiveManifest.ENTRY);
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(manifestEntry)) {
            bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
        } catch (IOException e) {
            throw new ArchiveException("the archive's " + ArchiveManifest.ENTRY + " cannot be read: " + reason(e)
                    + ": refused, nothing imported", e);
        }
        if (bytes.length > MAX_MANIFEST_BYTES) {
            throw new ArchiveException("the archive's manifest is larger than " + (MAX_MANIFEST_BYTES >> 20) + " MiB: refused");
        }
        ArchiveContents contents = new ArchiveContents(zip);
        ArchiveManifest manifest = ManifestXml.read(new java.io.ByteArrayInputStream(bytes), contents);
        names.removeAll(contents.used());
        List<String> unused = names.stream().filter(name -> ManifestXml.CONTENT_ENTRY.matcher(name).matches()).sorted().toList();
        if (!unused.isEmpty()) {
            throw new ArchiveException("the archive holds contents no item names: " + String.join(", ", unused) + ": refused");
        }
        Set<String> masters = new HashSet<>();
        Set<String> used = new HashSet<>();
        for (ArchivedMaster m : manifest.masters()) {
            try { // the engine's own check of a master's texts and numbers, before anything is unpacked
                ImageOperations.check(request(m, null, null));
            } catch (EncompassException e) {
                throw new ArchiveException("master " + m.name() + ": " + e.getMessage() + ": refused, nothing imported", e);
            }
            if (!masters.add(m.name())) {
                throw new ArchiveException("the archive's manifest names master " + m.name() + " twice");
            }
            if (!names.contains(m.entry())) {
                throw new ArchiveException("master " + m.name() + "'s image " + m.entry() + " is missing from the archive");
            }
            if (!used.add(m.entry())) {
                throw new ArchiveException("two masters share the image entry " + m.entry());
            }
        }
        names.remove(ArchiveManifest.ENTRY);
        names.removeAll(used);
        if (!names.isEmpty()) {
            throw new ArchiveException("the archive holds images no master names: " + String.join(", ", names.stream().sorted().toList()));
        }
        if (manifest.masters().isEmpty()) {
            throw new ArchiveException("the archive holds no masters");
        }
        return manifest;
    }

    /**
     * The archive's content entries as the manifest's items name them: each read once, no more bytes than the
     * item declares, checked against its SHA-256 and as UTF-8 text, and all of them together within
     * {@link #MAX_CONTENT_BYTES}.
     */
    private static final class ArchiveContents implements ManifestXml.ContentEntries {
        private final ZipFile zip;
        private final Map<String, String> read = new java.util.HashMap<>();
        private long total;

        ArchiveContents(ZipFile zip) {
            this.zip = zip;
        }

        Set<String> used() {
            Set<String> entries = new HashSet<>();
            read.keySet().forEach(sha256 -> entries.add(ManifestXml.contentEntry(sha256)));
            return entries;
        }

        @Override
        public String content(String sha256, long size, String what) {
            String known = read.get(sha256);
            if (known != null) {
                return known;
            }
            String name = ManifestXml.contentEntry(sha256);
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new ArchiveException(what + "'s content " + name + " is missing from the archive: refused, nothing imported");
            }
            if (total + size > MAX_CONTENT_BYTES) {
                throw new ArchiveException("the archive's file contents exceed " + (MAX_CONTENT_BYTES >> 20)
                        + " MiB together: refused, nothing imported");
            }
            byte[] bytes;
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readNBytes((int) size + 1);
            } catch (IOException e) {
                throw new ArchiveException(what + "'s content " + name + " in the archive is damaged: " + reason(e), e);
            }
            if (bytes.length != size || !ContentStore.sha256(bytes).equals(sha256)) {
                throw new ArchiveException(what + "'s content " + name + " does not match its SHA-256 and size ("
                        + (bytes.length > size ? "more than " + size : bytes.length) + " bytes, " + size + " declared)"
                        + ": the archive is damaged, nothing imported");
            }
            String content;
            try {
                content = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new ArchiveException(what + "'s content " + name + " is not UTF-8 text: refused, nothing imported");
            }
            total += size;
            read.put(sha256, content);
            return content;
        }
    }

    /**
     * Unpacks a master's image into {@code target}, keeping runs of zeros as holes, no more bytes than the
     * manifest declares, and checks its SHA-256.
     */
    private static void unpack(ZipFile zip, ArchivedMaster m, Path target, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Unpacking " + m.name(), (int) Math.max(1, m.sizeBytes() / CHUNK));
        MessageDigest digest = sha256();
        long written = 0;
        try (InputStream in = zip.getInputStream(zip.getEntry(m.entry()));
                RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw");
                FileChannel channel = file.getChannel()) {
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = in.readNBytes(buffer, 0, CHUNK)) > 0;) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (written + n > m.sizeBytes()) {
                    throw new ArchiveException("master " + m.name() + "'s image holds more than the " + m.sizeBytes()
                            + " bytes the manifest declares: refused, nothing imported");
                }
                digest.update(buffer, 0, n);
                if (!zeros(buffer, n)) {
                    channel.write(ByteBuffer.wrap(buffer, 0, n), written);
                }
                written += n;
                progress.worked(1);
            }
            file.setLength(written);
        } catch (ZipException | java.io.EOFException e) {
            throw new ArchiveException("master " + m.name() + "'s image in the archive is damaged: " + reason(e), e);
        }
        if (written != m.sizeBytes()) {
            throw new ArchiveException("master " + m.name() + "'s image is truncated: " + written + " of " + m.sizeBytes()
                    + " bytes: refused, nothing imported");
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        if (!sha.equals(m.sha256())) {
            throw new ArchiveException("master " + m.name() + "'s image does not match its SHA-256 (the manifest says "
                    + m.sha256() + ", the bytes are " + sha + "): the archive is damaged, nothing imported");
        }
    }

    private static boolean zeros(byte[] buffer, int n) {
        for (int i = 0; i < n; i++) {
            if (buffer[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a hidden leftover that nothing reads; the export's own error is what matters
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (NoSuchFileException e) {
            // gone already
        } catch (IOException e) {
            org.eclipse.core.runtime.ILog.of(SiteArchives.class).warn("could not remove " + root + ": " + e.getMessage());
        }
    }
}
