package org.encompass.core.credentials;

import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.encompass.core.EncompassException;
import org.encompass.core.spi.Credentials;

/**
 * Host credentials in Eclipse secure storage ({@code org.eclipse.equinox.security}), keyed by the
 * host's URI: the user in clear, the password encrypted. Never in the model, the journal or logs.
 * <p>
 * Headless processes (the command line, CI) have no password prompt and no desktop keyring, so the
 * storage is encrypted with a random master key kept in a file readable by its owner only, next to
 * the storage file (like an ssh key). Nothing is created until the first credentials are set.
 */
public final class CredentialStore implements CredentialSource {
    /** Overrides the directory of the storage and its key (tests, several installations). */
    public static final String DIRECTORY_PROPERTY = "encompass.secure.storage";
    public static final String DIRECTORY_VARIABLE = "ENCOMPASS_SECURE_STORAGE";
    static final String STORAGE_FILE = "secure_storage";
    static final String KEY_FILE = "master.key";
    private static final String HOSTS = "org.encompass/hosts";
    private static final String USER = "user";
    private static final String PASSWORD = "password";
    private static final String URI = "uri";

    private final Path directory;
    private ISecurePreferences root;

    public CredentialStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /**
     * The store of this installation: the system property {@value #DIRECTORY_PROPERTY}, else the
     * variable {@value #DIRECTORY_VARIABLE} of {@code environment}, else {@code ~/.encompass/secure}.
     */
    public static CredentialStore standard(Function<String, String> environment) {
        String chosen = System.getProperty(DIRECTORY_PROPERTY);
        if (chosen == null || chosen.isBlank()) {
            chosen = environment.apply(DIRECTORY_VARIABLE);
        }
        Path dir = chosen == null || chosen.isBlank()
                ? Path.of(System.getProperty("user.home"), ".encompass", "secure")
                : Path.of(chosen);
        return new CredentialStore(dir);
    }

    public Path directory() {
        return directory;
    }

    /** Stores (or replaces) the user and password for {@code endpoint}. */
    public synchronized void set(String endpoint, String user, char[] password) {
        requireEndpoint(endpoint);
        if (user == null || user.isBlank()) {
            throw new EncompassException("no user given for " + endpoint);
        }
        if (password == null || password.length == 0) {
            throw new EncompassException("no password given for " + endpoint + " (an empty password is refused)");
        }
        ISecurePreferences node = hosts(true).node(key(endpoint));
        try {
            node.put(URI, endpoint, false);
            node.put(USER, user, false);
            node.put(PASSWORD, new String(password), true);
            node.flush();
            ownerOnly(directory.resolve(STORAGE_FILE), "rw-------");
        } catch (StorageException | IOException e) {
            throw new EncompassException("cannot store the credentials of " + endpoint + " in " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    /** Forgets the credentials of {@code endpoint}; returns whether there were any. */
    public synchronized boolean clear(String endpoint) {
        requireEndpoint(endpoint);
        ISecurePreferences hosts = hosts(false);
        if (hosts == null || !hosts.nodeExists(key(endpoint))) {
            return false;
        }
        hosts.node(key(endpoint)).removeNode();
        try {
            root.flush();
        } catch (IOException e) {
            throw new EncompassException("cannot update " + directory + ": " + e.getMessage(), e);
        }
        return true;
    }

    /** Endpoint and user of every stored entry, by endpoint; passwords are never listed. */
    public synchronized Map<String, String> users() {
        Map<String, String> result = new java.util.TreeMap<>();
        ISecurePreferences hosts = hosts(false);
        if (hosts != null) {
            for (String child : hosts.childrenNames()) {
                ISecurePreferences node = hosts.node(child);
                try {
                    result.put(node.get(URI, EncodingUtils.decodeSlashes(child)), node.get(USER, ""));
                } catch (StorageException e) {
                    throw new EncompassException("cannot read " + directory + ": " + e.getMessage(), e);
                }
            }
        }
        return result;
    }

    @Override
    public synchronized Credentials lookup(String endpoint) {
        if (endpoint == null) {
            return Credentials.NONE;
        }
        ISecurePreferences hosts = hosts(false);
        if (hosts == null || !hosts.nodeExists(key(endpoint))) {
            return Credentials.NONE;
        }
        ISecurePreferences node = hosts.node(key(endpoint));
        try {
            String password = node.get(PASSWORD, "");
            return new Credentials(node.get(USER, null), password.toCharArray());
        } catch (StorageException e) {
            throw new EncompassException("cannot read the credentials of " + endpoint + " from " + directory
                    + " (was its " + KEY_FILE + " replaced?): " + e.getMessage(), e);
        }
    }

    /** The hosts node; {@code null} when nothing was ever stored and {@code create} is false. */
    private ISecurePreferences hosts(boolean create) {
        if (root == null) {
            if (!create && !Files.exists(directory.resolve(STORAGE_FILE))) {
                return null;
            }
            root = open();
        }
        if (!create && !root.nodeExists(HOSTS)) {
            return null;
        }
        return root.node(HOSTS);
    }

    private ISecurePreferences open() {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                ownerOnly(directory, "rwx------");
            }
            Map<String, Object> options = new HashMap<>();
            options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
            options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(masterKey()));
            return SecurePreferencesFactory.open(directory.resolve(STORAGE_FILE).toUri().toURL(), options);
        } catch (MalformedURLException e) {
            throw new EncompassException("bad secure storage location " + directory, e);
        } catch (IOException e) {
            throw new EncompassException("cannot open the secure storage in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The master key, made on first use: 32 random bytes, readable and writable by the owner only. */
    private char[] masterKey() throws IOException {
        Path keyFile = directory.resolve(KEY_FILE);
        if (!Files.exists(keyFile)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException raced) {
                // another process made it first: use theirs
            }
        }
        return Files.readString(keyFile, StandardCharsets.US_ASCII).trim().toCharArray();
    }

    /** Encrypted or not, only the owner has business reading it. */
    private static void ownerOnly(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own access rules apply
        }
    }

    private static String key(String endpoint) {
        return EncodingUtils.encodeSlashes(endpoint);
    }

    private static void requireEndpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new EncompassException("no host URI given");
        }
    }

    /** For listing: a stored entry. */
    public record Entry(String endpoint, String user) {
    }

    public synchronized List<Entry> entries() {
        List<Entry> result = new ArrayList<>();
        users().forEach((endpoint, user) -> result.add(new Entry(endpoint, user)));
        return result;
    }
}
