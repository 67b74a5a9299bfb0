package org.encompass.server.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.net4j.internal.tcp.TCPAcceptor;
import org.eclipse.net4j.tcp.ITCPAcceptor;
import org.eclipse.net4j.tcp.TCPUtil;
import org.eclipse.net4j.util.lifecycle.LifecycleUtil;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.EngineOptions;
import org.encompass.core.credentials.CredentialStore;
import org.encompass.model.ModelPackage;
import org.encompass.persistence.EncompassRepository;
import org.encompass.persistence.PostgresStore;
import org.encompass.persistence.RepositoryOptions;
import org.encompass.persistence.TlsSettings;
import org.encompass.persistence.TlsTunnel;
import org.encompass.server.StoreChoice;

/**
 * The repository server: the data directory's repository (embedded Derby), the one engine that runs every
 * operation with this process's drivers and host credentials, and a Net4j TCP acceptor where clients open
 * authenticated CDO sessions. Start order matters: the engine's own session is opened before authentication is
 * switched on, so it is the one session without a user, which clients address their requests to and which
 * {@link RoleWriteAccess} lets commit anything.
 */
public final class RepositoryServer implements AutoCloseable {
    /** The site a new repository gets, as the command line's default. */
    public static final String DEFAULT_SITE = "default";
    public static final String HOLDER = "encompass-server";

    private final EncompassRepository repository;
    private final Engine engine;
    private final RequestExecutor requests;
    private final ITCPAcceptor acceptor;
    private final TlsTunnel tunnel;
    private final String address;
    private final List<Long> interrupted;

    private RepositoryServer(EncompassRepository repository, Engine engine, RequestExecutor requests,
            ITCPAcceptor acceptor, TlsTunnel tunnel, String address, List<Long> interrupted) {
        this.tunnel = tunnel;
        this.repository = repository;
        this.engine = engine;
        this.requests = requests;
        this.acceptor = acceptor;
        this.address = address;
        this.interrupted = interrupted;
    }

    /**
     * Opens {@code dataDirectory} and listens on {@code listen} ({@code HOST:PORT}, port 0 for any free one).
     * Refuses to start without users: nobody could connect.
     */
    public static RepositoryServer start(Path dataDirectory, String listen, Map<String, String> environment) {
        return start(dataDirectory, listen, null, environment);
    }

    /** As above, over TLS with {@code tls}'s key store when it is not null. */
    public static RepositoryServer start(Path dataDirectory, String listen, TlsSettings tls, Map<String, String> environment) {
        ModelPackage.eINSTANCE.getNsURI(); // registered before CDO asks for it by URI
        UserFile users = new UserFile(dataDirectory);
        if (users.list().isEmpty()) {
            throw new EncompassException("no users in " + users.file() + "; add one first: encompass-server users add NAME --role administrator");
        }
        // The store as for the command line: ENCOMPASS_STORE_URL's PostgreSQL database, else embedded Derby.
        PostgresStore store = StoreChoice.postgres(environment);
        EncompassRepository repository = EncompassRepository.open(new RepositoryOptions(dataDirectory,
                RepositoryOptions.TCP_OFF, HOLDER).withPostgres(store));
        Engine engine = null;
        RequestExecutor requests = null;
        try {
            CDOSession session = repository.openSession();
            engine = new Engine(session, EngineOptions.fromEnvironment().withUser(HOLDER));
            engine.useCredentials(CredentialStore.standard(environment::get));
            engine.init(DEFAULT_SITE);
            List<Long> interrupted = new ArrayList<>(engine.recoverInterrupted());
            var sessions = (org.eclipse.emf.cdo.spi.server.InternalSessionManager) repository.cdoRepository().getSessionManager();
            sessions.setAuthenticator(new UserAuthenticator(users));
            repository.cdoRepository().addHandler(new RoleWriteAccess(users));
            var cdo = (org.eclipse.emf.cdo.spi.server.InternalRepository) repository.cdoRepository();
            requests = new RequestExecutor(engine, users, session, cdo::getLastCommitTimeStamp);
            // With TLS, Net4j listens on 127.0.0.1 only and the TLS tunnel on the address asked for.
            ITCPAcceptor acceptor = listen(repository, tls == null ? listen : "127.0.0.1:0");
            InetSocketAddress bound = boundAddress(acceptor);
            TlsTunnel tunnel = null;
            if (tls != null) {
                try {
                    tunnel = TlsTunnel.server(tls, listen, bound);
                } catch (RuntimeException e) {
                    LifecycleUtil.deactivate(acceptor);
                    throw e;
                }
                bound = tunnel.boundAddress();
            }
            return new RepositoryServer(repository, engine, requests, acceptor, tunnel,
                    bound.getAddress().getHostAddress() + ":" + bound.getPort(), interrupted);
        } catch (RuntimeException | Error e) {
            if (requests != null) {
                requests.close();
            }
            if (engine != null) {
                engine.close();
            }
            repository.close();
            throw e;
        }
    }

    private static ITCPAcceptor listen(EncompassRepository repository, String listen) {
        ITCPAcceptor acceptor;
        try {
            acceptor = TCPUtil.getAcceptor(repository.container(), listen);
        } catch (RuntimeException e) {
            throw new EncompassException("cannot listen on " + listen + ": " + e.getMessage());
        }
        // The acceptor binds on its selector thread and, if that fails, only logs and deactivates itself.
        if (((TCPAcceptor) acceptor).getSelectionKey() == null) {
            LifecycleUtil.deactivate(acceptor);
            throw new EncompassException("cannot listen on " + listen + " (address in use or not this machine's)");
        }
        return acceptor;
    }

    private static InetSocketAddress boundAddress(ITCPAcceptor acceptor) {
        SelectionKey key = ((TCPAcceptor) acceptor).getSelectionKey();
        try {
            return (InetSocketAddress) ((ServerSocketChannel) key.channel()).getLocalAddress();
        } catch (IOException e) {
            throw new EncompassException("cannot find the address the server listens on: " + e.getMessage());
        }
    }

    /** {@code HOST:PORT} as bound (the real port when 0 was asked for). */
    public String address() {
        return address;
    }

    /** The operations the previous run left running, now INTERRUPTED. */
    public List<Long> interrupted() {
        return interrupted;
    }

    /** "repository DIR", with " on URL (user U)" when it is kept in PostgreSQL. */
    public String describeRepository() {
        return repository.describe();
    }

    public Path dataDirectory() {
        return repository.dataDirectory();
    }

    /** Stops accepting, lets running requests finish (for a while), then closes the engine and the repository. */
    @Override
    public void close() {
        try {
            if (tunnel != null) {
                tunnel.close();
            }
            LifecycleUtil.deactivate(acceptor);
            requests.close();
            engine.close();
        } finally {
            repository.close();
        }
    }
}
