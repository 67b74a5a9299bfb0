package org.encompass.persistence;

/**
 * A repository could not be opened, read or written. The message names the repository or data
 * directory and says what went wrong, so it can be shown to an operator as it is.
 */
public class PersistenceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public PersistenceException(String message) {
		super(message);
	}

	public PersistenceException(String message, Throwable cause) {
		super(message, cause);
	}
}
