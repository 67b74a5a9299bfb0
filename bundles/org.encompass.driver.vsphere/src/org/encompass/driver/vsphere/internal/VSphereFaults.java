package org.encompass.driver.vsphere.internal;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.rmi.RemoteException;

import javax.net.ssl.SSLException;

import org.encompass.core.spi.DriverException;

import com.vmware.vim25.InvalidLogin;
import com.vmware.vim25.LocalizedMethodFault;
import com.vmware.vim25.MethodFault;

/**
 * Turns what yavijava throws into operator messages that name the server and the reason. yavijava
 * wraps transport errors in RemoteExceptions and cannot map some SOAP faults (it then reports the
 * fault's XML in a RuntimeException), so both the cause chain and the text are looked at.
 */
final class VSphereFaults {
    private VSphereFaults() {
    }

    /** "vSphere host:port: cannot {@code action}: reason." */
    static DriverException failure(VSphereEndpoint endpoint, String action, Throwable error) {
        return new DriverException("vSphere " + endpoint.server() + ": cannot " + action + ": " + reason(error) + ".",
                error);
    }

    static String reason(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidLogin || text(cause).contains("InvalidLogin")) {
                return "login refused (wrong user name or password)";
            }
            if (cause instanceof ConnectException) {
                return "connection refused (is the server running and is the port right?)";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host " + cause.getMessage();
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to host";
            }
            if (cause instanceof SocketTimeoutException) {
                return "the server did not answer in time";
            }
            if (cause instanceof SSLException) {
                return "TLS failed (" + cause.getMessage()
                        + "); for a test server with a self-signed certificate add ?ignoreCert=true to the URI";
            }
            if (cause instanceof FileNotFoundException) {
                return "no vSphere SDK at this URL (HTTP 404)";
            }
            if (cause instanceof SocketException) {
                return "the connection broke (" + cause.getMessage() + ")";
            }
            if (cause instanceof MethodFault fault) {
                return faultText(fault);
            }
        }
        String text = text(error);
        return text.isEmpty() ? error.getClass().getSimpleName() : firstLine(text);
    }

    /** The name and message of a fault a task ended with. */
    static String faultText(LocalizedMethodFault fault) {
        if (fault == null) {
            return "unknown error";
        }
        String name = fault.getFault() == null ? "fault" : fault.getFault().getClass().getSimpleName();
        return fault.getLocalizedMessage() == null || fault.getLocalizedMessage().isEmpty() ? name
                : name + " (" + fault.getLocalizedMessage() + ")";
    }

    static boolean isFault(Throwable error, Class<? extends MethodFault> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause) || text(cause).contains(type.getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    private static String faultText(MethodFault fault) {
        String message = fault.getMessage();
        String name = fault.getClass().getSimpleName();
        return message == null || message.isEmpty() ? name : name + " (" + firstLine(message) + ")";
    }

    private static String text(Throwable error) {
        String message = error instanceof RemoteException remote && remote.detail != null
                ? remote.getMessage() : error.getMessage();
        return message == null ? "" : message;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).trim();
    }
}
