package org.encompass.driver.vsphere.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.OptionalLong;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.encompass.core.spi.DriverException;

/**
 * Reads and writes datastore files over the SDK's HTTP file access
 * ({@code /folder/PATH?dcPath=DATACENTER&dsName=DATASTORE}), with the session's cookie.
 */
final class DatastoreFiles {
    private static final int BUFFER = 1 << 20;

    private final VSphereSession session;
    private final String datacenter;

    DatastoreFiles(VSphereSession session, String datacenter) {
        this.session = session;
        this.datacenter = datacenter;
    }

    /** The file's size, or empty when it does not exist. */
    OptionalLong size(DatastorePath file) throws DriverException {
        HttpURLConnection http = open(file, "HEAD");
        try {
            int status = http.getResponseCode();
            if (status == HttpURLConnection.HTTP_NOT_FOUND) {
                return OptionalLong.empty();
            }
            check(file, "read", status);
            return OptionalLong.of(http.getContentLengthLong());
        } catch (IOException e) {
            throw VSphereFaults.failure(session.endpoint(), "read " + file, e);
        } finally {
            http.disconnect();
        }
    }

    boolean exists(DatastorePath file) throws DriverException {
        return size(file).isPresent();
    }

    String sha256(DatastorePath file, IProgressMonitor monitor) throws DriverException {
        HttpURLConnection http = open(file, "GET");
        try {
            check(file, "read", http.getResponseCode());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = http.getInputStream()) {
                for (int read; (read = in.read(buffer)) >= 0;) {
                    digest.update(buffer, 0, read);
                    if (monitor != null && monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | GeneralSecurityException e) {
            throw VSphereFaults.failure(session.endpoint(), "read " + file, e);
        } finally {
            http.disconnect();
        }
    }

    void upload(Path source, DatastorePath file, IProgressMonitor monitor) throws DriverException {
        HttpURLConnection http = open(file, "PUT");
        try {
            http.setDoOutput(true);
            http.setFixedLengthStreamingMode(Files.size(source));
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = Files.newInputStream(source); OutputStream out = http.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, read);
                    if (monitor != null && monitor.isCanceled()) {
                        throw new OperationCanceledException();
                    }
                }
            }
            check(file, "write", http.getResponseCode());
        } catch (IOException e) {
            throw VSphereFaults.failure(session.endpoint(), "write " + file, e);
        } finally {
            http.disconnect();
        }
    }

    void upload(byte[] content, DatastorePath file) throws DriverException {
        HttpURLConnection http = open(file, "PUT");
        try {
            http.setDoOutput(true);
            http.setFixedLengthStreamingMode(content.length);
            try (OutputStream out = http.getOutputStream()) {
                out.write(content);
            }
            check(file, "write", http.getResponseCode());
        } catch (IOException e) {
            throw VSphereFaults.failure(session.endpoint(), "write " + file, e);
        } finally {
            http.disconnect();
        }
    }

    private void check(DatastorePath file, String action, int status) throws DriverException {
        if (status / 100 != 2) {
            throw new DriverException("vSphere " + session.endpoint().server() + ": cannot " + action + " " + file
                    + ": HTTP status " + status + ".");
        }
    }

    private HttpURLConnection open(DatastorePath file, String method) throws DriverException {
        try {
            URI sdk = session.endpoint().sdkUrl().toURI();
            String query = "dcPath=" + encode(datacenter) + "&dsName=" + encode(file.datastore());
            URI uri = new URI(sdk.getScheme(), null, sdk.getHost(), sdk.getPort(), "/folder/" + file.path(), null, null);
            HttpURLConnection http = (HttpURLConnection) URI.create(uri.toASCIIString() + "?" + query).toURL()
                    .openConnection();
            http.setRequestMethod(method);
            http.setConnectTimeout((int) VSphereSession.CONNECT_TIMEOUT.toMillis());
            http.setReadTimeout((int) VSphereSession.READ_TIMEOUT.toMillis());
            http.setRequestProperty("Cookie", session.cookie());
            if (http instanceof HttpsURLConnection https && session.endpoint().ignoreCert()) {
                https.setSSLSocketFactory(trustAll().getSocketFactory());
                https.setHostnameVerifier((host, tls) -> true);
            }
            return http;
        } catch (IOException | URISyntaxException | GeneralSecurityException e) {
            throw VSphereFaults.failure(session.endpoint(), "open " + file, e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Only used when the operator set ignoreCert=true for a test server. */
    private static SSLContext trustAll() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // ignoreCert: every certificate accepted
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // ignoreCert: every certificate accepted
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        } }, null);
        return context;
    }
}
