package org.encompass.server;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.session.remote.CDORemoteSession;
import org.eclipse.emf.cdo.session.remote.CDORemoteSessionEvent;
import org.eclipse.emf.cdo.session.remote.CDORemoteSessionManager;
import org.eclipse.net4j.util.event.IEvent;
import org.eclipse.net4j.util.event.IListener;
import org.encompass.core.EncompassException;

/**
 * A client's side of {@link ServerRequests}: sends an operation to the repository server, which runs it with its
 * own engine and drivers, and waits for the reply while the journal (which the client sees through its
 * session) fills. The server finishes what it accepted even if this client dies.
 */
public final class ServerClient implements AutoCloseable {
    /** Secure storage keeps a server's login under {@code encompass://HOST:PORT} (the CLI's and the console's). */
    public static final String CREDENTIALS_SCHEME = "encompass://";

    private final CDORemoteSessionManager remote;
    private final Map<String, CompletableFuture<ServerRequests.Reply>> pending = new ConcurrentHashMap<>();
    private final IListener listener = this::notify;

    public ServerClient(CDOSession session) {
        remote = session.getRemoteSessionManager();
        remote.setForceSubscription(true); // replies reach subscribed sessions only
        remote.addListener(listener);
    }

    /** The secure storage entry of the server at {@code address} ({@code HOST:PORT}). */
    public static String credentialKey(String address) {
        return CREDENTIALS_SCHEME + address;
    }

    /**
     * Runs {@code operation} on the server and returns when it is done, with what it made (a clone's name) or "".
     *
     * @throws EncompassException with the server's message when it refused (role, busy, lifecycle) or the
     *                            operation failed, or when the server is not there
     */
    public String run(String operation, String target, Map<String, String> arguments) {
        CDORemoteSession server = server();
        String id = UUID.randomUUID().toString();
        CompletableFuture<ServerRequests.Reply> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            if (!server.sendMessage(ServerRequests.encode(new ServerRequests.Request(id, operation, target, arguments)))) {
                throw new EncompassException("the repository server did not take the request (it is stopping?)");
            }
            ServerRequests.Reply done = await(reply, server, operation + " " + target);
            // what the server committed reaches this session's views before the caller reads them
            remote.getLocalSession().waitForUpdate(done.lastCommit(), 30_000);
            if (!done.succeeded()) {
                throw new EncompassException(done.message());
            }
            return done.message();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EncompassException("interrupted while the server runs " + operation + " " + target
                    + "; the server finishes it: see the journal");
        } catch (ExecutionException e) {
            throw new EncompassException(e.getCause().getMessage());
        } finally {
            pending.remove(id);
        }
    }

    /** Waits for the reply as long as the server's session is there; a server that stopped sends none. */
    private ServerRequests.Reply await(CompletableFuture<ServerRequests.Reply> reply, CDORemoteSession server, String what)
            throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return reply.get(2, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                if (remote.getLocalSession().isClosed() || !Arrays.asList(remote.getRemoteSessions()).contains(server)) {
                    throw new EncompassException("the repository server went away while it ran " + what
                            + "; after its restart the journal shows it INTERRUPTED (retry or roll it back)");
                }
            }
        }
    }

    /** The server engine's session: the one session of the repository without a user (see RepositoryServer). */
    private CDORemoteSession server() {
        for (CDORemoteSession session : remote.getRemoteSessions()) {
            if (session.getUserID() == null) {
                return session;
            }
        }
        throw new EncompassException("no Encompass server engine on this repository (is it an encompass-server?)");
    }

    private void notify(IEvent event) {
        if (event instanceof CDORemoteSessionEvent.MessageReceived received
                && ServerRequests.REPLY_TYPE.equals(received.getMessage().getType())) {
            try {
                ServerRequests.Reply reply = ServerRequests.decodeReply(received.getMessage());
                CompletableFuture<ServerRequests.Reply> waiting = pending.get(reply.id());
                if (waiting != null) {
                    waiting.complete(reply);
                }
            } catch (IOException e) {
                pending.values().forEach(f -> f.completeExceptionally(e));
            }
        }
    }

    @Override
    public void close() {
        remote.removeListener(listener);
        pending.values().forEach(f -> f.completeExceptionally(new EncompassException("connection closed")));
    }
}
