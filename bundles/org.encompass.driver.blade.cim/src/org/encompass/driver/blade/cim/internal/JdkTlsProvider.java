package org.encompass.driver.blade.cim.internal;

import java.security.InvalidAlgorithmParameterException;
import java.security.KeyManagementException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.UnrecoverableKeyException;
import java.util.List;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.KeyManagerFactorySpi;
import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.TrustManagerFactorySpi;

/**
 * The JSSE provider the SBLIM client is given by class name ({@code sblim.wbem.sslSocketProvider}): it makes
 * its provider with {@code Class.forName(name).newInstance()}, and its default, the JDK's own
 * {@code sun.security.ssl.SunJSSE}, is not exported since Java 9, so no HTTPS call could even start. This one
 * hands out the TLS contexts, trust and key manager factories of the JDK's installed providers, unchanged.
 * Public with a public constructor: the client's bundle loads it through its dynamic imports.
 */
public final class JdkTlsProvider extends Provider {
    private static final long serialVersionUID = 1L;
    static final String NAME = "EncompassJdkTls";

    public JdkTlsProvider() {
        super(NAME, "1.0", "the JDK's TLS for the SBLIM CIM client");
        for (String protocol : List.of("SSL", "TLS", "TLSv1.2", "TLSv1.3", "Default")) {
            putService(new Delegate(this, "SSLContext", protocol) {
                @Override
                Object spi() throws NoSuchAlgorithmException {
                    return new Context(SSLContext.getInstance(protocol, jdk("SSLContext", protocol)));
                }
            });
        }
        for (String algorithm : List.of("PKIX", "SunX509")) {
            putService(new Delegate(this, "TrustManagerFactory", algorithm) {
                @Override
                Object spi() throws NoSuchAlgorithmException {
                    return new Trust(TrustManagerFactory.getInstance(algorithm, jdk("TrustManagerFactory", algorithm)));
                }
            });
            putService(new Delegate(this, "KeyManagerFactory", algorithm) {
                @Override
                Object spi() throws NoSuchAlgorithmException {
                    return new Keys(KeyManagerFactory.getInstance(algorithm, jdk("KeyManagerFactory", algorithm)));
                }
            });
        }
    }

    /** The first installed provider other than this one that offers {@code type.algorithm}. */
    private static Provider jdk(String type, String algorithm) throws NoSuchAlgorithmException {
        Provider[] providers = Security.getProviders(type + "." + algorithm);
        if (providers != null) {
            for (Provider provider : providers) {
                if (!(provider instanceof JdkTlsProvider)) {
                    return provider;
                }
            }
        }
        throw new NoSuchAlgorithmException("no installed provider offers " + type + " " + algorithm);
    }

    private abstract static class Delegate extends Service {
        Delegate(Provider provider, String type, String algorithm) {
            super(provider, type, algorithm, JdkTlsProvider.class.getName() + "$" + type, null, null);
        }

        @Override
        public Object newInstance(Object constructorParameter) throws NoSuchAlgorithmException {
            return spi();
        }

        abstract Object spi() throws NoSuchAlgorithmException;
    }

    private static final class Context extends SSLContextSpi {
        private final SSLContext jdk;

        Context(SSLContext jdk) {
            this.jdk = jdk;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) throws KeyManagementException {
            jdk.init(km, tm, random);
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return jdk.getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return jdk.getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return jdk.createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return jdk.createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return jdk.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return jdk.getClientSessionContext();
        }
    }

    private static final class Trust extends TrustManagerFactorySpi {
        private final TrustManagerFactory jdk;

        Trust(TrustManagerFactory jdk) {
            this.jdk = jdk;
        }

        @Override
        protected void engineInit(KeyStore store) throws KeyStoreException {
            jdk.init(store);
        }

        @Override
        protected void engineInit(ManagerFactoryParameters parameters) throws InvalidAlgorithmParameterException {
            jdk.init(parameters);
        }

        @Override
        protected TrustManager[] engineGetTrustManagers() {
            return jdk.getTrustManagers();
        }
    }

    private static final class Keys extends KeyManagerFactorySpi {
        private final KeyManagerFactory jdk;

        Keys(KeyManagerFactory jdk) {
            this.jdk = jdk;
        }

        @Override
        protected void engineInit(KeyStore store, char[] password) throws KeyStoreException, NoSuchAlgorithmException, UnrecoverableKeyException {
            jdk.init(store, password);
        }

        @Override
        protected void engineInit(ManagerFactoryParameters parameters) throws InvalidAlgorithmParameterException {
            jdk.init(parameters);
        }

        @Override
        protected KeyManager[] engineGetKeyManagers() {
            return jdk.getKeyManagers();
        }
    }
}
