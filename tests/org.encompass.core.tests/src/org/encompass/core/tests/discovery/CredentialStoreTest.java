package org.encompass.core.tests.discovery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.encompass.core.EncompassException;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.core.spi.Credentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials in real Eclipse secure storage, headless, with an owner-only master key. */
class CredentialStoreTest {
    private static final String URI = "qemu+tcp://kvm1/system";
    private static final String PASSWORD = "Pa55-secret-4711";

    @Test
    void storesReadsListsAndClearsWithoutThePasswordInClearAnywhere(@TempDir Path dir) throws Exception {
        CredentialStore store = new CredentialStore(dir);
        assertEquals(Credentials.NONE, store.lookup(URI), "nothing stored yet");
        assertFalse(Files.exists(dir.resolve("secure_storage")), "nothing is created before the first set");

        store.set(URI, "admin", PASSWORD.toCharArray());
        Credentials read = store.lookup(URI);
        assertEquals("admin", read.user());
        assertArrayEquals(PASSWORD.toCharArray(), read.password());
        assertFalse(read.toString().contains(PASSWORD));
        assertEquals(Map.of(URI, "admin"), store.users());

        for (Path file : Files.list(dir).toList()) {
            String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertFalse(bytes.contains(PASSWORD), file + " holds the password in clear");
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("master.key"))));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secure_storage"))));

        assertTrue(store.clear(URI));
        assertFalse(store.clear(URI));
        assertEquals(Credentials.NONE, store.lookup(URI));
        assertTrue(store.users().isEmpty());
    }

    @Test
    void badInputIsRefusedClearly(@TempDir Path dir) {
        CredentialStore store = new CredentialStore(dir);
        assertTrue(assertThrows(EncompassException.class, () -> store.set("", "u", "p".toCharArray())).getMessage()
                .contains("no host URI"));
        assertTrue(assertThrows(EncompassException.class, () -> store.set(URI, "", "p".toCharArray())).getMessage()
                .contains("no user"));
        assertTrue(assertThrows(EncompassException.class, () -> store.set(URI, "u", new char[0])).getMessage()
                .contains("empty password"));
    }

    @Test
    void aReplacedKeyCannotReadTheStorageAndSaysSo(@TempDir Path dir) throws Exception {
        new CredentialStore(dir).set(URI, "admin", PASSWORD.toCharArray());
        Path moved = Files.createDirectories(dir.resolve("copy"));
        Files.copy(dir.resolve("secure_storage"), moved.resolve("secure_storage"));
        Files.writeString(moved.resolve("master.key"), "bm90LXRoZS1rZXk=");
        EncompassException e = assertThrows(EncompassException.class, () -> new CredentialStore(moved).lookup(URI));
        assertTrue(e.getMessage().contains("cannot read the credentials of " + URI), e.getMessage());
    }
}
