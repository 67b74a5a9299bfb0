package org.encompass.server;

import java.util.Map;

import org.encompass.core.credentials.CredentialStore;
import org.encompass.persistence.PostgresStore;

/** The store a repository opens, chosen the same way by the server and by the command line. */
public final class StoreChoice {
    private StoreChoice() {
    }

    /**
     * The PostgreSQL database {@code ENCOMPASS_STORE_URL} chooses (null: the embedded Derby default); its password
     * from {@code ENCOMPASS_STORE_PASSWORD}, else from secure storage under the URL ({@code encompass credentials
     * set URL --user U --password-stdin}).
     */
    public static PostgresStore postgres(Map<String, String> environment) {
        return PostgresStore.fromEnvironment(System::getProperty, environment::get,
                url -> CredentialStore.standard(environment::get).lookup(url).password());
    }
}
