package org.encompass.core.spi;

/** A driver could not do what it was asked; the message is meant for the operator. */
public class DriverException extends Exception {
    private static final long serialVersionUID = 1L;

    public DriverException(String message) {
        super(message);
    }

    public DriverException(String message, Throwable cause) {
        super(message, cause);
    }
}
