package org.encompass.driver.blade.cim.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.metricshub.wbem.sblim.cimclient.WBEMConfigurationProperties;

/**
 * Which certificates an HTTPS CIM server may present. The SBLIM client trusts every certificate unless told to
 * verify (its default), which would hand the chassis password to anyone in the middle: here the server's
 * certificate must chain to the trust store {@code encompass.cim.trustStore} (system property), else
 * {@code ENCOMPASS_CIM_TRUSTSTORE}, else the JDK's {@code cacerts}; its password from
 * {@code encompass.cim.trustStorePassword} / {@code ENCOMPASS_CIM_TRUSTSTORE_PASSWORD} (default {@code changeit}).
 */
final class CimTrust {
    static final String STORE_PROPERTY = "encompass.cim.trustStore";
    static final String PASSWORD_PROPERTY = "encompass.cim.trustStorePassword";

    private CimTrust() {
    }

    static void configure(WBEMClient client) {
        client.setProperty(WBEMConfigurationProperties.SSL_SOCKET_PROVIDER, JdkTlsProvider.class.getName());
        client.setProperty(WBEMConfigurationProperties.SSL_CLIENT_PEER_VERIFICATION, "true");
        client.setProperty(WBEMConfigurationProperties.SSL_CLIENT_PROTOCOL, "TLS");
        client.setProperty(WBEMConfigurationProperties.TRUSTSTORE_PATH, store().toString());
        client.setProperty(WBEMConfigurationProperties.TRUSTSTORE_PASSWORD, setting(PASSWORD_PROPERTY, "ENCOMPASS_CIM_TRUSTSTORE_PASSWORD", "changeit"));
        client.setProperty(WBEMConfigurationProperties.TRUSTSTORE_TYPE, "PKCS12"); // reads JKS stores too (keystore.type.compat)
    }

    static Path store() {
        String given = setting(STORE_PROPERTY, "ENCOMPASS_CIM_TRUSTSTORE", null);
        if (given != null) {
            return Path.of(given);
        }
        Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        return Files.isRegularFile(cacerts) ? cacerts : Path.of("/etc/ssl/certs/java/cacerts");
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
