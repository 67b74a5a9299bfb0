package org.encompass.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.encompass.core.EncompassException;
import org.encompass.server.Role;

/**
 * The server's users: {@value #FILE_NAME} in its data directory, mode 0600, one line per user
 * {@code NAME<TAB>ROLE<TAB>pbkdf2-sha256:...}. Written whole to a new file and moved over the old one, so a reader
 * never sees half a file; the running server reads it again when it changed, so {@code users add} works while it
 * runs. Never holds a password, only its {@link PasswordHash}.
 */
public final class UserFile {
    public static final String FILE_NAME = "users";
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** One user as stored. */
    public record User(String name, Role role, PasswordHash hash) {
    }

    private final Path file;
    private Map<String, User> users = new TreeMap<>();
    private FileTime readAt;

    public UserFile(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The users as the file holds them now (read again only when it changed). */
    public synchronized List<User> list() {
        refresh();
        return new ArrayList<>(users.values());
    }

    public synchronized User find(String name) {
        refresh();
        return name == null ? null : users.get(name);
    }

    public synchronized void add(String name, Role role, char[] password) {
        checkName(name);
        refresh();
        if (users.containsKey(name)) {
            throw new EncompassException("user " + name + " exists; change its password with 'users passwd " + name + "'");
        }
        checkPassword(password);
        users.put(name, new User(name, role, PasswordHash.of(password)));
        write();
    }

    public synchronized void remove(String name) {
        refresh();
        if (users.remove(name) == null) {
            throw new EncompassException("no user " + name);
        }
        write();
    }

    public synchronized void passwd(String name, char[] password) {
        refresh();
        User user = users.get(name);
        if (user == null) {
            throw new EncompassException("no user " + name);
        }
        checkPassword(password);
        users.put(name, new User(name, user.role(), PasswordHash.of(password)));
        write();
    }

    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new EncompassException("a user name is 1-32 characters: lower-case letters, digits, '_', '.', '-', "
                    + "starting with a letter or '_'");
        }
    }

    private static void checkPassword(char[] password) {
        if (password.length < 8) {
            throw new EncompassException("a password needs at least 8 characters");
        }
    }

    private void refresh() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(readAt)) {
                return;
            }
            Map<String, User> read = new TreeMap<>();
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                try {
                    read.put(fields[0], new User(fields[0], Role.fromLabel(fields[1]), PasswordHash.parse(fields[2])));
                } catch (RuntimeException e) {
                    throw new EncompassException(file + " line " + number + " is not NAME<TAB>ROLE<TAB>HASH");
                }
            }
            users = read;
            readAt = modified;
        } catch (NoSuchFileException e) {
            users = new TreeMap<>();
            readAt = null;
        } catch (IOException e) {
            throw new EncompassException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private void write() {
        StringBuilder text = new StringBuilder();
        for (User user : users.values()) {
            text.append(user.name()).append('\t').append(user.role().label()).append('\t').append(user.hash().encoded())
                    .append('\n');
        }
        Path temporary = file.resolveSibling(FILE_NAME + ".new");
        try {
            Files.createDirectories(file.getParent()); // a new server's data directory: users come before its repository
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            readAt = null; // read back at the next look, with its new time
        } catch (IOException e) {
            throw new EncompassException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
