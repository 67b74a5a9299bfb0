package org.encompass.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.encompass.core.credentials.CredentialStore;
import org.encompass.server.Role;
import org.encompass.server.ServerClient;
import org.encompass.server.internal.UserFile;
import org.encompass.tests.support.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository server over TLS (Net4j's SSL acceptor and connector, TLS 1.2): the server presents a
 * keytool-made certificate from {@code --tls-keystore} (password from a file); a client whose trust store holds it
 * works; a client whose trust store holds another certificate is refused in one line; the server down is one line too.
 */
class ServerTlsTest {
    private static final String STORE_PASSWORD = "store-pw-Tls9";
    private static final String ALICE = "alice-pw-Tls10";

    @AfterEach
    void stopProcesses() throws InterruptedException {
        ServerProcess.killAll();
    }

    @Test
    void trustedClientWorksUntrustedIsRefusedInOneLine(@TempDir Path temp) throws Exception {
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Path serverKeys = temp.resolve("server.p12");
        Path trusted = temp.resolve("trusted.p12");
        Path other = temp.resolve("other.p12");
        Path untrusted = temp.resolve("untrusted.p12");
        keyPair(keytool, serverKeys, "encompass-server");
        keyPair(keytool, other, "someone-else");
        trust(keytool, serverKeys, "encompass-server", trusted);
        trust(keytool, other, "someone-else", untrusted);
        Path passwordFile = Files.writeString(temp.resolve("tls-password"), STORE_PASSWORD + "\n");

        Path data = temp.resolve("data");
        new UserFile(data).add("alice", Role.OPERATOR, ALICE.toCharArray());
        ServerProcess server = ServerProcess.start(temp.resolve("server"), ServerProcess.SERVER, Map.of(),
                Map.of("ENCOMPASS_SECURE_STORAGE", temp.resolve("server-secure").toString()), "", "--data", data.toString(),
                "--listen", "127.0.0.1:0", "--tls-keystore", serverKeys.toString(), "--tls-password-file", passwordFile.toString());
        String address = server.awaitServing();
        assertTrue(server.out().contains("(TLS, key store " + serverKeys + ")"), server.out());

        Path secure = temp.resolve("client-secure");
        new CredentialStore(secure).set(ServerClient.credentialKey(address), "alice", ALICE.toCharArray());
        CliRun works = CliRun.run(Map.of("ENCOMPASS_SECURE_STORAGE", secure.toString(), "ENCOMPASS_TLS_TRUSTSTORE",
                trusted.toString(), "ENCOMPASS_TLS_TRUSTSTORE_PASSWORD", STORE_PASSWORD),
                "--server", address, "--user", "alice", "status");
        assertEquals(0, works.exitCode(), works::describe);

        CliRun refused = CliRun.run(Map.of("ENCOMPASS_SECURE_STORAGE", secure.toString(), "ENCOMPASS_TLS_TRUSTSTORE",
                untrusted.toString(), "ENCOMPASS_TLS_TRUSTSTORE_PASSWORD", STORE_PASSWORD),
                "--server", address, "--user", "alice", "status");
        assertEquals(1, refused.exitCode(), refused::describe);
        assertEquals(1, refused.err().lines().count(), refused::describe);
        assertTrue(refused.err().startsWith("encompass: cannot connect to repository at " + address + " over TLS"),
                refused::describe);

        server.kill();
        CliRun down = CliRun.run(Map.of("ENCOMPASS_SECURE_STORAGE", secure.toString(), "ENCOMPASS_TLS_TRUSTSTORE",
                trusted.toString(), "ENCOMPASS_TLS_TRUSTSTORE_PASSWORD", STORE_PASSWORD),
                "--server", address, "--user", "alice", "status");
        assertEquals(1, down.exitCode(), down::describe);
        assertEquals(1, down.err().lines().count(), down::describe);
        assertTrue(down.err().startsWith("encompass: cannot connect to repository at " + address), down::describe);
        for (String text : new String[] { server.out(), server.err(), works.err(), refused.err(), down.err() }) {
            assertFalse(text.contains(ALICE) || text.contains(STORE_PASSWORD), "a password in the output");
        }
    }

    /** A self-signed key pair, as the README's keytool line makes one. */
    private static void keyPair(String keytool, Path store, String alias) throws Exception {
        Shell.run(keytool, "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=" + alias, "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", STORE_PASSWORD);
    }

    /** A trust store holding only {@code alias}'s certificate from {@code keys}. */
    private static void trust(String keytool, Path keys, String alias, Path trustStore) throws Exception {
        Path certificate = keys.resolveSibling(alias + ".crt");
        Shell.run(keytool, "-exportcert", "-alias", alias, "-keystore", keys.toString(), "-storepass", STORE_PASSWORD,
                "-rfc", "-file", certificate.toString());
        Shell.run(keytool, "-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(), "-storetype",
                "PKCS12", "-keystore", trustStore.toString(), "-storepass", STORE_PASSWORD);
    }
}
