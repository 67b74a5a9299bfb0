package org.encompass.core.customization;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.encompass.core.Quoted;

/**
 * An image's files in any file system libguestfs knows (XFS, btrfs, FAT, NTFS, ext, on partitions or LVM
 * logical volumes), edited inside a libguestfs appliance ({@link Guestfish}) without mounting anything in
 * the host kernel. The root file system is the one libguestfs' inspection names, else the only one, else the
 * first with an {@code /etc} or {@code /Windows} directory. An item may name another file system explicitly:
 * {@code /dev/sda1:/EFI/BOOT/grub.cfg} or {@code /dev/vg/lv:/etc/fstab} (the device as seen with this image
 * alone).
 *
 * <p>The guarantees of {@link Ext4ImageFiles}: symbolic links are never followed (a path through one is
 * refused), a write uploads a temporary file in the target's directory, gives it the old file's mode, owner and
 * extended attributes (SELinux labels)
 * and only then renames it over the target, and the file system is synced and the landed file's SHA-256
 * checked before the write returns. On FAT and NTFS, paths are looked up case-insensitively, as Windows does.
 */
public final class GuestfsImageFiles implements ImageFiles {

    private static final Set<String> CASE_INSENSITIVE = Set.of("vfat", "msdos", "ntfs", "exfat");
    private static final Set<String> WITHOUT_OWNERS = CASE_INSENSITIVE;
    private static final Set<String> NOT_FILE_SYSTEMS = Set.of("unknown", "swap", "", "LVM2_member", "crypto_LUKS");
    /** File systems the appliance serves through FUSE (ntfs-3g): only a full {@code sync} reaches their daemon. */
    private static final Set<String> FUSE = Set.of("ntfs");
    /**
     * Content sent inline with guestfish's {@code write} (milliseconds) rather than {@code upload} (a file
     * transfer, ~0.2 s under TCG): while its command line stays below this many characters (guestfish reads
     * lines of at most 8 KiB), and only UTF-8 text without NUL bytes, which guestfish's string arguments cannot
     * carry.
     */
    private static final int INLINE_LINE_LIMIT = 7000;

    private final Guestfish fish;
    private final boolean ownsAppliance;
    /** In a batch: lets the next image use the appliance (run when closed). */
    private final Runnable release;
    private final GuestfsBatch.Drive drive;
    private final String rootDevice;
    private final Map<String, String> types;
    private final String description;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Lookup> lookups = new HashMap<>();

    private GuestfsImageFiles(Guestfish fish, Runnable release, GuestfsBatch.Drive drive, String rootDevice,
            Map<String, String> types) {
        this.fish = fish;
        this.ownsAppliance = release == null;
        this.release = release;
        this.drive = drive;
        this.rootDevice = rootDevice;
        this.types = types;
        this.description = types.get(rootDevice) + " file system " + rootDevice + " of " + drive.image()
                + " (libguestfs)";
    }

    /** Opens one image in an appliance of its own; {@code format} is "raw" or "qcow2". */
    public static GuestfsImageFiles open(Path image, String format) throws IOException {
        Guestfish fish = Guestfish.launch(List.of(image), format);
        try {
            return open(fish, new GuestfsBatch.Drive(image, "/dev/sda", false), null);
        } catch (IOException | RuntimeException e) {
            fish.close();
            throw e;
        }
    }

    /** {@code release}: the appliance is a batch's, run when these files are closed; {@code null}: they own it. */
    static GuestfsImageFiles open(Guestfish fish, GuestfsBatch.Drive drive, Runnable release) throws IOException {
        Guestfish.Layout known = fish.layout(drive.device());
        if (known != null) {
            return new GuestfsImageFiles(fish, release, drive, known.root(), known.types());
        }
        drive.select(fish, true);
        // Not list-filesystems: it probes every attached drive (tens of seconds with many under TCG). The whole
        // disk is a candidate only without partitions (as list-filesystems does).
        List<String> candidates = new ArrayList<>();
        for (String partition : fish.partitions()) {
            if (drive.owns(partition)) {
                candidates.add(partition);
            }
        }
        if (candidates.isEmpty()) {
            candidates.add(drive.device());
        }
        candidates.addAll(lines(fish.run("lvs"))); // selected above: LVM sees this drive's volumes only
        List<String> chain = new ArrayList<>();
        for (String candidate : candidates) {
            chain.addAll(List.of(":", "vfs-type", candidate, ":", "echo", "@@"));
        }
        List<String> answers = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : runTolerant(fish, chain.subList(1, chain.size())).lines().toList()) {
            if (line.equals("@@")) {
                answers.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line);
            }
        }
        Map<String, String> types = new HashMap<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < candidates.size() && i < answers.size(); i++) {
            String type = answers.get(i);
            if (!type.isEmpty()) {
                found.add(candidates.get(i) + " (" + type + ")");
            }
            if (!NOT_FILE_SYSTEMS.contains(type)) {
                types.put(candidates.get(i), type);
            }
        }
        if (types.isEmpty()) {
            throw new IOException("no file system found in " + drive.image() + " that libguestfs can edit"
                    + (found.isEmpty() ? " (no partitions, no LVM volumes, no file system on the whole disk)"
                            : "; it holds " + String.join(", ", found)));
        }
        String root = root(fish, drive, types);
        // Listed once per appliance: list-filesystems probes every attached drive (seconds with many).
        fish.layout(drive.device(), new Guestfish.Layout(root, Map.copyOf(types)));
        return new GuestfsImageFiles(fish, release, drive, root, types);
    }

    /** Runs a chain whose commands may fail one by one (vfs-type of a device without a file system). */
    private static String runTolerant(Guestfish fish, List<String> chain) throws IOException {
        try {
            return fish.run(chain.toArray(String[]::new));
        } catch (Guestfish.GuestfishException e) {
            return e.output();
        }
    }

    /** The root by inspection, else the only one, else the first with /etc or /Windows, else the first. */
    private static String root(Guestfish fish, GuestfsBatch.Drive drive, Map<String, String> types) throws IOException {
        List<String> sorted = types.keySet().stream().sorted().toList();
        if (sorted.size() == 1) {
            return sorted.get(0);
        }
        try {
            for (String root : lines(fish.run("inspect-os"))) {
                if (types.containsKey(root)) {
                    return root;
                }
            }
        } catch (Guestfish.GuestfishException e) {
            // inspection found nothing it knows: look for the usual directories below
        }
        for (String device : sorted) {
            try {
                drive.mount(fish, device);
                List<String> answers = lines(fish.run("is-dir", "/etc", ":", "is-dir", "/Windows"));
                if (answers.contains("true")) {
                    return device;
                }
            } catch (Guestfish.GuestfishException e) {
                // this one does not mount: try the next
            }
        }
        return sorted.get(0);
    }

    /** Where the root file system is, for {@code clone show}: for example "xfs on /dev/vg/root". */
    public String rootFileSystem() {
        return types.get(rootDevice) + " on " + rootDevice;
    }

    /** Every file system found on this image, device to type (for example {@code /dev/sda1 -> vfat}). */
    public Map<String, String> fileSystems() {
        return Map.copyOf(types);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean exists(String path) throws IOException {
        return lookup(locate(path)).kind() != Kind.MISSING;
    }

    @Override
    public byte[] read(String path) throws IOException {
        Located located = locate(path);
        Lookup lookup = lookup(located);
        requireRegular(located, lookup);
        if (lookup.content() == null) {
            Path local = fish.workDir().resolve("read");
            try {
                fish.run("download", located.path(), local.toString());
                lookup = lookup.withContent(Files.readAllBytes(local));
                lookups.put(located.key(), lookup);
            } finally {
                Files.deleteIfExists(local);
            }
        }
        return lookup.content().clone();
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        Located located = locate(path);
        Lookup lookup = lookup(located);
        if (!lookup.parentExists()) {
            throw new IOException("directory " + located.parent() + " does not exist in the " + located.where()
                    + "; customization does not create directories");
        }
        boolean replacing = lookup.kind() != Kind.MISSING;
        if (replacing) {
            requireRegular(located, lookup);
        }
        lookups.remove(located.key()); // a write changes this file only: the other lookups still hold
        String temporary = (located.parent().equals("/") ? "" : located.parent()) + "/.encompass-" + randomHex() + ".tmp";
        Path local = fish.workDir().resolve("content");
        try {
            List<String> prepare = new ArrayList<>();
            String text = inline(content, temporary);
            if (text != null) {
                prepare.addAll(List.of("write", temporary, text));
            } else {
                Files.write(local, content);
                prepare.addAll(List.of("upload", local.toString(), temporary));
            }
            if (WITHOUT_OWNERS.contains(located.type())) {
                // FAT and NTFS: no owners, modes or labels to keep
            } else if (replacing) {
                // mode, owner and every extended attribute (SELinux label, ACLs, capabilities), byte for byte
                prepare.addAll(List.of(":", "copy-attributes", located.path(), temporary, "all:true"));
            } else {
                prepare.addAll(List.of(":", "chmod", "0644", temporary, ":", "chown", "0", "0", temporary));
            }
            try {
                fish.run(prepare.toArray(String[]::new));
            } catch (Guestfish.GuestfishException e) {
                removeQuietly(located, temporary);
                throw new IOException("could not write " + located + " in the " + located.where() + " (nothing was"
                        + " changed): " + e.getMessage(), e);
            }
            // rename(2) in the daemon itself; guestfish's mv runs the mv program (~0.07 s a spawn under TCG)
            List<String> land = new ArrayList<>(List.of("rename", temporary, located.path(), ":"));
            land.addAll(flush(located));
            land.addAll(List.of(":", "checksum", "sha256", located.path()));
            String landed = lines(fish.run(land.toArray(String[]::new))).stream().reduce((a, b) -> b).orElse("");
            if (!landed.equals(UndoRecord.sha256(content))) {
                throw new IOException("replacing " + located + " in the " + located.where() + " left other bytes than"
                        + " were written (SHA-256 " + landed + ")");
            }
            // checked by its SHA-256 just now: the next item on this file (regex items on /etc/hosts) needs no request
            lookups.put(located.key(), new Lookup(true, Kind.REGULAR, null, content.clone()));
        } finally {
            Files.deleteIfExists(local);
        }
    }

    /** The content as the text {@code write} takes, or {@code null} when it must be uploaded. */
    private static String inline(byte[] content, String temporary) {
        if (content.length > INLINE_LINE_LIMIT) {
            return null;
        }
        for (byte b : content) {
            if (b == 0) {
                return null;
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            int line = "-write ".length() + Guestfish.quoted(temporary).length() + Guestfish.quoted(text).length();
            return line < INLINE_LINE_LIMIT ? text : null;
        } catch (CharacterCodingException e) {
            return null; // not UTF-8: its bytes could not be written back as they are
        }
    }

    /**
     * The command that takes a change out of the appliance (into the image file, where a killed appliance cannot
     * lose it): {@code blockdev-flushbufs} of the device syncs the one file system
     * mounted on that device (the journaling ones also flush the disk's cache). guestfish's {@code sync} would
     * also fsync every attached drive, a cost that grows with the batch (1.3-1.8 s with 4 drives, 0.3 s with one,
     * measured under TCG); it stays for FUSE file systems, whose daemon only a full sync reaches.
     */
    private static List<String> flush(Located located) {
        return FUSE.contains(located.type()) ? List.of("sync") : List.of("blockdev-flushbufs", located.device());
    }

    /** A file's extended attributes (name to value, non-printable bytes as {@code \xHH}), as libguestfs lists them. */
    public Map<String, String> extendedAttributes(String path) throws IOException {
        Located located = locate(path);
        requireRegular(located, lookup(located));
        Map<String, String> attributes = new java.util.TreeMap<>();
        String name = null;
        for (String line : lines(fish.run("lgetxattrs", located.path()))) {
            if (line.startsWith("attrname: ")) {
                name = line.substring("attrname: ".length());
            } else if (line.startsWith("attrval: ") && name != null) {
                attributes.put(name, line.substring("attrval: ".length()));
            }
        }
        return attributes;
    }

    @Override
    public void delete(String path) throws IOException {
        Located located = locate(path);
        Lookup lookup = lookup(located);
        lookups.remove(located.key());
        if (lookup.kind() != Kind.MISSING) {
            requireRegular(located, lookup);
            List<String> remove = new ArrayList<>(List.of("rm", located.path(), ":"));
            remove.addAll(flush(located));
            fish.run(remove.toArray(String[]::new));
        }
    }

    @Override
    public void close() throws IOException {
        if (ownsAppliance) {
            fish.close();
            return;
        }
        try {
            if (fish.mounted() != null) {
                // left unmounted, so the appliance writes nothing more to this image once it is used elsewhere;
                // the unmount writes the file system out (a FUSE one also needs a sync to reach its daemon)
                boolean fuse = types.values().stream().anyMatch(FUSE::contains);
                fish.mounted(null);
                fish.run(fuse ? new String[] {"umount-all", ":", "sync"} : new String[] {"umount-all"});
            }
        } finally {
            release.run();
        }
    }

    // ---- paths ----

    /** A checked image path resolved to a file system and, on FAT/NTFS, to the names' real case. */
    private record Located(String device, String type, String path, ImagePath imagePath, String where) {
        String key() {
            return device + ":" + path;
        }

        String parent() {
            int slash = path.lastIndexOf('/');
            return slash <= 0 ? "/" : path.substring(0, slash);
        }

        @Override
        public String toString() {
            return path;
        }
    }

    private Located locate(String path) throws IOException {
        ImagePath parsed = ImagePath.parse(path);
        String device = rootDevice;
        List<String> segments = parsed.segments();
        if (segments.get(0).equals("dev")) {
            for (int i = 1; i < segments.size() - 1; i++) {
                if (segments.get(i).endsWith(":")) {
                    String named = "/" + String.join("/", segments.subList(0, i + 1));
                    device = drive.device(named.substring(0, named.length() - 1));
                    if (!types.containsKey(device)) {
                        throw new IOException("refused path '" + Quoted.escaped(path) + "': " + named.substring(0,
                                named.length() - 1) + " is not a file system of " + drive.image() + " (found: "
                                + String.join(", ", types.keySet().stream().sorted().toList()) + ")");
                    }
                    parsed = ImagePath.parse("/" + String.join("/", segments.subList(i + 1, segments.size())));
                    break;
                }
            }
        }
        String type = types.get(device);
        String where = type + " file system " + device + " of " + drive.image();
        drive.mount(fish, device);
        String resolved = parsed.toString();
        if (CASE_INSENSITIVE.contains(type)) {
            try {
                resolved = fish.run("case-sensitive-path", resolved).strip();
            } catch (Guestfish.GuestfishException e) {
                // a missing directory on the way: the lookup reports it
            }
        }
        return new Located(device, type, resolved, ImagePath.parse(resolved), where);
    }

    // ---- lookups ----

    private enum Kind { MISSING, REGULAR, OTHER }

    private record Lookup(boolean parentExists, Kind kind, String what, byte[] content) {
        Lookup withContent(byte[] bytes) {
            return new Lookup(parentExists, kind, what, bytes);
        }
    }

    /**
     * One request asks, for every component, whether it is a symbolic link or a directory (neither follows
     * links), and for the last also whether it is a regular file or exists at all.
     */
    private Lookup lookup(Located located) throws IOException {
        Lookup cached = lookups.get(located.key());
        if (cached != null) {
            return cached;
        }
        List<String> prefixes = located.imagePath().prefixes();
        List<String> chain = new ArrayList<>();
        for (String prefix : prefixes) {
            chain.addAll(List.of(":", "is-symlink", prefix, ":", "is-dir", prefix));
        }
        String last = prefixes.get(prefixes.size() - 1);
        chain.addAll(List.of(":", "is-file", last, ":", "exists", last));
        List<String> answers = lines(fish.run(chain.subList(1, chain.size()).toArray(String[]::new)));
        if (answers.size() != 2 * prefixes.size() + 2) {
            throw new IOException("unexpected answer from libguestfs looking up " + located + ": " + answers);
        }
        Lookup lookup = null;
        for (int i = 0; i < prefixes.size() && lookup == null; i++) {
            boolean symlink = answers.get(2 * i).equals("true");
            boolean directory = answers.get(2 * i + 1).equals("true");
            boolean isLast = i == prefixes.size() - 1;
            if (symlink) {
                throw new IOException("refused path " + located + ": " + prefixes.get(i) + " is a symbolic link in the "
                        + located.where() + "; symbolic links are not followed inside images");
            }
            if (isLast) {
                boolean regular = answers.get(2 * i + 2).equals("true");
                boolean exists = answers.get(2 * i + 3).equals("true") || directory;
                lookup = new Lookup(true, regular ? Kind.REGULAR : exists ? Kind.OTHER : Kind.MISSING,
                        directory ? "directory" : "special file", null);
            } else if (!directory) {
                // missing, or a file where a directory should be: either way nothing below it exists
                lookup = new Lookup(false, Kind.MISSING, null, null);
            }
        }
        lookups.put(located.key(), lookup);
        return lookup;
    }

    private static void requireRegular(Located located, Lookup lookup) throws IOException {
        if (lookup.kind() == Kind.MISSING) {
            throw new IOException(located + " does not exist in the " + located.where());
        }
        if (lookup.kind() != Kind.REGULAR) {
            throw new IOException(located + " is not a regular file (it is a " + lookup.what() + ") in the "
                    + located.where());
        }
    }

    private void removeQuietly(Located located, String temporary) {
        try {
            List<String> remove = new ArrayList<>(List.of("rm-f", temporary, ":"));
            remove.addAll(flush(located));
            fish.run(remove.toArray(String[]::new));
        } catch (IOException e) {
            // the appliance is gone or the file system refuses: the temporary name is all that is left
        }
    }

    private String randomHex() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static List<String> lines(String output) {
        return output.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
