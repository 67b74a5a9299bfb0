package org.encompass.server.internal;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.eclipse.emf.cdo.session.CDOSession;
import org.eclipse.emf.cdo.session.remote.CDORemoteSession;
import org.eclipse.emf.cdo.session.remote.CDORemoteSessionEvent;
import org.eclipse.emf.cdo.session.remote.CDORemoteSessionManager;
import org.eclipse.net4j.util.event.IEvent;
import org.eclipse.net4j.util.event.IListener;
import org.encompass.core.EncompassException;
import org.encompass.core.Engine;
import org.encompass.core.json.JsonWriter;
import org.encompass.core.lifecycle.Operation;
import org.encompass.core.query.SiteSummary;
import org.encompass.core.spi.CloneMethod;
import org.encompass.server.Role;
import org.encompass.server.ServerRequests;

/**
 * Runs the clients' requests ({@link ServerRequests}) with the server's one engine, each on a thread of its own,
 * as the authenticated user who sent it (the journal names that user): the engine's rules, locks and journal are
 * the same as in a console, so two requests on one clone get one success and one refusal naming the holder. A
 * request is checked against the sender's role first. The server finishes a request even if its client is gone;
 * the reply goes back only to a client still there.
 */
final class RequestExecutor implements AutoCloseable {
    private final Engine engine;
    private final UserFile users;
    private final CDORemoteSessionManager remote;
    private final LongSupplier lastCommit;
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
        this.remote = session.getRemoteSessionManager();
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
        try {
            authorize(user, request);
            String made = engine.actingFor(user, () -> execute(request));
            reply = new ServerRequests.Reply(request.id(), true, made, lastCommit.getAsLong());
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            reply = new ServerRequests.Reply(request.id(), false, message, lastCommit.getAsLong());
        }
        try {
            sender.sendMessage(ServerRequests.encode(reply));
        } catch (RuntimeException gone) {
            // the client went away: the journal keeps the outcome
        }
    }

    private void authorize(String user, ServerRequests.Request request) {
        UserFile.User known = users.find(user);
        Role needed = RequestPermissions.needed(request.operation());
        if (known == null || !known.role().includes(needed)) {
            String role = known == null ? "no longer a user" : "a " + known.role().label();
            throw new EncompassException("permission denied: " + request.operation() + " needs an " + needed.label()
                    + (needed == Role.ADMINISTRATOR ? "" : " or administrator") + "; " + user + " is " + role);
        }
    }

    /** Runs the request; returns what it made (a clone's name) or the summary asked for, else "". */
    private String execute(ServerRequests.Request request) {
        Map<String, String> arguments = Map.copyOf(request.arguments());
        switch (request.operation()) {
            case ServerRequests.RETRY -> engine.retry(journalId(request.target()), null);
            case ServerRequests.ROLLBACK -> engine.rollback(journalId(request.target()), null);
            case ServerRequests.STATUS -> {
                return JsonWriter.write(engine.read(SiteSummary::of));
            }
            case "clone" -> {
                String method = arguments.get("method");
                return engine.cloneMaster(request.target(), method == null ? null : CloneMethod.valueOf(method), null);
            }
            default -> engine.run(operation(request.operation()), request.target(), arguments, null);
        }
        return "";
    }

    private static long journalId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new EncompassException("a journal id is a number, not '" + text + "'");
        }
    }

    private static Operation operation(String label) {
        try {
            return Operation.fromLabel(label);
        } catch (IllegalArgumentException e) {
            throw new EncompassException("the server runs no operation '" + label + "'");
        }
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
