package org.encompass.server.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.session.remote.CDORemoteSession;
import org.eclipse.emf.cdo.session.remote.CDORemoteSessionEvent;
import org.eclipse.emf.cdo.session.remote.CDORemoteSessionManager;
import org.eclipse.emf.cdo.session.remote.CDORemoteSessionMessage;
import org.eclipse.net4j.util.event.IEvent;
import org.eclipse.net4j.util.event.IListener;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.TaskNameMonitor;
import org.encompass.core.json.JsonWriter;
import org.encompass.core.query.SiteSummary;
import org.encompass.server.Role;
import org.encompass.server.ServerRequests;

/**
 * Runs the clients' requests ({@link ServerRequests}) with the server's one engine, each on a thread of its own,
 * as the authenticated user who sent it (the journal names that user): the engine's rules, locks and journal are
 * the same as in a console, so two requests on one clone get one success and one refusal naming the holder. A
 * request is checked against the sender's role first, then journaled (a {@code request} entry, RUNNING, committed
 * before anything of it runs: an accepted request is never lost, and a server stopped meanwhile shows it INTERRUPTED
 * at its restart), and only then answered "accepted" with the entry's id; its progress goes to the sender as it
 * runs. The server finishes a request even if its client is gone; the reply goes back only to a client still there.
 */
final class RequestExecutor implements AutoCloseable {
    private final Engine engine;
    private final UserFile users;
    private final CDORemoteSessionManager remote;
    private final LongSupplier lastCommit;
    private final RequestKinds kinds;
    /** The user whose request this thread runs (a retried request is authorized again for it). */
    private static final ThreadLocal<String> SENDER = new ThreadLocal<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "encompass-server request");
        thread.setDaemon(false); // SIGTERM waits for running requests (see close)
        return thread;
    });
    private final IListener listener = this::onEvent;

    RequestExecutor(Engine engine, UserFile users, CDOSession session, LongSupplier lastCommit) {
        this.engine = engine;
        this.lastCommit = lastCommit;
        this.users = users;
        this.kinds = new RequestKinds(engine);
        this.remote = session.getRemoteSessionManager();
        engine.setRequestRunner(this::rerun);
        remote.setForceSubscription(true); // messages reach subscribed sessions only
        remote.addListener(listener);
    }

    private void onEvent(IEvent event) {
        if (event instanceof CDORemoteSessionEvent.MessageReceived received
                && ServerRequests.REQUEST_TYPE.equals(received.getMessage().getType())) {
            CDORemoteSession sender = received.getRemoteSession();
            ServerRequests.Request request;
            try {
                request = ServerRequests.decodeRequest(received.getMessage());
            } catch (IOException e) {
                System.err.println("encompass-server: a malformed request from " + sender.getUserID() + ": " + e.getMessage());
                return;
            }
            threads.execute(() -> run(sender, request));
        }
    }

    private void run(CDORemoteSession sender, ServerRequests.Request request) {
        String user = sender.getUserID();
        ServerRequests.Reply reply;
        SENDER.set(user);
        try {
            authorize(user, request.operation());
            if (ServerRequests.STATUS.equals(request.operation())) { // a read: nothing to journal
                reply = new ServerRequests.Reply(request.id(), true, JsonWriter.write(engine.read(SiteSummary::of)),
                        lastCommit.getAsLong());
                send(sender, ServerRequests.encode(reply));
                return;
            }
            String made = engine.actingFor(user, () -> journaled(request.operation(), request.target(),
                    request.arguments(), journalId -> send(sender, ServerRequests.encode(
                            new ServerRequests.Accepted(request.id(), journalId))),
                    progressTo(sender, request.id())));
            reply = new ServerRequests.Reply(request.id(), true, made, lastCommit.getAsLong());
        } catch (RequestKinds.PartlyFailed e) {
            reply = new ServerRequests.Reply(request.id(), true, e.made(), lastCommit.getAsLong());
        } catch (RuntimeException e) {
            reply = new ServerRequests.Reply(request.id(), false, message(e), lastCommit.getAsLong());
        } finally {
            SENDER.remove();
        }
        send(sender, ServerRequests.encode(reply));
    }

    /**
     * Journals the request, tells {@code accepted} its entry's id, runs it and ends the entry with its outcome (see
     * {@link Engine#request}: a lifecycle transition's entry rides on its operation's commits). What it made is
     * returned; a failure is thrown after the entry says so.
     */
    private String journaled(String kind, String target, Map<String, String> arguments,
            java.util.function.LongConsumer accepted, IProgressMonitor monitor) {
        return engine.request(kind, target, arguments, accepted, () -> kinds.execute(kind, target, arguments, monitor));
    }

    /** A retry of an interrupted or failed request entry: authorized for who retries it, journaled anew. */
    private void rerun(String kind, String target, Map<String, String> arguments, IProgressMonitor monitor) {
        String user = SENDER.get();
        if (user != null) {
            authorize(user, kind);
        }
        journaled(kind, target, arguments, id -> {
            // the retry's own request answered "accepted" already
        }, monitor);
    }

    private void authorize(String user, String operation) {
        UserFile.User known = users.find(user);
        Role needed = RequestPermissions.needed(operation);
        if (known == null || !known.role().includes(needed)) {
            String role = known == null ? "no longer a user" : "a " + known.role().label();
            throw new EncompassException("permission denied: " + operation + " needs an " + needed.label()
                    + (needed == Role.ADMINISTRATOR ? "" : " or administrator") + "; " + user + " is " + role);
        }
    }

    private static String message(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void send(CDORemoteSession sender, CDORemoteSessionMessage message) {
        try {
            sender.sendMessage(message);
        } catch (RuntimeException gone) {
            // the client went away: the journal keeps the outcome
        }
    }

    /** The task names of a running request, sent to its client as they change (its terminal shows them). */
    private static IProgressMonitor progressTo(CDORemoteSession sender, String id) {
        return new TaskNameMonitor(text -> send(sender, ServerRequests.encode(new ServerRequests.Progress(id, text))));
    }

    /** Stops taking requests and waits for the running ones (a SIGTERM lets them finish, for a while). */
    @Override
    public void close() {
        remote.removeListener(listener);
        threads.shutdown();
        try {
            if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
                System.err.println("encompass-server: operations still running after 60 s are left to the journal "
                        + "(INTERRUPTED at the next start)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
