package org.encompass.core;

/**
 * An operation was refused or failed. The message is one sentence for the operator: what was asked,
 * why it did not happen, and (where it helps) what is allowed instead. Nothing was changed unless the
 * message says so.
 */
public class EncompassException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EncompassException(String message) {
        super(message);
    }

    public EncompassException(String message, Throwable cause) {
        super(message, cause);
    }
}
