package org.encompass.core.customization;

import org.encompass.core.Quoted;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image's files in a raw ext2/3/4 file system at a byte offset of a file or block device, edited with
 * e2fsprogs' debugfs without mounting anything. Symbolic links are never followed: a path whose target or
 * any parent is a symbolic link is refused (a link's meaning depends on the running system's root).
 *
 * <p>A write creates the new content as a temporary file in the target's directory, gives it the replaced
 * file's mode, owner and extended attributes (SELinux labels, ACLs), and only then swaps the directory
 * entry in one short batch of debugfs requests. If anything fails before the swap, the temporary file is removed and
 * the old file was never touched. Each debugfs call is bounded by a timeout and its stderr ends up in the
 * error message. The file system must be clean and not mounted anywhere.
 */
public final class Ext4ImageFiles implements ImageFiles {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    private static final int NEW_FILE_MODE = 0644;
    private static final int REGULAR_FILE_TYPE = 0100000;
    private static final String NOT_FOUND = "File not found by ext2_lookup";
    private static final Pattern INODE_LINE = Pattern.compile("Inode: (\\d+)\\s+Type: (.+?)\\s+Mode:\\s+([0-7]+).*");
    private static final Pattern OWNER_LINE = Pattern.compile("User:\\s+(\\d+)\\s+Group:\\s+(\\d+).*?Size: (\\d+).*");
    private static final Pattern XATTR_LINE = Pattern.compile("  (\\S+) \\((\\d+)\\).*");
    private static final Pattern ALLOCATED_LINE = Pattern.compile("Allocated inode: (\\d+)");
    /** Stored inline in the inode by the inline_data feature: part of the content, not an attribute. */
    private static final String INLINE_DATA_ATTRIBUTE = "system.data";
    private static final String WORK_DIR_PREFIX = "encompass-ext4-";

    private final String description;
    private final Path workDir;
    private final Debugfs debugfs;
    private final Thread cleanupOnExit;
    private final SecureRandom random = new SecureRandom();
    /**
     * Lookups since the last change made through this object: an item's exists/read/write look at the
     * same path, and each lookup is a debugfs batch. Nothing else writes the image while it is open
     * (the engine locks the clone), and every write or delete clears it first; a write then records what it
     * wrote and checked.
     */
    private final Map<String, Lookup> lookups = new HashMap<>();

    public Ext4ImageFiles(Path image, long offset) throws IOException {
        this(image, offset, DEFAULT_TIMEOUT, null);
    }

    public Ext4ImageFiles(Path image, long offset, Duration timeout) throws IOException {
        this(image, offset, timeout, null);
    }

    /** {@code where} describes the offset for messages (for example "MBR partition 1"), or {@code null}. */
    Ext4ImageFiles(Path image, long offset, Duration timeout, String where) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("file system offset must not be negative: " + offset);
        }
        this.description = "ext4 file system " + (where == null ? "" : "in " + where + " ") + "at offset " + offset
                + " of " + image;
        if (!Files.exists(image) || Files.isDirectory(image)) {
            throw new IOException(image + " does not exist or is not an image file");
        }
        try (FileChannel channel = FileChannel.open(image, StandardOpenOption.READ)) {
            ExtSuperblock superblock = ExtSuperblock.read(channel, offset);
            if (superblock == null || !superblock.isExt()) {
                throw new IOException("no ext2/3/4 file system at offset " + offset + " of " + image);
            }
            String unclean = superblock.uncleanReason();
            if (unclean != null) {
                throw new IOException("refusing to edit the " + description + ": " + unclean
                        + "; unmount it and run e2fsck first");
            }
        }
        WorkDirectories.deleteAbandoned(WORK_DIR_PREFIX);
        this.workDir = WorkDirectories.create(WORK_DIR_PREFIX);
        try {
            // A link with a plain name: libext2fs would misread a '?' in the real image path as options.
            Path link = Files.createSymbolicLink(workDir.resolve("image"), image.toAbsolutePath());
            this.debugfs = new Debugfs(offset == 0 ? link.toString() : link + "?offset=" + offset, description, timeout);
            // A stopped JVM (SIGTERM, Ctrl-C) still ends debugfs and removes the work directory.
            this.cleanupOnExit = new Thread(this::closeQuietly, "encompass ext4 cleanup " + workDir.getFileName());
            Runtime.getRuntime().addShutdownHook(cleanupOnExit);
        } catch (IOException | RuntimeException e) {
            deleteWorkDir();
            throw e;
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean exists(String path) throws IOException {
        return lookup(parse(path)).target() != null;
    }

    @Override
    public byte[] read(String path) throws IOException {
        ImagePath imagePath = parse(path);
        Lookup lookup = lookup(imagePath);
        requireRegularFile(imagePath, lookup.target());
        return lookup.content().clone();
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        ImagePath imagePath = parse(path);
        Lookup lookup = lookup(imagePath);
        lookups.clear();
        if (!lookup.parentExists()) {
            throw new IOException("directory " + imagePath.parent() + " does not exist in the " + description
                    + "; customization does not create directories");
        }
        Node old = lookup.target();
        if (old != null) {
            requireRegularFile(imagePath, old);
        }
        String temporary = (imagePath.parentSegments().isEmpty() ? "" : imagePath.parent()) + "/.encompass-"
                + randomHex() + ".tmp";
        Path local = workDir.resolve("content");
        List<Path> attributeFiles = new ArrayList<>();
        try {
            Files.write(local, content);
            List<String> requests = new ArrayList<>();
            requests.add("write " + quote(local) + " " + quote(temporary));
            int mode = old == null ? NEW_FILE_MODE : old.mode();
            requests.add("set_inode_field " + quote(temporary) + " mode 0" + Integer.toOctalString(REGULAR_FILE_TYPE | mode));
            requests.add("set_inode_field " + quote(temporary) + " uid " + (old == null ? 0 : old.uid()));
            requests.add("set_inode_field " + quote(temporary) + " gid " + (old == null ? 0 : old.gid()));
            if (old != null) {
                // Read and set in the same session: a failed ea_get fails the session, which removes the
                // temporary file below, so the old file is never replaced without its attributes.
                for (String attribute : lookup.attributes()) {
                    Path file = workDir.resolve("attribute" + attributeFiles.size());
                    attributeFiles.add(file);
                    requests.add("ea_get -f " + quote(file) + " " + quote(imagePath) + " " + quote(attribute));
                    requests.add("ea_set -f " + quote(file) + " " + quote(temporary) + " " + quote(attribute));
                }
            }
            Debugfs.Result created = debugfs.run(true, requests);
            Integer inode = allocatedInode(created);
            if (!created.errors().isEmpty() || inode == null) {
                if (inode != null) {
                    debugfs.run(true, List.of("rm " + quote(temporary)));
                }
                throw failure("write " + imagePath + " (nothing was changed)", created);
            }
            Node landed = swap(imagePath, temporary, inode, old != null);
            // What was just written and checked is what the next item on this file reads: no debugfs dump.
            lookups.put(imagePath.toString(), new Lookup(true, landed, old == null ? List.of() : lookup.attributes(),
                    content.clone()));
        } finally {
            Files.deleteIfExists(local);
            for (Path file : attributeFiles) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Override
    public void delete(String path) throws IOException {
        ImagePath imagePath = parse(path);
        Node node = lookup(imagePath).target();
        lookups.clear();
        if (node != null) {
            requireRegularFile(imagePath, node);
            requireNoErrors("delete " + imagePath, debugfs.run(true, List.of("rm " + quote(imagePath))));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook itself is closing us
        }
        debugfs.close();
        deleteWorkDir();
    }

    private void closeQuietly() {
        debugfs.close();
        try {
            deleteWorkDir();
        } catch (IOException e) {
            // nothing more can be done while the JVM exits
        }
    }

    /** Puts the fully prepared temporary file in place of the target and checks that it landed. */
    private Node swap(ImagePath target, String temporary, int inode, boolean replacing) throws IOException {
        List<String> requests = new ArrayList<>();
        if (replacing) {
            requests.add("rm " + quote(target));
        }
        requests.add("ln " + quote(temporary) + " " + quote(target)); // ln keeps the link count: still one
        requests.add("unlink " + quote(temporary));
        // The checks run in the same session, after the swap: one debugfs run instead of two.
        requests.add("stat " + quote(target));
        requests.add("stat " + quote(temporary));
        Debugfs.Result swapped = debugfs.run(true, requests);
        List<List<String>> sections = swapped.sections(requests);
        Node landed = parseStat(sections.get(requests.size() - 2));
        boolean temporaryGone = parseStat(sections.get(requests.size() - 1)) == null;
        // stat of the temporary name must fail: that error is the expected one.
        List<String> errors = swapped.errors().stream().filter(error -> !error.startsWith(temporary + ": ")).toList();
        if (!errors.isEmpty() || landed == null || landed.inode() != inode || !temporaryGone) {
            throw new IOException("replacing " + target + " in the " + description + " failed while swapping in the"
                    + " new file (inode " + inode + ", temporary name " + temporary + "); check the file system"
                    + " with e2fsck: " + String.join("; ", errors));
        }
        return landed;
    }

    /** Names of the extended attributes to carry over from a replaced file, from its {@code ea_list}. */
    private static List<String> attributeNames(ImagePath path, List<String> eaList) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : eaList) {
            Matcher matcher = XATTR_LINE.matcher(line);
            if (matcher.matches() && !matcher.group(1).equals(INLINE_DATA_ATTRIBUTE)) {
                String name = matcher.group(1);
                if (!isQuotable(name)) {
                    throw new IOException("cannot carry over extended attribute '" + name + "' of " + path
                            + " with debugfs; the file was not changed");
                }
                names.add(name);
            }
        }
        return names;
    }

    /** A file system node as debugfs {@code stat} shows it. */
    private record Node(int inode, String type, int mode, long uid, long gid, long size) {
        boolean isDirectory() {
            return type.equals("directory");
        }

        boolean isRegular() {
            return type.equals("regular");
        }
    }

    /**
     * {@code target} is {@code null} when missing; {@code parentExists} says whether it could be created.
     * A regular file's extended attribute names and content come with it.
     */
    private record Lookup(boolean parentExists, Node target, List<String> attributes, byte[] content) {
        static Lookup missing(boolean parentExists) {
            return new Lookup(parentExists, null, List.of(), null);
        }
    }

    /**
     * Looks at every component of the path in one debugfs session, refusing symbolic links before anything
     * below them matters (debugfs itself would follow a link in a parent directory).
     */
    private Lookup lookup(ImagePath path) throws IOException {
        Lookup cached = lookups.get(path.toString());
        if (cached != null) {
            return cached;
        }
        Lookup fresh = lookupInImage(path);
        lookups.put(path.toString(), fresh);
        return fresh;
    }

    /**
     * One session stats every component and, for the last, lists its extended attributes and dumps its
     * content: every item that looks at a file reads it next (for its undo record or its pattern) and a
     * replacement needs the attributes, so this saves two debugfs runs per item.
     */
    private Lookup lookupInImage(ImagePath path) throws IOException {
        List<String> prefixes = path.prefixes();
        String last = prefixes.get(prefixes.size() - 1);
        Path local = workDir.resolve("read");
        List<String> requests = new ArrayList<>(prefixes.stream().map(prefix -> "stat " + quote(prefix)).toList());
        requests.add("ea_list " + quote(last));
        requests.add("dump " + quote(last) + " " + quote(local));
        try {
            Debugfs.Result result = debugfs.run(false, requests);
            List<List<String>> sections = result.sections(requests);
            // Errors are judged per outcome: dumping a symbolic link or a device fails harmlessly.
            for (int i = 0; i < prefixes.size(); i++) {
                String prefix = prefixes.get(i);
                boolean isLast = i == prefixes.size() - 1;
                Node node = parseStat(sections.get(i));
                if (node == null) {
                    boolean onlyNotFound = result.errors().stream()
                            .allMatch(error -> prefixes.stream().anyMatch(p -> error.startsWith(p + ": ")));
                    if (!onlyNotFound || !result.errors().contains(prefix + ": " + NOT_FOUND)) {
                        throw failure("look up " + prefix, result);
                    }
                    return Lookup.missing(isLast);
                }
                if (node.type().equals("symlink")) {
                    throw new IOException("refused path " + path + ": " + prefix + " is a symbolic link in the "
                            + description + "; symbolic links are not followed inside images");
                }
                if (!isLast && !node.isDirectory()) {
                    throw new IOException(prefix + " on the way to " + path + " is not a directory in the " + description);
                }
                if (isLast) {
                    return found(path, node, result, sections.get(prefixes.size()), local);
                }
            }
            throw new IllegalStateException("a path has at least one component");
        } finally {
            Files.deleteIfExists(local);
        }
    }

    /** An existing target: a regular file's lookup must have listed its attributes and read all of it. */
    private Lookup found(ImagePath path, Node node, Debugfs.Result result, List<String> eaList, Path dumped)
            throws IOException {
        if (!node.isRegular()) {
            return new Lookup(true, node, List.of(), null);
        }
        if (!result.errors().isEmpty()) {
            throw failure("read " + path, result);
        }
        byte[] content = Files.exists(dumped) ? Files.readAllBytes(dumped) : new byte[0];
        if (content.length != node.size()) {
            throw new IOException("reading " + path + " from the " + description + " returned " + content.length
                    + " bytes, but the file has " + node.size());
        }
        return new Lookup(true, node, attributeNames(path, eaList), content);
    }

    private static Node parseStat(List<String> lines) {
        Matcher inode = null;
        Matcher owner = null;
        for (String line : lines) {
            Matcher matcher = INODE_LINE.matcher(line);
            if (inode == null && matcher.matches()) {
                inode = matcher;
            }
            matcher = OWNER_LINE.matcher(line);
            if (owner == null && matcher.matches()) {
                owner = matcher;
            }
        }
        if (inode == null || owner == null) {
            return null;
        }
        return new Node(Integer.parseInt(inode.group(1)), inode.group(2), Integer.parseInt(inode.group(3), 8),
                Long.parseLong(owner.group(1)), Long.parseLong(owner.group(2)), Long.parseLong(owner.group(3)));
    }

    private static Integer allocatedInode(Debugfs.Result result) {
        for (String line : result.output()) {
            Matcher matcher = ALLOCATED_LINE.matcher(line);
            if (matcher.matches()) {
                return Integer.valueOf(matcher.group(1));
            }
        }
        return null;
    }

    private Node requireRegularFile(ImagePath path, Node node) throws IOException {
        if (node == null) {
            throw new IOException(path + " does not exist in the " + description);
        }
        if (!node.isRegular()) {
            throw new IOException(path + " is not a regular file (it is a " + node.type() + ") in the " + description);
        }
        return node;
    }

    private void requireNoErrors(String what, Debugfs.Result result) throws IOException {
        if (!result.errors().isEmpty()) {
            throw failure(what, result);
        }
    }

    private IOException failure(String what, Debugfs.Result result) {
        return new IOException("debugfs could not " + what + " in the " + description + ": "
                + String.join("; ", result.errors()));
    }

    /** debugfs's command parser knows double quotes but no escapes, so a few characters cannot be named. */
    private static ImagePath parse(String path) throws IOException {
        ImagePath imagePath = ImagePath.parse(path);
        for (String segment : imagePath.segments()) {
            if (!isQuotable(segment)) {
                throw new IOException("refused path '" + Quoted.escaped(path) + "': names with double quotes, backslashes or"
                        + " control characters are not supported in ext4 images");
            }
        }
        return imagePath;
    }

    private static boolean isQuotable(String text) {
        return text.chars().noneMatch(c -> c == '"' || c == '\\' || Character.isISOControl(c));
    }

    private String randomHex() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String quote(Object path) {
        return "\"" + path + "\"";
    }

    private void deleteWorkDir() throws IOException {
        WorkDirectories.deleteTree(workDir);
    }
}
