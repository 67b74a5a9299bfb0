package org.encompass.driver.blade.cim.internal;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.security.auth.Subject;

import org.encompass.core.spi.DriverException;
import org.metricshub.wbem.javax.cim.CIMArgument;
import org.metricshub.wbem.javax.cim.CIMInstance;
import org.metricshub.wbem.javax.cim.CIMObjectPath;
import org.metricshub.wbem.javax.wbem.CloseableIterator;
import org.metricshub.wbem.javax.wbem.WBEMException;
import org.metricshub.wbem.javax.wbem.client.PasswordCredential;
import org.metricshub.wbem.javax.wbem.client.UserPrincipal;
import org.metricshub.wbem.javax.wbem.client.WBEMClient;
import org.metricshub.wbem.javax.wbem.client.WBEMClientConstants;
import org.metricshub.wbem.javax.wbem.client.WBEMClientFactory;
import org.metricshub.wbem.sblim.cimclient.WBEMConfigurationProperties;

/**
 * One CIM-XML client (SBLIM, as maintained by MetricsHub) to one CIM server: every call bounded by the
 * timeout, no retries, and every failure turned into one clear line naming the server and the operation.
 * The password goes into the client's Subject only; it is never part of a message or a log.
 */
final class CimSession implements AutoCloseable {
    private final CimAddress address;
    private final String user;
    private final Duration timeout;
    private final char[] password;
    private final WBEMClient client;

    CimSession(CimAddress address, String user, char[] password, Duration timeout) throws DriverException {
        this.address = address;
        this.user = user;
        this.timeout = timeout;
        this.password = password;
        try {
            client = WBEMClientFactory.getClient(WBEMClientConstants.PROTOCOL_CIMXML);
            client.setProperty(WBEMConfigurationProperties.HTTP_TIMEOUT, Long.toString(timeout.toMillis()));
            client.setProperty(WBEMConfigurationProperties.HTTP_CONNECTION_RETRIES, "0");
            client.setProperty(WBEMConfigurationProperties.HTTP_ENABLE_CONTENT_LENGTH_RETRY, "false");
            client.setProperty(WBEMConfigurationProperties.HTTP_USE_MPOST, "false"); // plain POST: one round trip per call
            client.setProperty(WBEMConfigurationProperties.CIMXML_PARSER, "PULL"); // stops at a DOCTYPE, resolves no entity
            CimTrust.configure(client);
            Subject subject = new Subject();
            subject.getPrincipals().add(new UserPrincipal(user));
            subject.getPrivateCredentials().add(new PasswordCredential(password));
            client.initialize(new CIMObjectPath(address.url().getScheme(), address.url().getHost(),
                    Integer.toString(address.url().getPort()), address.namespace(), null, null), subject, new Locale[] { Locale.ENGLISH });
        } catch (WBEMException | RuntimeException e) {
            throw failure("connect", e);
        }
    }

    CimAddress address() {
        return address;
    }

    /** All instances of {@code className} (and its subclasses), with their paths. */
    List<CIMInstance> instances(String className) throws DriverException {
        List<CIMInstance> found = new ArrayList<>();
        CloseableIterator<CIMInstance> it = null;
        try {
            it = client.enumerateInstances(new CIMObjectPath(null, null, null, address.namespace(), className, null), true, false, false, null);
            while (it.hasNext()) {
                found.add(it.next());
            }
            WBEMException late = it.getWBEMException();
            if (late != null) {
                throw late;
            }
        } catch (WBEMException | RuntimeException e) {
            throw failure("EnumerateInstances " + className, e);
        } finally {
            if (it != null) {
                it.close();
            }
        }
        return found;
    }

    /** Calls an extrinsic method; a non-zero result other than "job started" (4096) is an error. */
    long invoke(CIMObjectPath target, String method, CIMArgument<?>... in) throws DriverException {
        Object result;
        try {
            result = client.invokeMethod(target, method, in, new CIMArgument<?>[0]);
        } catch (WBEMException | RuntimeException e) {
            throw failure(method, e);
        }
        long code = result instanceof Number n ? n.longValue() : -1;
        if (code != 0 && code != 4096) {
            throw new DriverException("the CIM server at " + address.url() + " answered " + method + " on " + target.getObjectName()
                    + " with result " + result + (code == 1 ? " (not supported)" : code == 2 ? " (unknown or unspecified error)" : ""));
        }
        return code;
    }

    /** One line for a failed operation: what the server said, or what went wrong on the way. */
    private DriverException failure(String operation, Exception e) {
        String server = "the CIM server at " + address.url();
        Throwable cause = rootCause(e);
        if (e instanceof WBEMException w) {
            switch (w.getID()) {
                case WBEMException.CIM_ERR_ACCESS_DENIED:
                    return new DriverException(server + " refused user " + user + " for " + operation
                            + ": wrong user name or password (HTTP 401); check 'encompass credentials set'");
                case WBEMException.CIM_ERR_NOT_SUPPORTED:
                    return new DriverException(server + " does not support " + operation + " (CIM_ERR_NOT_SUPPORTED"
                            + detail(w) + ")");
                default:
                    break;
            }
        }
        if (cause instanceof InterruptedIOException) {
            return new DriverException(server + " did not answer " + operation + " within " + timeout.toMillis() / 1000.0 + " s");
        }
        if (inChain(e, javax.net.ssl.SSLException.class) || inChain(e, java.security.cert.CertificateException.class)) {
            return new DriverException(server + " refused for " + operation + ": its TLS certificate is not trusted (trust store "
                    + CimTrust.store() + "; set " + CimTrust.STORE_PROPERTY + " or ENCOMPASS_CIM_TRUSTSTORE): " + oneLine(cause));
        }
        if (cause instanceof ConnectException) {
            return new DriverException(server + " cannot be reached for " + operation + ": " + cause.getMessage());
        }
        String text = (e.getMessage() == null ? "" : e.getMessage()) + " " + (cause.getMessage() == null ? "" : cause.getMessage());
        if (text.contains("DOCTYPE") || text.contains("unexpected char 'D'")) {
            // the client's pull parser stops at "<!D": it reads no DTD and resolves no entity
            return new DriverException(server + " answered " + operation + " with a DOCTYPE, refused (no DTD or entity is ever read)");
        }
        if (e instanceof WBEMException w && w.getID() != WBEMException.CIM_ERR_FAILED) {
            return new DriverException(server + " answered " + operation + " with " + codeName(w.getID()) + detail(w));
        }
        return new DriverException(server + " sent no valid CIM-XML answer to " + operation + ": " + oneLine(cause));
    }

    private static String detail(WBEMException w) {
        String message = w.getMessage();
        return message == null || message.isBlank() ? "" : ": " + oneLine(message);
    }

    private static String oneLine(Throwable t) {
        return oneLine(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    private static String oneLine(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static boolean inChain(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    static String codeName(int id) {
        return switch (id) {
            case 1 -> "CIM_ERR_FAILED";
            case 2 -> "CIM_ERR_ACCESS_DENIED";
            case 3 -> "CIM_ERR_INVALID_NAMESPACE";
            case 4 -> "CIM_ERR_INVALID_PARAMETER";
            case 5 -> "CIM_ERR_INVALID_CLASS";
            case 6 -> "CIM_ERR_NOT_FOUND";
            case 7 -> "CIM_ERR_NOT_SUPPORTED";
            case 16 -> "CIM_ERR_METHOD_NOT_AVAILABLE";
            case 17 -> "CIM_ERR_METHOD_NOT_FOUND";
            default -> "CIM error " + id;
        };
    }

    @Override
    public void close() {
        client.close();
        java.util.Arrays.fill(password, '\0');
    }
}
