package org.encompass.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.encompass.core.EncompassException;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.core.spi.Credentials;
import org.encompass.persistence.RemoteRepositoryClient;
import org.encompass.persistence.TlsSettings;

/**
 * {@code --server HOST:PORT --user NAME}: where the repository server is and who connects. The password comes
 * from secure storage (stored with {@code encompass credentials set encompass://HOST:PORT --user NAME
 * --password-stdin}) or else from the first line of standard input (unless that holds a batch's lines); never from
 * an argument.
 */
public record ServerLogin(String address, String user, boolean standardInputFree) {
    /** The secure storage entry of a server: {@code encompass://HOST:PORT}. */
    public static final String SCHEME = org.encompass.server.ServerClient.CREDENTIALS_SCHEME;

    /** The login of this run, or null without {@code --server}. */
    static ServerLogin of(String server, String user, boolean dataOrConnect) {
        if (server == null) {
            return null; // --user without --server is a command's own (credentials set, chassis add)
        }
        if (dataOrConnect) {
            throw new UsageException(Messages.serverAndData + Messages.seeGeneralHelp);
        }
        if (!server.matches(".+:\\d{1,5}")) {
            throw new UsageException(NLS.bind(Messages.badServer, server) + Messages.seeGeneralHelp);
        }
        if (user == null || user.isBlank()) {
            throw new UsageException(Messages.serverWithoutUser + Messages.seeGeneralHelp);
        }
        return new ServerLogin(server, user, true);
    }

    /** The same login where standard input is not the password's to read (it holds a batch's lines). */
    ServerLogin withoutStandardInput() {
        return new ServerLogin(address, user, false);
    }

    RemoteRepositoryClient connect(Map<String, String> environment) {
        char[] password = password(environment);
        try {
            return RemoteRepositoryClient.connect(address, user, password,
                    TlsSettings.client(System::getProperty, environment::get));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Byte by byte: what follows the first line stays on standard input for the command. */
    private static String firstLine() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int b; (b = System.in.read()) != -1 && b != '\n';) {
            bytes.write(b);
        }
        String line = bytes.toString(StandardCharsets.UTF_8);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private char[] password(Map<String, String> environment) {
        Credentials stored = CredentialStore.standard(environment::get).lookup(org.encompass.server.ServerClient.credentialKey(address));
        if (!stored.isEmpty() && user.equals(stored.user())) {
            return stored.password();
        }
        stored.wipe();
        if (!standardInputFree) {
            throw new EncompassException(NLS.bind(Messages.batchServerPassword, new Object[] { user, address, SCHEME + address }));
        }
        try {
            String line = firstLine();
            if (line == null || line.isEmpty()) {
                throw new EncompassException(NLS.bind(Messages.noServerPassword, new Object[] { user, address, SCHEME + address }));
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new EncompassException(NLS.bind(Messages.noServerPassword, new Object[] { user, address, SCHEME + address }));
        }
    }
}
