package org.encompass.ui.internal.preferences;

import java.nio.file.Path;

import org.eclipse.jface.preference.IPreferenceStore;
import org.encompass.core.EngineOptions;
import org.encompass.core.spi.CloneMethod;
import org.encompass.persistence.RepositoryOptions;

/**
 * The console's preferences and what they mean. The repository ones take effect at the next start;
 * a data directory or port given on the command line ({@code -Dencompass.data}, {@code ENCOMPASS_DATA},
 * {@code -Dencompass.tcp.port}) wins over them.
 */
public final class ConsolePreferences {
    public static final String REPOSITORY = "repository.location";
    public static final String TCP_PORT = "repository.tcpPort";
    public static final String CLONE_METHOD = "clone.method";
    public static final String MAX_PARALLEL = "limits.maxParallel";
    public static final String CLONES_PER_DEVICE = "limits.clonesPerDevice";
    public static final String CLONES_PER_SOURCE = "limits.clonesPerSource";
    public static final String WRITE_BEHIND_COPIES = "limits.writeBehindCopies";
    /** The repository server File > Connect to Server... last connected to ({@code HOST:PORT}), and as whom. */
    public static final String SERVER = "server.address";
    public static final String SERVER_USER = "server.user";
    /** Whether the console connects to {@link #SERVER} at start (its password from secure storage). */
    public static final String CONNECT_AT_START = "server.connectAtStart";
    /** {@link #CLONE_METHOD}'s value for "the storage device's default". */
    public static final String DEVICE_DEFAULT = "";

    private ConsolePreferences() {
    }

    public static void initializeDefaults(IPreferenceStore store) {
        EngineOptions defaults = EngineOptions.defaults();
        store.setDefault(REPOSITORY, "");
        store.setDefault(TCP_PORT, RepositoryOptions.TCP_OFF);
        store.setDefault(CLONE_METHOD, DEVICE_DEFAULT);
        store.setDefault(SERVER, "");
        store.setDefault(SERVER_USER, "");
        store.setDefault(CONNECT_AT_START, false);
        store.setDefault(MAX_PARALLEL, defaults.maxParallel());
        store.setDefault(CLONES_PER_DEVICE, defaults.clonesPerDevice());
        store.setDefault(CLONES_PER_SOURCE, defaults.clonesPerSource());
        store.setDefault(WRITE_BEHIND_COPIES, defaults.writeBehindCopies());
    }

    public static RepositoryOptions repositoryOptions(IPreferenceStore store) {
        RepositoryOptions options = RepositoryOptions.fromEnvironment().withHolder(RepositoryOptions.HOLDER_CONSOLE);
        boolean dataGiven = System.getProperty(RepositoryOptions.DATA_PROPERTY) != null
                || System.getenv(RepositoryOptions.DATA_ENVIRONMENT) != null;
        if (!dataGiven && !store.getString(REPOSITORY).isBlank()) {
            options = options.withDataDirectory(Path.of(store.getString(REPOSITORY)));
        }
        if (System.getProperty(RepositoryOptions.TCP_PORT_PROPERTY) == null && store.getInt(TCP_PORT) != RepositoryOptions.TCP_OFF) {
            options = options.withTcpPort(store.getInt(TCP_PORT));
        }
        return options;
    }

    public static EngineOptions engineOptions(IPreferenceStore store) {
        return EngineOptions.defaults().withMaxParallel(Math.max(1, store.getInt(MAX_PARALLEL)))
                .withCloneLimits(Math.max(1, store.getInt(CLONES_PER_DEVICE)), Math.max(1, store.getInt(CLONES_PER_SOURCE)))
                .withWriteBehindCopies(Math.max(1, store.getInt(WRITE_BEHIND_COPIES)));
    }

    /** The clone method new clones use; null for the storage device's default. */
    public static CloneMethod cloneMethod(IPreferenceStore store) {
        String method = store.getString(CLONE_METHOD);
        return method.isBlank() ? null : CloneMethod.valueOf(method);
    }
}
