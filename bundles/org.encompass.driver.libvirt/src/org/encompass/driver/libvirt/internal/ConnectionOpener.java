package org.encompass.driver.libvirt.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.encompass.core.spi.Credentials;
import org.encompass.core.spi.DriverException;
import org.encompass.driver.libvirt.LibvirtErrors;
import org.libvirt.Connect;
import org.libvirt.ConnectAuth;
import org.libvirt.ErrorCallback;
import org.libvirt.LibvirtException;

/**
 * Opens libvirt connections with a time limit. {@code virConnectOpen} cannot be interrupted (an ssh
 * transport may wait for a host that never answers), so it runs on its own daemon thread; when the
 * limit passes we give up on it and close the connection should it still arrive.
 */
final class ConnectionOpener {
    /** libvirt prints every error to stderr unless a handler is set; we report errors ourselves. */
    private static final ErrorCallback SILENT = new ErrorCallback();
    private static volatile boolean silenced;

    private ConnectionOpener() {
    }

    static Connect open(String uri, Duration timeout) throws DriverException {
        return open(uri, Credentials.NONE, timeout);
    }

    /**
     * Opens {@code uri}; when {@code credentials} are given, libvirt's authentication callback answers
     * user-name and passphrase questions (SASL on qemu+tcp, for example) with them. The password is
     * copied for the callback and wiped once the connection is open.
     */
    static Connect open(String uri, Credentials credentials, Duration timeout) throws DriverException {
        LibvirtUris.check(uri);
        CompletableFuture<Connect> opening = new CompletableFuture<>();
        PasswordAuth auth = credentials == null || credentials.isEmpty() ? null : new PasswordAuth(credentials);
        Thread opener = new Thread(() -> {
            try {
                silenceLibvirt();
                LibvirtEvents.ensureRunning();
                opening.complete(auth == null ? new Connect(uri) : new Connect(uri, auth, 0));
            } catch (Throwable e) {
                opening.completeExceptionally(e);
            }
        }, "libvirt connect " + uri);
        opener.setDaemon(true);
        opener.start();
        try {
            return opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            opening.thenAccept(LibvirtConnection::closeQuietly);
            throw new DriverException("Cannot connect to " + uri + ": no answer within " + timeout.toSeconds()
                    + " s.", e);
        } catch (InterruptedException e) {
            opening.thenAccept(LibvirtConnection::closeQuietly);
            Thread.currentThread().interrupt();
            throw new DriverException("Connecting to " + uri + " was interrupted.", e);
        } catch (ExecutionException e) {
            throw failure(uri, e.getCause());
        } finally {
            if (auth != null) {
                auth.wipe();
            }
        }
    }

    /** Answers libvirt's credential questions with a stored user and password. */
    private static final class PasswordAuth extends ConnectAuth {
        private final String user;
        private final char[] password;

        PasswordAuth(Credentials credentials) {
            user = credentials.user();
            password = credentials.password().clone();
            credType = new CredentialType[] { CredentialType.VIR_CRED_AUTHNAME, CredentialType.VIR_CRED_USERNAME,
                    CredentialType.VIR_CRED_PASSPHRASE, CredentialType.VIR_CRED_NOECHOPROMPT };
        }

        @Override
        public int callback(Credential[] questions) {
            for (Credential question : questions) {
                switch (question.type) {
                    case VIR_CRED_AUTHNAME, VIR_CRED_USERNAME -> question.result = user;
                    case VIR_CRED_PASSPHRASE, VIR_CRED_NOECHOPROMPT -> question.result = new String(password);
                    default -> {
                        return -1; // a question we cannot answer: let libvirt fail with its reason
                    }
                }
            }
            return 0;
        }

        void wipe() {
            java.util.Arrays.fill(password, '\0');
        }
    }

    private static DriverException failure(String uri, Throwable cause) {
        if (cause instanceof LibvirtException libvirt) {
            return new DriverException("Cannot connect to " + uri + ": " + LibvirtErrors.message(libvirt), libvirt);
        }
        if (cause instanceof LinkageError) {
            return new DriverException("Cannot connect to " + uri + ": the libvirt client library cannot be loaded ("
                    + cause.getMessage() + "); install the Debian package libvirt0.", cause);
        }
        return new DriverException("Cannot connect to " + uri + ": " + cause, cause);
    }

    private static void silenceLibvirt() throws LibvirtException {
        if (!silenced) {
            synchronized (ConnectionOpener.class) {
                if (!silenced) {
                    Connect.setErrorCallback(SILENT);
                    silenced = true;
                }
            }
        }
    }
}
