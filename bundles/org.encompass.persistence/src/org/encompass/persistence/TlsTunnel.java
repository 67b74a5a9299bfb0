package org.encompass.persistence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * TLS around Net4j's plain TCP transport, with the JDK's blocking TLS sockets: the server's side takes TLS
 * connections on the public address and forwards each, decrypted, to the Net4j acceptor on 127.0.0.1; the
 * client's side takes Net4j's connection on 127.0.0.1 and forwards it over TLS to the server. (Net4j's own SSL
 * connector of this CDO build completes the handshake and then never answers the first message: see
 * docs/design.md.) The client checks the server's certificate against its trust store and the server's name
 * or address against the certificate's (HTTPS endpoint identification).
 */
public final class TlsTunnel implements Closeable {
    private final ServerSocket listening;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private TlsTunnel(ServerSocket listening) {
        this.listening = listening;
    }

    /** The server's side: TLS on {@code listen} ({@code HOST:PORT}, port 0 for any), forwarded to {@code target}. */
    public static TlsTunnel server(TlsSettings tls, String listen, InetSocketAddress target) {
        InetSocketAddress address = parse(listen);
        SSLServerSocket socket;
        try {
            socket = (SSLServerSocket) tls.context().getServerSocketFactory().createServerSocket();
            socket.setReuseAddress(true);
            socket.bind(address);
        } catch (IOException e) {
            throw new PersistenceException("cannot listen on " + listen + ": " + e.getMessage(), e);
        }
        TlsTunnel tunnel = new TlsTunnel(socket);
        tunnel.acceptLoop(accepted -> {
            ((SSLSocket) accepted).startHandshake();
            return new Socket(target.getAddress(), target.getPort());
        });
        return tunnel;
    }

    /**
     * The client's side: a listener on 127.0.0.1 whose connections go over TLS to {@code server}. One handshake is
     * made at once, so that a server this client does not trust is refused here, in one line.
     */
    public static TlsTunnel client(TlsSettings tls, String server) {
        InetSocketAddress remote = parse(server);
        try (SSLSocket probe = clientSocket(tls, remote)) {
            probe.startHandshake();
        } catch (SSLException e) {
            throw new PersistenceException("cannot connect to repository at " + server + " over TLS: the server's"
                    + " certificate is not trusted by " + tls.describe() + " (" + rootReason(e) + ")", e);
        } catch (IOException e) {
            throw new PersistenceException("cannot connect to repository at " + server + " over TLS: " + e.getMessage(), e);
        }
        ServerSocket local;
        try {
            local = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new PersistenceException("cannot open a local port for the TLS connection: " + e.getMessage(), e);
        }
        TlsTunnel tunnel = new TlsTunnel(local);
        tunnel.acceptLoop(accepted -> {
            SSLSocket outgoing = clientSocket(tls, remote);
            outgoing.startHandshake();
            return outgoing;
        });
        return tunnel;
    }

    private static SSLSocket clientSocket(TlsSettings tls, InetSocketAddress remote) throws IOException {
        SSLSocket socket = (SSLSocket) tls.context().getSocketFactory().createSocket(remote.getHostString(), remote.getPort());
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.setTcpNoDelay(true);
        return socket;
    }

    private static String rootReason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    /** {@code HOST:PORT} of this side's listener (the client's: where Net4j connects). */
    public String localAddress() {
        return listening.getInetAddress().getHostAddress() + ":" + listening.getLocalPort();
    }

    public InetSocketAddress boundAddress() {
        return (InetSocketAddress) listening.getLocalSocketAddress();
    }

    @FunctionalInterface
    private interface Peer {
        Socket open(Socket accepted) throws IOException;
    }

    private void acceptLoop(Peer peer) {
        Thread.ofVirtual().name("encompass-tls-accept").start(() -> {
            while (!closed) {
                Socket accepted;
                try {
                    accepted = listening.accept();
                } catch (IOException e) {
                    return; // closed
                }
                open.add(accepted);
                Thread.ofVirtual().name("encompass-tls-connection").start(() -> connect(accepted, peer));
            }
        });
    }

    private void connect(Socket accepted, Peer peer) {
        Socket other;
        try {
            accepted.setTcpNoDelay(true);
            other = peer.open(accepted);
        } catch (IOException e) {
            // a refused handshake or the other side gone: this connection ends, the tunnel stays
            closeQuietly(accepted);
            return;
        }
        open.add(other);
        Thread.ofVirtual().start(() -> pump(accepted, other));
        pump(other, accepted);
    }

    /** Copies {@code from} to {@code to} until either ends; then both end (Net4j sees a closed connection). */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buffer)) >= 0;) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side ended
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException e) {
            // ending anyway
        }
    }

    private static InetSocketAddress parse(String address) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0) {
            throw new PersistenceException("address must be host:port, not '" + address + "'");
        }
        try {
            return new InetSocketAddress(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            throw new PersistenceException("address must be host:port, not '" + address + "'");
        }
    }

    /** Stops listening and ends every connection through the tunnel. */
    @Override
    public void close() {
        closed = true;
        try {
            listening.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }
}
