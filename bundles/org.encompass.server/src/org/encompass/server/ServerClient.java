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
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.session.remote.CDORemoteSession;
import org.eclipse.emf.cdo.session.remote.CDORemoteSessionEvent;
import org.eclipse.emf.cdo.session.remote.CDORemoteSessionManager;
import org.eclipse.emf.cdo.session.remote.CDORemoteSessionMessage;
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
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** A request sent and not yet answered: its reply, its journal entry once accepted, where its progress goes. */
    private record Pending(CompletableFuture<ServerRequests.Reply> reply, AtomicLong journalId, IProgressMonitor monitor) {
    }
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
        return run(operation, target, arguments, null);
    }

    /**
     * As above; {@code monitor} (may be null) is told the request's journal id when the server accepted it (a
     * sub-task "request #N accepted by the server") and then the server's task names as they change.
     */
    public String run(String operation, String target, Map<String, String> arguments, IProgressMonitor monitor) {
        CDORemoteSession server = server();
        String id = UUID.randomUUID().toString();
        CompletableFuture<ServerRequests.Reply> reply = new CompletableFuture<>();
        AtomicLong journalId = new AtomicLong();
        pending.put(id, new Pending(reply, journalId, monitor));
        try {
            if (!server.sendMessage(ServerRequests.encode(new ServerRequests.Request(id, operation, target, arguments)))) {
                throw new EncompassException("the repository server did not take the request (it is stopping?)");
            }
            ServerRequests.Reply done = await(reply, server, operation + " " + target, journalId);
            // what the server committed reaches this session's views before the caller reads them
            remote.getLocalSession().waitForUpdate(done.lastCommit(), 30_000);
            if (!done.succeeded()) {
                throw new EncompassException(done.message());
            }
            return done.message();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EncompassException("interrupted while the server runs " + operation + " " + target
                    + "; the server finishes it: see " + follow(journalId.get()));
        } catch (ExecutionException e) {
            throw new EncompassException(e.getCause().getMessage());
        } finally {
            pending.remove(id);
        }
    }

    /** Waits for the reply as long as the server's session is there; a server that stopped sends none. */
    private ServerRequests.Reply await(CompletableFuture<ServerRequests.Reply> reply, CDORemoteSession server, String what,
            AtomicLong journalId) throws InterruptedException, ExecutionException {
        while (true) {
            try {
                return reply.get(2, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                if (remote.getLocalSession().isClosed() || !Arrays.asList(remote.getRemoteSessions()).contains(server)) {
                    throw new EncompassException("the repository server went away while it ran " + what
                            + "; after its restart " + follow(journalId.get()) + " shows it INTERRUPTED (retry or roll it back)");
                }
            }
        }
    }

    /** How to follow a request: its own journal entry once the server accepted it, else the journal. */
    private static String follow(long journalId) {
        return journalId == 0 ? "the journal" : "journal show " + journalId;
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
        if (!(event instanceof CDORemoteSessionEvent.MessageReceived received)) {
            return;
        }
        CDORemoteSessionMessage message = received.getMessage();
        try {
            switch (message.getType()) {
                case ServerRequests.REPLY_TYPE -> {
                    ServerRequests.Reply reply = ServerRequests.decodeReply(message);
                    Pending waiting = pending.get(reply.id());
                    if (waiting != null) {
                        waiting.reply().complete(reply);
                    }
                }
                case ServerRequests.ACCEPTED_TYPE -> {
                    ServerRequests.Accepted accepted = ServerRequests.decodeAccepted(message);
                    Pending waiting = pending.get(accepted.id());
                    if (waiting != null) {
                        waiting.journalId().set(accepted.journalId());
                        show(waiting, "request #" + accepted.journalId() + " accepted by the server (encompass journal show "
                                + accepted.journalId() + ")");
                    }
                }
                case ServerRequests.PROGRESS_TYPE -> {
                    ServerRequests.Progress progress = ServerRequests.decodeProgress(message);
                    Pending waiting = pending.get(progress.id());
                    if (waiting != null) {
                        show(waiting, progress.text());
                    }
                }
                default -> {
                    // another kind of message: not ours
                }
            }
        } catch (IOException e) {
            pending.values().forEach(p -> p.reply().completeExceptionally(e));
        }
    }

    private static void show(Pending waiting, String text) {
        if (waiting.monitor() != null) {
            waiting.monitor().subTask(text);
        }
    }

    @Override
    public void close() {
        remote.removeListener(listener);
        pending.values().forEach(p -> p.reply().completeExceptionally(new EncompassException("connection closed")));
    }
}
