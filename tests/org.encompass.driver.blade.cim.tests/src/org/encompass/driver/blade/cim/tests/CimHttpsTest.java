package org.encompass.driver.blade.cim.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.encompass.core.drivers.Drivers;
import org.encompass.core.spi.BladeDriver.BladeConnection;
import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.tests.support.Shell;
import org.encompass.tests.support.cim.BladeChassisModel;
import org.encompass.tests.support.cim.CimResponder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CIM driver over HTTPS against our responder on the JDK's HttpsServer, with a self-signed certificate
 * made by keytool here: trusted when the trust store named by {@code encompass.cim.trustStore} holds it;
 * refused before any request (so before the password is sent) when the certificate is not trusted.
 */
class CimHttpsTest {
    private static final String STORE_PASSWORD = "store-secret";

    @TempDir
    Path dir;

    @AfterEach
    void forgetTrustStore() {
        System.clearProperty("encompass.cim.trustStore");
        System.clearProperty("encompass.cim.trustStorePassword");
    }

    @Test
    void aServerWhoseCertificateIsTrustedIsReadOverHttps() throws Exception {
        Path server = keyPair("server", "CN=127.0.0.1");
        Path trust = trustStore("trust.p12", server);
        System.setProperty("encompass.cim.trustStore", trust.toString());
        System.setProperty("encompass.cim.trustStorePassword", STORE_PASSWORD);
        try (CimResponder responder = new CimResponder(new BladeChassisModel("tls1", 3), CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD,
                tls(server));
                BladeConnection c = connect(responder)) {
            assertTrue(responder.url().startsWith("https://"), responder.url());
            assertEquals(List.of("1", "2", "3"), c.slots());
            assertEquals(responder.model().uuid(2), c.describe("2").guid());
            assertTrue(responder.requests() > 0, "answered over TLS");
        }
    }

    @Test
    void aCertificateNotInTheTrustStoreIsRefusedBeforeAnyRequest() throws Exception {
        Path server = keyPair("server", "CN=127.0.0.1");
        Path other = keyPair("other", "CN=someone else");
        System.setProperty("encompass.cim.trustStore", trustStore("others.p12", other).toString());
        System.setProperty("encompass.cim.trustStorePassword", STORE_PASSWORD);
        try (CimResponder responder = new CimResponder(new BladeChassisModel("tls2", 2), CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD,
                tls(server))) {
            DriverException refused = assertThrows(DriverException.class, () -> {
                try (BladeConnection c = connect(responder)) {
                    c.slots();
                }
            });
            String message = refused.getMessage();
            assertTrue(message.startsWith("the CIM server at " + responder.url() + " refused for EnumerateInstances CIM_Slot: its TLS certificate"
                    + " is not trusted (trust store " + dir.resolve("others.p12")), message);
            assertFalse(message.contains(CimBladeDriverTest.PASSWORD) || message.contains("\n"), message);
            assertEquals(0, responder.requests(), "no request, so no password, reached the untrusted server");

            // the JDK's own trust store (the default) does not hold a self-signed certificate either
            forgetTrustStore();
            DriverException byDefault = assertThrows(DriverException.class, () -> {
                try (BladeConnection c = connect(responder)) {
                    c.slots();
                }
            });
            assertTrue(byDefault.getMessage().contains("its TLS certificate is not trusted"), byDefault.getMessage());
            assertEquals(0, responder.requests());
        }
    }

    private static BladeConnection connect(CimResponder responder) throws DriverException {
        return Drivers.blades().driver("cim").connect("cim://tls?url=" + responder.url(),
                new Credentials(CimBladeDriverTest.USER, CimBladeDriverTest.PASSWORD.toCharArray()));
    }

    /** A PKCS12 key store with a new self-signed key pair, made by the JDK's keytool. */
    private Path keyPair(String alias, String subject) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        Shell.run(keytool(), "-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", subject, "-ext",
                "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", STORE_PASSWORD);
        return store;
    }

    /** A trust store holding the certificate of the key pair in {@code keyStore}. */
    private Path trustStore(String name, Path keyStore) throws Exception {
        String alias = keyStore.getFileName().toString().replace(".p12", "");
        Path certificate = dir.resolve(alias + ".crt");
        Shell.run(keytool(), "-exportcert", "-alias", alias, "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD, "-file",
                certificate.toString());
        Path store = dir.resolve(name);
        Shell.run(keytool(), "-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(), "-storetype", "PKCS12", "-keystore",
                store.toString(), "-storepass", STORE_PASSWORD);
        return store;
    }

    private static SSLContext tls(Path keyStore) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }
}
