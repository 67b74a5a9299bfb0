package org.encompass.persistence.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Net4j logs TCP bind and connect failures on its own threads and reports only "could not
 * activate"; these probes ask the OS for the reason (e.g. "Address already in use", "Connection
 * refused") for the error message.
 */
public final class SocketProbes {

	private static final int CONNECT_PROBE_MILLIS = 2000;

	private SocketProbes() {
	}

	public static String whyCannotListen(String host, int port) {
		try (ServerSocket probe = new ServerSocket()) {
			probe.setReuseAddress(true);
			probe.bind(new InetSocketAddress(host, port));
			return "net4j could not bind the port";
		} catch (IOException | RuntimeException e) {
			return e.getMessage();
		}
	}

	/**
	 * Why a plain TCP connection to the address fails, or null if it succeeds. Asked before net4j
	 * connects, too: net4j's connector notices a refused connection only after a 10 s timeout.
	 */
	public static String whyCannotConnect(String host, int port) {
		try (Socket probe = new Socket()) {
			probe.connect(new InetSocketAddress(host, port), CONNECT_PROBE_MILLIS);
			return null;
		} catch (IOException | RuntimeException e) {
			return e.getMessage() != null ? e.getMessage() : e.toString();
		}
	}
}
