package org.encompass.core.spi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.encompass.core.json.JsonReader;

/**
 * A QEMU Machine Protocol connection over a UNIX socket. Commands from many threads may be in flight
 * at once: each carries an id, and one reader thread hands every reply to the command with that id
 * and records the events the caller waits for. Reads and writes go straight to the channel (no
 * stream wrappers, which would serialize a blocked read with every write).
 */
final class QmpClient implements AutoCloseable {
    private final SocketChannel channel;
    private final Map<String, CompletableFuture<Object>> pending = new ConcurrentHashMap<>();
    private final Set<String> events = new HashSet<>();
    private final AtomicLong ids = new AtomicLong();
    private final Thread reader;
    private volatile String closedReason;

    private QmpClient(SocketChannel channel) {
        this.channel = channel;
        this.reader = new Thread(this::readLoop, "qmp " + channel);
        reader.setDaemon(true);
    }

    /** Connects, reads the greeting and leaves capability negotiation mode. */
    static QmpClient connect(Path socket, Duration timeout) throws IOException, DriverException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        QmpClient client = new QmpClient(channel);
        client.pending.put("greeting", new CompletableFuture<>());
        client.reader.start();
        client.await("greeting", "the QMP greeting", timeout);
        client.execute("qmp_capabilities", Map.of(), timeout);
        return client;
    }

    /** Runs a command and returns its {@code return} value; a QMP error becomes a DriverException with its text. */
    Object execute(String command, Map<String, Object> arguments, Duration timeout) throws DriverException {
        String id = "c" + ids.incrementAndGet();
        CompletableFuture<Object> reply = new CompletableFuture<>();
        pending.put(id, reply);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("execute", command);
        message.put("arguments", arguments);
        message.put("id", id);
        try {
            write(Json.write(message) + "\n");
        } catch (IOException e) {
            pending.remove(id);
            throw new DriverException("cannot send " + command + " to qemu-storage-daemon: " + e.getMessage(), e);
        }
        return await(id, command, timeout);
    }

    /** Waits until an event with this name and {@code data.id} arrived (it may have arrived already). */
    void awaitEvent(String name, String id, Duration timeout) throws DriverException {
        String key = name + "/" + id;
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (events) {
            while (!events.remove(key)) {
                long left = end - System.nanoTime();
                if (closedReason != null) {
                    throw new DriverException("qemu-storage-daemon went away before " + name + " of " + id + ": "
                            + closedReason);
                }
                if (left <= 0) {
                    throw new DriverException("qemu-storage-daemon sent no " + name + " for " + id + " within "
                            + timeout.toSeconds() + " s");
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(events, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DriverException("interrupted while waiting for " + name + " of " + id, e);
                }
            }
        }
    }

    boolean isOpen() {
        return closedReason == null;
    }

    @Override
    public void close() {
        try {
            channel.close(); // ends the reader, which fails whatever still waits
        } catch (IOException ignored) {
            // closing a socket cannot lose anything
        }
    }

    private Object await(String id, String what, Duration timeout) throws DriverException {
        CompletableFuture<Object> reply = pending.get(id);
        try {
            return reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DriverException failure ? failure
                    : new DriverException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new DriverException("qemu-storage-daemon did not answer " + what + " within " + timeout.toSeconds()
                    + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriverException("interrupted while waiting for " + what, e);
        } finally {
            pending.remove(id);
        }
    }

    private void write(String text) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        synchronized (channel) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        // bytes, not chars, until the newline: a UTF-8 character may be split between two reads
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    if (b == '\n') {
                        dispatch(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    } else {
                        line.write(b);
                    }
                }
                buffer.clear();
            }
            closedReason = "the connection was closed";
        } catch (IOException | RuntimeException e) {
            closedReason = String.valueOf(e.getMessage());
        }
        DriverException gone = new DriverException("qemu-storage-daemon went away: " + closedReason);
        pending.values().forEach(reply -> reply.completeExceptionally(gone));
        synchronized (events) {
            events.notifyAll();
        }
    }

    @SuppressWarnings("unchecked")
    private void dispatch(String text) {
        if (text.isBlank()) {
            return;
        }
        Map<String, Object> message = (Map<String, Object>) JsonReader.parse(text);
        if (message.containsKey("QMP")) {
            complete("greeting", message);
        } else if (message.get("event") instanceof String name) {
            Object data = message.get("data");
            Object id = data instanceof Map<?, ?> map ? map.get("id") : null;
            synchronized (events) {
                events.add(name + "/" + id);
                events.notifyAll();
            }
        } else if (message.get("id") instanceof String id) {
            CompletableFuture<Object> reply = pending.get(id);
            if (reply == null) {
                return; // the caller gave up waiting
            }
            if (message.get("error") instanceof Map<?, ?> error) {
                reply.completeExceptionally(new DriverException(String.valueOf(error.get("desc"))));
            } else {
                reply.complete(message.get("return"));
            }
        }
    }

    private void complete(String id, Object value) {
        CompletableFuture<Object> reply = pending.get(id);
        if (reply != null) {
            reply.complete(value);
        }
    }

    /** Just enough JSON writing for QMP arguments: maps, lists, strings, numbers and booleans. */
    static final class Json {
        private Json() {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder();
            append(out, value);
            return out.toString();
        }

        private static void append(StringBuilder out, Object value) {
            if (value instanceof Map<?, ?> map) {
                out.append('{');
                String separator = "";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator);
                    appendString(out, String.valueOf(entry.getKey()));
                    out.append(':');
                    append(out, entry.getValue());
                    separator = ",";
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    append(out, list.get(i));
                }
                out.append(']');
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else if (value == null) {
                out.append("null");
            } else {
                appendString(out, value.toString());
            }
        }

        private static void appendString(StringBuilder out, String text) {
            out.append('"');
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
