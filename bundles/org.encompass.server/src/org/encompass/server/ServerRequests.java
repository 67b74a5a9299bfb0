package org.encompass.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.cdo.session.remote.CDORemoteSessionMessage;
import org.eclipse.net4j.util.io.ExtendedDataInputStream;
import org.eclipse.net4j.util.io.ExtendedDataOutputStream;

/**
 * The requests a client sends to the repository server and the server's replies, as CDO remote session
 * messages between the client's session and the server engine's session (no protocol of our own: CDO carries,
 * authenticates and names the sender). A request names one operation as the engine's journal records it
 * ({@code Engine.run}): its label, target and arguments, {@value #RETRY}/{@value #ROLLBACK} of a journal id, or a
 * composite kind ({@value #DEPLOY}, {@value #MIGRATE}, {@value #IMPORT_ARCHIVE}, import-master, reassign, update-start ... update-finish, discover, add-storage,
 * add-host, add-chassis, remove-chassis: the arguments each takes are listed in {@code RequestKinds}). The server
 * journals a request before it runs it and sends {@link Accepted} with the entry's id, then {@link Progress} lines,
 * then the {@link Reply}.
 */
public final class ServerRequests {
    public static final String REQUEST_TYPE = "org.encompass.server.request";
    public static final String REPLY_TYPE = "org.encompass.server.reply";
    public static final String RETRY = "journal-retry";
    public static final String ROLLBACK = "journal-rollback";
    /** Not an operation: the site's counts ({@code SiteSummary}) as JSON in the reply, for a remote {@code status}. */
    public static final String STATUS = "status";
    public static final String ACCEPTED_TYPE = "org.encompass.server.accepted";
    public static final String PROGRESS_TYPE = "org.encompass.server.progress";
    public static final String DEPLOY = "deploy";
    public static final String MIGRATE = "migrate";
    /** A site archive imported by the server, from a file on the server's host. */
    public static final String IMPORT_ARCHIVE = "archive-import";
    /** Per-machine or per-clone variables of deploy, reassign and update-start: {@code var:[MACHINE:]NAME}. */
    public static final String VARIABLE = "var:";

    /** The server journaled request {@code id} as entry {@code journalId} and runs it. */
    public record Accepted(String id, long journalId) {
    }

    /** What request {@code id} is doing now (the task names a progress monitor shows in embedded mode). */
    public record Progress(String id, String text) {
    }

    /** One request: {@code id} pairs it with its reply. */
    public record Request(String id, String operation, String target, Map<String, String> arguments) {
    }

    /**
     * The outcome of a request: done (with what it made, or ""), or refused/failed with the engine's one-line
     * message; {@code lastCommit} is the repository's last commit time after it, which the client waits for
     * before it reads the result.
     */
    public record Reply(String id, boolean succeeded, String message, long lastCommit) {
    }

    private ServerRequests() {
    }

    public static CDORemoteSessionMessage encode(Request request) {
        CDORemoteSessionMessage message = new CDORemoteSessionMessage(REQUEST_TYPE);
        try (ExtendedDataOutputStream out = message.getOutputStream()) {
            out.writeString(request.id());
            out.writeString(request.operation());
            out.writeString(request.target());
            out.writeInt(request.arguments().size());
            for (Map.Entry<String, String> argument : request.arguments().entrySet()) {
                out.writeString(argument.getKey());
                out.writeString(argument.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return message;
    }

    public static Request decodeRequest(CDORemoteSessionMessage message) throws IOException {
        try (ExtendedDataInputStream in = message.getInputStream()) {
            String id = in.readString();
            String operation = in.readString();
            String target = in.readString();
            int count = in.readInt();
            if (count < 0 || count > 1000) {
                throw new IOException("a request with " + count + " arguments");
            }
            Map<String, String> arguments = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                arguments.put(in.readString(), in.readString());
            }
            return new Request(id, operation, target, arguments);
        }
    }

    public static CDORemoteSessionMessage encode(Accepted accepted) {
        CDORemoteSessionMessage message = new CDORemoteSessionMessage(ACCEPTED_TYPE);
        try (ExtendedDataOutputStream out = message.getOutputStream()) {
            out.writeString(accepted.id());
            out.writeLong(accepted.journalId());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return message;
    }

    public static Accepted decodeAccepted(CDORemoteSessionMessage message) throws IOException {
        try (ExtendedDataInputStream in = message.getInputStream()) {
            return new Accepted(in.readString(), in.readLong());
        }
    }

    public static CDORemoteSessionMessage encode(Progress progress) {
        CDORemoteSessionMessage message = new CDORemoteSessionMessage(PROGRESS_TYPE);
        try (ExtendedDataOutputStream out = message.getOutputStream()) {
            out.writeString(progress.id());
            out.writeString(progress.text());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return message;
    }

    public static Progress decodeProgress(CDORemoteSessionMessage message) throws IOException {
        try (ExtendedDataInputStream in = message.getInputStream()) {
            return new Progress(in.readString(), in.readString());
        }
    }

    public static CDORemoteSessionMessage encode(Reply reply) {
        CDORemoteSessionMessage message = new CDORemoteSessionMessage(REPLY_TYPE);
        try (ExtendedDataOutputStream out = message.getOutputStream()) {
            out.writeString(reply.id());
            out.writeBoolean(reply.succeeded());
            out.writeString(reply.message());
            out.writeLong(reply.lastCommit());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return message;
    }

    public static Reply decodeReply(CDORemoteSessionMessage message) throws IOException {
        try (ExtendedDataInputStream in = message.getInputStream()) {
            return new Reply(in.readString(), in.readBoolean(), in.readString(), in.readLong());
        }
    }
}
