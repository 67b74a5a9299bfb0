package org.encompass.ui.internal;

import java.util.Arrays;

import org.eclipse.jface.preference.IPreferenceStore;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.core.spi.Credentials;
import org.encompass.server.ServerClient;
import org.encompass.ui.internal.preferences.ConsolePreferences;

/**
 * Where the console connects and as whom: a repository server's {@code HOST:PORT}, a user and the password, kept
 * in memory while connected so that the console can reconnect by itself, wiped by {@link #forget()}. Secure storage
 * holds it under the command line's key ({@link ServerClient#credentialKey}), so one saved login serves both.
 */
public final class ServerAccount {
    private final String address;
    private final String user;
    private final char[] password;

    public ServerAccount(String address, String user, char[] password) {
        this.address = address.strip();
        this.user = user.strip();
        this.password = password.clone();
    }

    /** The server the preferences connect to at start, with the password from secure storage; else null. */
    static ServerAccount atStart(IPreferenceStore preferences) {
        String address = preferences.getString(ConsolePreferences.SERVER);
        if (!preferences.getBoolean(ConsolePreferences.CONNECT_AT_START) || address.isBlank()) {
            return null;
        }
        Credentials stored = CredentialStore.standard(System::getenv).lookup(ServerClient.credentialKey(address.strip()));
        try {
            if (stored.isEmpty() || !stored.user().equals(preferences.getString(ConsolePreferences.SERVER_USER).strip())) {
                return null;
            }
            return new ServerAccount(address, stored.user(), stored.password());
        } finally {
            stored.wipe();
        }
    }

    /** The user stored for {@code address} in secure storage, or "" (to fill the dialog). */
    public static String storedUser(String address) {
        Credentials stored = CredentialStore.standard(System::getenv).lookup(ServerClient.credentialKey(address.strip()));
        try {
            return stored.isEmpty() ? "" : stored.user();
        } finally {
            stored.wipe();
        }
    }

    /** Saves this login in secure storage, where the command line's {@code --server} finds it too. */
    public void save() {
        CredentialStore.standard(System::getenv).set(ServerClient.credentialKey(address), user, password);
    }

    ConsoleSession connect() {
        return ConsoleSession.connect(address, user, password);
    }

    public String address() {
        return address;
    }

    public String user() {
        return user;
    }

    void forget() {
        Arrays.fill(password, '\0');
    }
}
