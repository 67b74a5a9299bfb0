package org.encompass.core.credentials;

import org.encompass.core.spi.Credentials;

/** Where the engine gets a host's user and password just before it connects. */
@FunctionalInterface
public interface CredentialSource {

    /** No stored credentials anywhere: drivers connect by their own means. */
    CredentialSource NONE = endpoint -> Credentials.NONE;

    /**
     * The credentials stored for {@code endpoint} (a host URI), or {@link Credentials#NONE}. The caller
     * {@linkplain Credentials#wipe() wipes} them when it has connected.
     */
    Credentials lookup(String endpoint);
}
