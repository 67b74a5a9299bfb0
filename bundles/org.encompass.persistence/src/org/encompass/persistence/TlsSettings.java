package org.encompass.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS for the repository server's connections ({@link TlsTunnel}, the JDK's TLS): the server presents the key of
 * its key store, a client checks it against its trust store. Passwords come from the environment or a file,
 * never from an argument.
 *
 * <ul>
 * <li>Server: {@code --tls-keystore FILE}; its password from {@value #KEYSTORE_PASSWORD_VARIABLE} or the first
 * line of {@code --tls-password-file FILE}.</li>
 * <li>Client: {@value #TRUSTSTORE_VARIABLE} (or the property {@value #TRUSTSTORE_PROPERTY}) names the trust
 * store; its password from {@value #TRUSTSTORE_PASSWORD_VARIABLE}, else {@code changeit} (a trust store holds no
 * secret: the password only guards its integrity).</li>
 * </ul>
 */
public final class TlsSettings {
    public static final String TRUSTSTORE_PROPERTY = "encompass.tls.trustStore";
    public static final String TRUSTSTORE_VARIABLE = "ENCOMPASS_TLS_TRUSTSTORE";
    public static final String TRUSTSTORE_PASSWORD_VARIABLE = "ENCOMPASS_TLS_TRUSTSTORE_PASSWORD";
    public static final String KEYSTORE_PASSWORD_VARIABLE = "ENCOMPASS_TLS_KEYSTORE_PASSWORD";

    private final Path keyStore;
    private final Path trustStore;
    private final String password;
    private SSLContext context;

    private TlsSettings(Path keyStore, Path trustStore, String password) {
        this.keyStore = keyStore;
        this.trustStore = trustStore;
        this.password = password;
    }

    /** A server's: the key store and its password ({@code passwordFile} first, else the environment). */
    public static TlsSettings server(Path keyStore, Path passwordFile, Function<String, String> environment) {
        if (!Files.isReadable(keyStore)) {
            throw new PersistenceException("cannot read the TLS key store " + keyStore);
        }
        String password;
        if (passwordFile != null) {
            try {
                password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
            } catch (IOException e) {
                throw new PersistenceException("cannot read the TLS password file " + passwordFile);
            }
        } else {
            password = environment.apply(KEYSTORE_PASSWORD_VARIABLE);
        }
        if (password == null || password.isEmpty()) {
            throw new PersistenceException("no password for the TLS key store " + keyStore + ": set "
                    + KEYSTORE_PASSWORD_VARIABLE + " or give --tls-password-file FILE");
        }
        return new TlsSettings(keyStore, null, password);
    }

    /** A client's, from its trust store setting; null when none is set (plain TCP). */
    public static TlsSettings client(Function<String, String> properties, Function<String, String> environment) {
        String store = properties.apply(TRUSTSTORE_PROPERTY);
        if (store == null || store.isBlank()) {
            store = environment.apply(TRUSTSTORE_VARIABLE);
        }
        if (store == null || store.isBlank()) {
            return null;
        }
        Path trustStore = Path.of(store);
        if (!Files.isReadable(trustStore)) {
            throw new PersistenceException("cannot read the TLS trust store " + trustStore);
        }
        String password = environment.apply(TRUSTSTORE_PASSWORD_VARIABLE);
        return new TlsSettings(null, trustStore, password == null || password.isEmpty() ? "changeit" : password);
    }

    /** The client's setting of this process ({@link System#getProperty}, {@link System#getenv}), or null. */
    public static TlsSettings client() {
        return client(System::getProperty, System::getenv);
    }

    /** The JDK TLS context: the key store's key (server) or the trust store's certificates (client). */
    synchronized SSLContext context() {
        if (context == null) {
            try {
                SSLContext made = SSLContext.getInstance("TLS");
                if (keyStore != null) {
                    KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                    keys.init(load(keyStore), password.toCharArray());
                    made.init(keys.getKeyManagers(), null, null);
                } else {
                    TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                    trust.init(load(trustStore));
                    made.init(null, trust.getTrustManagers(), null);
                }
                context = made;
            } catch (GeneralSecurityException e) {
                throw new PersistenceException("cannot use " + describe() + ": " + e.getMessage(), e);
            }
        }
        return context;
    }

    private KeyStore load(Path store) throws GeneralSecurityException {
        try (var in = Files.newInputStream(store)) {
            KeyStore loaded = KeyStore.getInstance(KeyStore.getDefaultType());
            loaded.load(in, password.toCharArray());
            return loaded;
        } catch (IOException e) {
            // a wrong password shows as an IOException of the key store
            throw new PersistenceException("cannot open " + store + " (wrong password, or not a key store): " + e.getMessage(), e);
        }
    }

    /** What a message names: "TLS, key store F" or "TLS, trust store F". */
    public String describe() {
        return keyStore != null ? "TLS, key store " + keyStore : "TLS, trust store " + trustStore;
    }
}
